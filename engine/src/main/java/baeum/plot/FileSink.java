package baeum.plot;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The default {@link PlotSink} outside a notebook: writes the figure to a numbered PNG file (see
 * {@link PlotFiles}) and prints its path. With {@code -Dbaeum.plots.window=true} on a machine with
 * a display it also opens a window.
 */
public final class FileSink implements PlotSink {
    private final PrintStream out;

    /** A sink that prints paths to {@code System.out} (looked up at each call, so redirection works). */
    public FileSink() {
        this(null);
    }

    /** A sink that prints paths to {@code out}. */
    public FileSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void show(Figure figure) {
        showPng(figure.toPng());
    }

    /** Writes PNG bytes to a new numbered file, prints its path (and opens a window if asked for). */
    public Path showPng(byte[] png) {
        Path file = PlotFiles.write("plot", png);
        (out != null ? out : System.out).println("plot saved to " + file);
        PlotWindow.maybeOpen(file);
        return file;
    }
}
