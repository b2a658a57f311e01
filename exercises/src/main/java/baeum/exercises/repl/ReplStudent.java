package baeum.exercises.repl;

import baeum.exercises.Student;
import baeum.exercises.StudentException;
import baeum.exercises.StudentException.Kind;
import baeum.exercises.wire.Codec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link Student} in the same JVM as the student's JShell session: calls the current
 * definition of a method directly, by reflection on the session's snippet classes. Tensor
 * arguments are copied first, so the student's in-place changes cannot touch the test's values.
 */
public final class ReplStudent implements Student {

    private final SnippetClasses session;

    public ReplStudent(SnippetClasses session) {
        this.session = session;
    }

    public SnippetClasses session() {
        return session;
    }

    @Override
    public <T> T call(String method, Class<T> type, Object... args) {
        Object value = invoke(method, args);
        return Values.cast(method, type, value);
    }

    /** Calls the method and returns its raw value. */
    public Object invoke(String method, Object... args) {
        Object[] copies = Arrays.stream(args).map(Codec::copy).toArray();
        List<Method> candidates = session.methods(method);
        for (Method m : candidates) {
            if (!Values.accepts(m.getParameterTypes(), copies)) continue;
            m.setAccessible(true);
            try {
                return m.invoke(null, copies);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof OutOfMemoryError)
                    throw new StudentException(Kind.OUT_OF_MEMORY, method + " ran out of memory");
                throw new StudentException(Kind.THREW, method + " threw " + cause.getClass().getName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            } catch (IllegalAccessException e) {
                throw new StudentException(Kind.BROKEN, method + " could not be called: " + e.getMessage());
            }
        }
        String wanted = method + "(" + Arrays.stream(copies)
                .map(a -> a == null ? "null" : a.getClass().getSimpleName()).collect(Collectors.joining(", ")) + ")";
        if (candidates.isEmpty())
            throw new StudentException(Kind.MISSING, "no method " + wanted + " is defined: run the cell that defines "
                    + method + " (and fix its errors) first");
        throw new StudentException(Kind.MISSING, "no method " + wanted + " is defined; found only "
                + candidates.stream().map(ReplStudent::signature).collect(Collectors.joining(", "))
                + ": keep the signature the exercise gives");
    }


    static String signature(Method m) {
        return m.getReturnType().getSimpleName() + " " + m.getName() + "(" + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }
}
