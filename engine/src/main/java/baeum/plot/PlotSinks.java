package baeum.plot;

/** The session's current {@link PlotSink}: a PNG-file writer unless a kernel set another. */
public final class PlotSinks {
    private static volatile PlotSink current = new FileSink();

    private PlotSinks() {}

    /** Installs a sink for every later {@code show()}; {@code null} restores the default (PNG files). */
    public static void set(PlotSink sink) {
        current = sink == null ? new FileSink() : sink;
    }

    /** The sink in use. */
    public static PlotSink current() {
        return current;
    }
}
