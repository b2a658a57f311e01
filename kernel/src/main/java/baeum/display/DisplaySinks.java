package baeum.display;

import baeum.plot.PlotSinks;
import baeum.progress.ProgressSinks;

/**
 * The session's current {@link DisplaySink}. Setting one (the kernel does, for a notebook) also
 * routes charts shown with {@code show()} and progress bars through it (as pictures and HTML bars
 * updated in place); {@code set(null)} restores the terminal defaults: text to stdout, charts to
 * PNG files, progress on one line.
 */
public final class DisplaySinks {
    private static volatile DisplaySink current = new ConsoleDisplaySink();

    private DisplaySinks() {}

    /** Installs {@code sink} for display output, figures and progress bars; null restores the defaults. */
    public static void set(DisplaySink sink) {
        if (sink == null) {
            current = new ConsoleDisplaySink();
            PlotSinks.set(null);
            ProgressSinks.set(null);
        } else {
            current = sink;
            PlotSinks.set(figure -> Display.display(figure));
            ProgressSinks.set(new NotebookProgressSink(sink));
        }
    }

    /** The sink in use. */
    public static DisplaySink current() {
        return current;
    }
}
