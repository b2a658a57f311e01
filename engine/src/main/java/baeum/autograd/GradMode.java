package baeum.autograd;

/**
 * Whether ops record the graph for backward. {@code noGrad()} returns one of these as a
 * try-with-resources scope; closing it restores the previous mode. The mode is global (not per
 * thread), so a scope opened in one notebook cell is seen by code that runs in another thread.
 *
 * <pre>
 * jshell> var w = ones(2).requiresGrad_(); w.sum().backward()
 * jshell> try (var g = noGrad()) { w.sub_(w.grad().mul(0.1)); }
 * jshell> w
 * w ==> tensor([0.9000, 0.9000], requires_grad=True)
 * </pre>
 */
public final class GradMode implements AutoCloseable {
    private static volatile boolean enabled = true;
    private final boolean previous;
    private boolean closed;

    private GradMode(boolean previous) {
        this.previous = previous;
    }

    /** Turns recording off until the returned scope is closed. */
    public static GradMode disable() {
        var scope = new GradMode(enabled);
        enabled = false;
        return scope;
    }

    /** Turns recording on until the returned scope is closed (inside a {@code noGrad()} block). */
    public static GradMode enable() {
        var scope = new GradMode(enabled);
        enabled = true;
        return scope;
    }

    /** True when ops record the graph. */
    public static boolean isEnabled() {
        return enabled;
    }

    /** Sets the mode for good (PyTorch's {@code torch.set_grad_enabled}). */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /** Restores the mode that was in force when this scope was opened. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            enabled = previous;
        }
    }
}
