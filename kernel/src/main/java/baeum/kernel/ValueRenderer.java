package baeum.kernel;

import java.util.Map;

/**
 * Turns a cell's result value into a MIME bundle. The kernel's seam to the display side
 * ({@code baeum.display.Renderers}); {@link #plain} is the fallback that needs nothing else.
 */
@FunctionalInterface
public interface ValueRenderer {
    /** A MIME bundle: {@code data} has {@code text/plain} at least. */
    record Bundle(Map<String, Object> data, Map<String, Object> metadata) {}

    /**
     * The bundle for a cell's result, or null when the value is not to be shown (the handle that
     * {@code display(x)} returns). {@code text} is JShell's own text for the value.
     */
    Bundle render(Object value, String text);

    static ValueRenderer plain() {
        return (value, text) -> new Bundle(Map.of("text/plain", text == null ? String.valueOf(value) : text), Map.of());
    }
}
