package baeum.kernels;

import java.util.concurrent.CancellationException;

/**
 * Thrown by a long kernel loop (a large matmul, a convolution, ...) when its thread is
 * interrupted, so that a notebook's "interrupt" stops the computation, with the message
 * {@code "<op>: interrupted"} of {@code baeum.ops.Interrupts}. Like an interruptible channel, the
 * kernels leave the thread's interrupt status set; whoever handles the stop clears it
 * ({@link Thread#interrupted()}).
 */
public final class KernelInterruptedException extends CancellationException {
    private static final long serialVersionUID = 1L;

    KernelInterruptedException(String op) {
        super(op + ": interrupted");
    }

    /** Throws if {@code owner} (the thread that called the kernel) has been interrupted. */
    static void check(Thread owner, String op) {
        if (owner.isInterrupted()) throw new KernelInterruptedException(op);
    }
}
