package baeum.plot;

/**
 * Where {@link Figure#show()} sends a figure. The default ({@link FileSink}) writes a PNG file
 * and prints its path; a notebook kernel installs one that shows the figure in the cell's output.
 */
@FunctionalInterface
public interface PlotSink {
    /** Shows the figure. Must not block for long and must not throw for an ordinary figure. */
    void show(Figure figure);
}
