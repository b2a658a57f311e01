package baeum.ops;

import java.util.concurrent.CancellationException;

/**
 * Lets long loops stop when the notebook's "interrupt" arrives. JShell stops a cell by
 * interrupting its thread and by checks it inserts into the cell's own code; library loops are
 * not instrumented, so the long ones (GEMM row blocks, backward over many nodes) call
 * {@link #check(String)} between chunks of work. The interrupt flag is left set.
 */
public final class Interrupts {
    private Interrupts() {}

    /** Throws a {@link CancellationException} naming {@code op} if the current thread was interrupted. */
    public static void check(String op) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(op + ": interrupted");
        }
    }
}
