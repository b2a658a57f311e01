package baeum.kernel.eval;

/**
 * The targets that {@link SnippetRewriter} puts in place of calls that would end the JVM.
 * Public and static because snippet classes call them directly.
 */
public final class ExitGuard {
    private ExitGuard() {}

    public static void systemExit(int status) {
        throw new ExitBlockedError("System.exit", status);
    }

    public static void runtimeExit(Runtime runtime, int status) {
        throw new ExitBlockedError("Runtime.exit", status);
    }

    public static void runtimeHalt(Runtime runtime, int status) {
        throw new ExitBlockedError("Runtime.halt", status);
    }
}
