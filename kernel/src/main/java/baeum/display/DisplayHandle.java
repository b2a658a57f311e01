package baeum.display;

/**
 * An output shown by {@link Display#display(Object)} that can be replaced in place.
 *
 * <pre>{@code
 * jshell> var h = display(md("epoch 1"));
 * jshell> h.update(md("epoch 2"));     // the same output now reads "epoch 2"
 * }</pre>
 */
public interface DisplayHandle {
    /** Replaces the output with how {@code value} looks. */
    void update(Object value);

    /** The display id (Jupyter's {@code transient.display_id}). */
    String id();
}
