package baeum.progress;

/** The session's current {@link ProgressSink}: a terminal line unless a kernel set another. */
public final class ProgressSinks {
    private static volatile ProgressSink current = new TerminalSink();

    private ProgressSinks() {}

    /** Installs a sink for bars created from now on; {@code null} restores the terminal default. */
    public static void set(ProgressSink sink) {
        current = sink == null ? new TerminalSink() : sink;
    }

    /** The sink in use. */
    public static ProgressSink current() {
        return current;
    }
}
