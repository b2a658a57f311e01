package baeum.kernel.eval;

/**
 * Thrown in place of {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} called from a
 * cell: ending the JVM would end the kernel and every variable of the session with it.
 */
public final class ExitBlockedError extends RuntimeException {
    public ExitBlockedError(String call, int status) {
        super(call + "(" + status + ") was stopped: it would end the kernel and lose every variable. "
                + "To start over, restart the kernel (menu Kernel > Restart, or press 0 twice in command mode).",
                null, false, false);
    }
}
