package baeum.kernel.magic;

import java.util.concurrent.Callable;

/**
 * What {@code %timeit} runs inside the session: warm-up, then enough loops per run for ~0.1 s, seven
 * runs (fewer when slow), and IPython's report: {@code 1.23 ms ± 45.6 µs per loop (mean ± std. dev.
 * of 7 runs, 100 loops each)}.
 */
public final class Timeit {
    private static final double TARGET_SECONDS = 0.1, BUDGET_SECONDS = 2.0;

    private Timeit() {}

    public static void measure(Callable<?> code) throws Exception {
        long t0 = System.nanoTime();
        code.call();
        double once = (System.nanoTime() - t0) / 1e9;
        int loops = 1;
        while (loops * once < TARGET_SECONDS / 10 && loops < 1_000_000_000 / 10) {
            loops *= 10;
            long t = System.nanoTime();
            for (int i = 0; i < loops; i++) code.call();
            once = (System.nanoTime() - t) / 1e9 / loops;
        }
        int runs = (int) Math.max(1, Math.min(7, BUDGET_SECONDS / Math.max(1e-9, once * loops)));
        double[] perLoop = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < loops; i++) code.call();
            perLoop[r] = (System.nanoTime() - t) / 1e9 / loops;
        }
        double mean = 0, var = 0;
        for (double p : perLoop) mean += p / runs;
        for (double p : perLoop) var += (p - mean) * (p - mean) / Math.max(1, runs - 1);
        System.out.printf("%s ± %s per loop (mean ± std. dev. of %d run%s, %,d loop%s each)%n", format(mean),
                format(Math.sqrt(var)), runs, runs == 1 ? "" : "s", loops, loops == 1 ? "" : "s");
    }

    /** Seconds in the unit that reads best: {@code 2.31 s}, {@code 12.4 ms}, {@code 873 ns}. */
    public static String format(double seconds) {
        String[] units = {"s", "ms", "µs", "ns"};
        int u = 0;
        while (u < 3 && Math.abs(seconds) < 1 && seconds != 0) {
            seconds *= 1000;
            u++;
        }
        return String.format(seconds >= 100 ? "%.0f %s" : seconds >= 10 ? "%.1f %s" : "%.2f %s", seconds, units[u]);
    }
}
