package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the tensors and modules held in a module subclass's instance fields, in declaration order
 * (superclass fields first). A {@code List} or array whose elements are all modules is seen as a
 * {@link ModuleList}. The fields of each class are looked up once and cached.
 */
final class ModuleFields {
    private static final Map<Class<?>, List<Field>> CACHE = new ConcurrentHashMap<>();

    private ModuleFields() {}

    /** Field name to value for every field of {@code m} holding a tensor, a module or a list of modules. */
    static Map<String, Object> of(Module m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : fields(m.getClass())) {
            Object value;
            try {
                value = f.get(m);
            } catch (IllegalAccessException e) {
                throw new TensorError(m.getClass().getSimpleName() + ": cannot read field " + f.getName()
                        + " to find parameters; make it public or register it with registerModule/registerParameter");
            }
            Object seen = classify(value);
            if (seen != null) {
                out.put(f.getName(), seen);
            }
        }
        return out;
    }

    /** Replaces the value of every field of {@code m} that holds a parameter (a leaf tensor requiring grad). */
    static void replaceParameters(Module m, java.util.function.UnaryOperator<Tensor> fn) {
        for (Field f : fields(m.getClass())) {
            try {
                if (f.get(m) instanceof Tensor t && t.requiresGrad() && t.isLeaf() && Tensor.class.isAssignableFrom(f.getType())) {
                    f.set(m, fn.apply(t));
                }
            } catch (IllegalAccessException e) {
                throw new TensorError(m.getClass().getSimpleName() + ": cannot replace field " + f.getName() + ": " + e.getMessage());
            }
        }
    }

    private static Object classify(Object value) {
        if (value instanceof Tensor || value instanceof Module) {
            return value;
        }
        List<?> items = value instanceof List<?> list ? list
                : value instanceof Module[] array ? List.of(array) : null;
        if (items == null || items.isEmpty()) {
            return null;
        }
        List<Module> modules = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Module mod)) {
                return null;
            }
            modules.add(mod);
        }
        return new ModuleList(modules);
    }

    private static List<Field> fields(Class<?> type) {
        return CACHE.computeIfAbsent(type, ModuleFields::scan);
    }

    private static List<Field> scan(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Module.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || f.isSynthetic() || f.getType().isPrimitive()) {
                    continue;
                }
                Class<?> t = f.getType();
                boolean candidate = Tensor.class.isAssignableFrom(t) || Module.class.isAssignableFrom(t)
                        || List.class.isAssignableFrom(t) || t.isArray() && Module.class.isAssignableFrom(t.getComponentType())
                        || t == Object.class;
                if (!candidate) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                } catch (InaccessibleObjectException e) {
                    continue;
                }
                out.add(f);
            }
        }
        return List.copyOf(out);
    }
}
