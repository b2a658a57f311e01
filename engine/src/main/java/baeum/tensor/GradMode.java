package baeum.tensor;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether ops record the graph for backward. {@code noGrad()} returns one of these as a
 * try-with-resources scope; closing it restores the previous mode.
 *
 * <p>A scope belongs to the thread that opened it, as in PyTorch: a {@code noGrad()} block, or the
 * engine's own (backward, an optimizer's step) in one thread never stops another thread's ops from
 * recording. (When it was global, a grader thread's backward pass could make a hidden test that ran
 * beside it in another thread record nothing.) {@link #setEnabled} sets the mode for good, for every
 * thread without a scope of its own, since a notebook's next cell may run on another thread.
 *
 * <pre>
 * jshell> var w = ones(2).requiresGrad_(); w.sum().backward()
 * jshell> try (var g = noGrad()) { w.sub_(w.grad().mul(0.1)); }
 * jshell> w
 * w ==> tensor([0.9000, 0.9000], requires_grad=True)
 * </pre>
 */
public final class GradMode implements AutoCloseable {
    /** The mode of threads without a scope ({@code setGradEnabled}). */
    private static volatile boolean enabled = true;
    /** This thread's mode while it has a scope open (null: none). */
    private static final ThreadLocal<Boolean> SCOPED = new ThreadLocal<>();
    /** Scopes open in all threads: while 0, {@link #isEnabled} needs no thread-local lookup. */
    private static final AtomicInteger OPEN = new AtomicInteger();

    private final Boolean previous;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    private GradMode(Boolean previous) {
        this.previous = previous;
    }

    /** Turns recording off in this thread until the returned scope is closed. */
    public static GradMode disable() {
        return open(false);
    }

    /** Turns recording on in this thread until the returned scope is closed (inside a {@code noGrad()} block). */
    public static GradMode enable() {
        return open(true);
    }

    private static GradMode open(boolean on) {
        var scope = new GradMode(SCOPED.get());
        OPEN.incrementAndGet();
        SCOPED.set(on);
        return scope;
    }

    /** True when ops record the graph in this thread. */
    public static boolean isEnabled() {
        if (OPEN.get() == 0) return enabled;
        Boolean scoped = SCOPED.get();
        return scoped != null ? scoped : enabled;
    }

    /**
     * Sets the mode for good (PyTorch's {@code torch.set_grad_enabled}): for every thread without a
     * scope, and for this thread's open scope until it closes.
     */
    public static void setEnabled(boolean on) {
        enabled = on;
        if (SCOPED.get() != null) SCOPED.set(on);
    }

    /** Restores the mode that was in force in this thread when this scope was opened. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (Thread.currentThread() == owner) {
            if (previous == null) SCOPED.remove();
            else SCOPED.set(previous);
        }
        OPEN.decrementAndGet();
    }
}
