package baeum.kernels;

import java.util.concurrent.CancellationException;

/**
 * Thrown by a long kernel loop (a large matmul, an im2col, ...) when its thread is interrupted,
 * so that a notebook's "interrupt" stops the computation. Like an interruptible channel, the
 * kernels leave the thread's interrupt status set; whoever handles the stop clears it
 * ({@link Thread#interrupted()}).
 */
public final class KernelInterruptedException extends CancellationException {
    private static final long serialVersionUID = 1L;

    KernelInterruptedException(String op) {
        super(op + ": interrupted (the thread was interrupted, e.g. by the notebook's stop button); "
                + "the result is incomplete, run the cell again to recompute it");
    }

    /** Throws if {@code owner} (the thread that called the kernel) has been interrupted. */
    static void check(Thread owner, String op) {
        if (owner.isInterrupted()) throw new KernelInterruptedException(op);
    }
}
