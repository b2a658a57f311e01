package baeum.display;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code baeum.nn.Module} through its public methods ({@code namedChildren()},
 * {@code parameters()}, and each parameter's {@code numel()} and {@code requiresGrad()}) without
 * compiling against it, so the display does not depend on the nn toolkit's classes.
 */
final class ReflectiveModule implements ModuleTree.View {
    static final String MODULE_CLASS = "baeum.nn.Module";

    private final Object module;

    ReflectiveModule(Object module) {
        this.module = module;
    }

    @Override
    public String description() {
        if (!children().isEmpty()) {
            String simple = module.getClass().getSimpleName();
            return simple.isEmpty() ? "Module" : simple;
        }
        return ValueText.safeToString(module).replace("\n", " ");
    }

    @Override
    public Map<String, ModuleTree.View> children() {
        var out = new LinkedHashMap<String, ModuleTree.View>();
        Object map = call(module, "namedChildren");
        if (map instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(String.valueOf(k), new ReflectiveModule(v)));
        return out;
    }

    @Override
    public long parameters() {
        return sum(false);
    }

    @Override
    public long trainable() {
        return sum(true);
    }

    @Override
    public String text() {
        return ValueText.safeToString(module);
    }

    private long sum(boolean onlyTrainable) {
        long n = 0;
        if (call(module, "parameters") instanceof List<?> params) {
            for (Object p : params) {
                if (onlyTrainable && !Boolean.TRUE.equals(call(p, "requiresGrad"))) continue;
                if (call(p, "numel") instanceof Number k) n += k.longValue();
            }
        }
        return n;
    }

    private static Object call(Object target, String name) {
        try {
            Method m = target.getClass().getMethod(name);
            if (!m.canAccess(target)) m.setAccessible(true);  // e.g. overridden in a class defined in a cell
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("module display: " + target.getClass().getName() + "." + name
                    + "() is not callable: " + e, e);
        }
    }
}
