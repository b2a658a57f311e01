package baeum.progress;

/**
 * Where progress bars show their state: a terminal line by default ({@link TerminalSink}), an
 * HTML bar updated in place in a notebook (installed by the kernel).
 */
@FunctionalInterface
public interface ProgressSink {
    /** Shows the state; the last state of a bar has {@code finished() == true}. */
    void update(ProgressState state);

    /**
     * The shortest time between two updates of one bar that this sink wants (default 100 ms);
     * bars skip the updates in between, except the first and the final one.
     */
    default long intervalNanos() {
        return 100_000_000L;
    }
}
