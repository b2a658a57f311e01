package baeum.display;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry that turns values into {@link MimeBundle}s: the kernel calls {@link #render} for
 * every cell's value. The renderer registered for the most specific type of the value wins (a
 * renderer for {@code Number} is used for an {@code Integer} unless {@code Integer} has its own);
 * a value without one shows as its {@code toString()}. Rendering never throws: a renderer that
 * fails falls back to plain text.
 *
 * <pre>{@code
 * jshell> Renderers.render(md("**bold**")).data()
 * $1 ==> {text/plain=**bold**, text/markdown=**bold**}
 * }</pre>
 */
public final class Renderers {
    private static final Map<Class<?>, Renderer<?>> BY_CLASS = new ConcurrentHashMap<>();
    private static final Map<String, Renderer<Object>> BY_NAME = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Optional<Renderer<Object>>> CHOSEN = new ConcurrentHashMap<>();

    static {
        DefaultRenderers.registerAll();
    }

    private Renderers() {}

    /** The bundle for {@code value}; never throws, and always has {@code text/plain}. */
    public static MimeBundle render(Object value) {
        if (value == null) return MimeBundle.text("null");
        try {
            Renderer<Object> r = rendererFor(value.getClass());
            MimeBundle bundle = r == null ? null : r.render(value);
            return bundle != null ? bundle : MimeBundle.text(ValueText.of(value));
        } catch (Throwable e) {
            return MimeBundle.text(ValueText.safeToString(value))
                    .withMetadata("baeum/render-error", e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /**
     * True for values a cell should not show as its result although they are one: the handle
     * that {@code display(x)} returns (its output is already shown). Kernels skip
     * {@code execute_result} for these, as IPython does for {@code display(x)}'s None.
     */
    public static boolean isSilent(Object value) {
        return value instanceof DisplayHandle;
    }

    /** Registers a renderer for {@code type} and its subtypes (replacing one for the same type). */
    public static <T> void register(Class<T> type, Renderer<? super T> renderer) {
        BY_CLASS.put(type, renderer);
        CHOSEN.clear();
    }

    /**
     * Registers a renderer for a type known only by name (a class this module cannot compile
     * against, e.g. one from a module loaded later); it applies to that class and its subtypes.
     */
    public static void registerByName(String className, Renderer<Object> renderer) {
        BY_NAME.put(className, renderer);
        CHOSEN.clear();
    }

    @SuppressWarnings("unchecked")
    static Renderer<Object> rendererFor(Class<?> type) {
        return CHOSEN.computeIfAbsent(type, t -> Optional.ofNullable((Renderer<Object>) choose(t))).orElse(null);
    }

    /** Among the registered supertypes of {@code type}, the one no other registered one is below. */
    private static Renderer<?> choose(Class<?> type) {
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> t : supertypes(type)) {
            if (BY_CLASS.containsKey(t) || BY_NAME.containsKey(t.getName())) candidates.add(t);
        }
        Class<?> best = null;
        for (Class<?> c : candidates) {
            boolean mostSpecific = true;
            for (Class<?> d : candidates) {
                if (d != c && c.isAssignableFrom(d)) {
                    mostSpecific = false;
                    break;
                }
            }
            if (mostSpecific) {
                best = c;  // candidates come nearest first (class chain before interfaces): keep the first
                break;
            }
        }
        if (best == null) return null;
        Renderer<?> r = BY_CLASS.get(best);
        return r != null ? r : BY_NAME.get(best.getName());
    }

    /** The type, its superclasses, then their interfaces breadth first; arrays map to their own class. */
    static Set<Class<?>> supertypes(Class<?> type) {
        var out = new LinkedHashSet<Class<?>>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) out.add(c);
        var queue = new ArrayDeque<Class<?>>(out);
        while (!queue.isEmpty()) {
            for (Class<?> i : queue.poll().getInterfaces()) {
                if (out.add(i)) queue.add(i);
            }
        }
        return out;
    }
}
