package baeum.exercises.repl;

import baeum.exercises.StudentException;
import baeum.exercises.StudentException.Kind;
import java.util.Map;

/** Argument matching and result checking for calls into student code. */
public final class Values {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            boolean.class, Boolean.class, byte.class, Byte.class, short.class, Short.class, char.class, Character.class,
            int.class, Integer.class, long.class, Long.class, float.class, Float.class, double.class, Double.class);

    private Values() {
    }

    /** Whether a method with these parameter types can take {@code args} (boxing allowed). */
    public static boolean accepts(Class<?>[] params, Object[] args) {
        if (params.length != args.length) return false;
        for (int i = 0; i < params.length; i++) {
            Class<?> p = params[i].isPrimitive() ? BOXES.get(params[i]) : params[i];
            if (args[i] == null ? params[i].isPrimitive() : !p.isInstance(args[i])) return false;
        }
        return true;
    }

    /** {@code value} as a {@code type}, or a StudentException saying what came back instead. */
    public static <T> T cast(String method, Class<T> type, Object value) {
        Class<?> boxed = type.isPrimitive() ? BOXES.get(type) : type;
        if (value == null && !type.isPrimitive()) return null;
        if (boxed.isInstance(value)) {
            @SuppressWarnings("unchecked") T t = (T) value;
            return t;
        }
        throw new StudentException(Kind.WRONG_TYPE, method + " returned " + (value == null ? "null"
                : "a " + value.getClass().getSimpleName()) + ", but the exercise expects a " + type.getSimpleName());
    }
}
