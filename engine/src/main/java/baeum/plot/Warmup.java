package baeum.plot;

/**
 * Loads and JIT-warms the chart code in the background, so that a session's first chart takes
 * tens of milliseconds instead of most of a second (class loading, font setup and PNG encoding
 * cost ~0.4-0.8 s the first time on a 2-core machine). A kernel may call it once it is idle after
 * start; it runs in one low-priority daemon thread and never fails the caller.
 *
 * <pre>{@code jshell> Warmup.inBackground(); }</pre>
 */
public final class Warmup {
    private Warmup() {}

    /** Starts the warm-up thread and returns it (already started; a daemon). */
    public static Thread inBackground() {
        Thread t = new Thread(Warmup::run, "baeum-plot-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** Renders one small chart of the common kinds to PNG (the results are thrown away). */
    static void run() {
        try {
            Plots.linePlot("a", new double[] {3, 2, 1}).add("b", new double[] {3, 1, 2}).title("warm-up").size(200, 150).toPng();
            Plots.scatter(new double[] {0, 1}, new double[] {1, 0}, new int[] {0, 1}).size(200, 150).toPng();
            Plots.confusionMatrix(new int[] {0, 1}, new int[] {0, 1}).size(200, 150).toPng();
            Plots.imageGrid(new float[4], new int[] {1, 1, 2, 2}, 1).toPng();
        } catch (Throwable e) {
            // a failed warm-up only means the first real chart is slower (or fails with its own error)
        }
    }
}
