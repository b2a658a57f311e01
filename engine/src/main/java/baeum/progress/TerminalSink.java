package baeum.progress;

import java.io.PrintStream;

/**
 * The default {@link ProgressSink}: redraws one terminal line with a carriage return (at most
 * ten times a second), and ends it with a newline when the bar finishes. When another bar updates
 * meanwhile (nested loops), the line is left as it is and the other bar starts a new one.
 */
public final class TerminalSink implements ProgressSink {
    private final PrintStream out;
    private int lastLength;
    /** The bar whose line the cursor is on, unfinished; null when the line is closed. */
    private String openLine;

    /** Writes to {@code System.out} (looked up at each update, so redirection works). */
    public TerminalSink() {
        this(null);
    }

    /** Writes to {@code out}. */
    public TerminalSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(ProgressState state) {
        PrintStream o = out != null ? out : System.out;
        if (openLine != null && !openLine.equals(state.id())) {
            // another bar (e.g. the outer loop of nested bars) owns the line: leave it, start a new one
            o.print(System.lineSeparator());
            lastLength = 0;
        }
        openLine = state.finished() ? null : state.id();
        String line = ProgressFormat.line(state, 25);
        // pad with spaces to wipe what is left of a longer previous line
        String pad = " ".repeat(Math.max(0, lastLength - line.length()));
        o.print("\r" + line + pad + (state.finished() ? System.lineSeparator() : ""));
        o.flush();
        lastLength = state.finished() ? 0 : line.length();
    }
}
