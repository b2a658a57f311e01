package baeum.kernel.guard;

/**
 * The kernel's side of the exit guard ({@link ExitAgent}): only after {@link #permit()} do
 * {@code Runtime.exit} and {@code Runtime.halt} end the process.
 */
public final class ExitGate {
    private ExitGate() {}

    /** Lets the process end (the kernel's own shutdown, or Main's usage error). */
    public static void permit() {
        ExitAgent.permit();
    }

    /** Whether a message is the guard's (a blocked {@code Runtime.exit} or {@code Runtime.halt}). */
    public static boolean isBlockedExit(String className, String message) {
        return className.equals("java.lang.SecurityException") && message != null
                && (message.startsWith("Runtime.exit(") || message.startsWith("Runtime.halt("))
                && message.endsWith(ExitAgent.STOPPED.substring(ExitAgent.STOPPED.indexOf(')') + 1));
    }
}
