package baeum.plot;

/**
 * Makes AWT headless before any drawing, unless the user asked for plot windows
 * ({@code -Dbaeum.plots.window=true}) and did not decide {@code java.awt.headless} themselves.
 * Headless drawing never needs a display, so charts render the same in CI, a kernel and a laptop.
 */
final class Headless {
    static final String WINDOW_PROPERTY = "baeum.plots.window";

    private Headless() {}

    static {
        if (System.getProperty("java.awt.headless") == null && !windowsWanted()) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Call before touching AWT; runs the static initializer once. */
    static void ensure() {}

    static boolean windowsWanted() {
        return Boolean.parseBoolean(System.getProperty(WINDOW_PROPERTY, "false"))
                || "1".equals(System.getenv("BAEUM_PLOT_WINDOW"));
    }
}
