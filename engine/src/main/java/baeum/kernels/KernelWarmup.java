package baeum.kernels;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gets the SIMD GEMM and the optimizers' updates compiled before a model's first batches need
 * them. Vector API code runs hundreds of times slower until C2 has compiled it, so without this
 * the Fashion-MNIST MLP's first batch multiplied its matrices at interpreter speed (0.3 s, against
 * 1 ms later), its first Adam steps took 0.2 s, and its first epoch about twice a steady one.
 * {@link #start()} runs, on a daemon thread, Adam and SGD updates and small products of every kind
 * the engine uses (each transposition, both tile heights of {@link RegisterTile}, edge tiles,
 * two depth blocks, the dot-product path), while the program is still loading its data or the
 * student reads a cell's output: about 0.5 s of one core, once per JVM. The DSL's first use and
 * the first tensor start it; {@code -Dbaeum.warmup=false} turns it off (the grader's C1-only workers do).
 *
 * <p>It shares nothing with the program: its own arrays and packing buffers, no worker threads, no
 * tensors (so neither the grad mode nor the random numbers), and the same results whichever code
 * the JIT has compiled.
 */
public final class KernelWarmup {
    private KernelWarmup() {}

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /**
     * Rounds of products. C2 has compiled everything after 800-1000 rounds without JIT flags (a
     * round then takes ~15 µs, against 3 ms interpreted at first); the first rounds are the cost.
     */
    static final int ROUNDS = 1200;

    /**
     * Starts the warm-up thread unless it ran already or {@code baeum.warmup} is false.
     * <pre>{@code
     * jshell> baeum.kernels.KernelWarmup.start()   // idempotent
     * }</pre>
     */
    public static void start() {
        if (!Boolean.parseBoolean(System.getProperty("baeum.warmup", "true"))
                || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(KernelWarmup::run, "baeum-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The warm-up, on the calling thread. */
    static void run() {
        float[][] bufs = buffers();
        // the optimizer updates first: cheap, and each training step needs them
        for (int i = 0; i < OPT_CALLS; i++) updates(i, bufs);
        for (int round = 0; round < ROUNDS; round++) {
            products(round, bufs);
            updates(round, bufs);
        }
    }

    // ROWS[0] takes the big register tile (20 rows: 12 + an 8-row edge with 32 registers; 8 rows:
    // 4 + 4 with 16), ROWS[1] the small one with an edge tile (13 or 7 rows); 42 columns leave an edge
    // panel (as a 10-class output layer does) and an odd depth a padded one; every 64th round a
    // depth of 259 takes two depth blocks
    private static final int[] ROWS = {RegisterTile.BIG + RegisterTile.BIG / 2 + 2,
        RegisterTile.SMALL + RegisterTile.SMALL / 2 + 1};
    private static final int N = 42, DEEP = 259;
    /** Parameters per optimizer update: whole vectors and a scalar tail. */
    private static final int OPT = 203;
    /** Optimizer updates before the products. */
    static final int OPT_CALLS = 1000;

    private static float[][] buffers() {
        return new float[][] {fill(20 * DEEP), fill(DEEP * N), new float[20 * N], fill(8 * 256), fill(16 * 256), new float[8 * 16],
                fill(OPT), fill(OPT), new float[OPT], new float[OPT], new float[OPT]};
    }

    private static void products(int round, float[][] x) {
        int k = round % 64 == 0 ? DEEP : 37;
        for (int t = 0; t < 4; t++) {
            boolean tA = (t & 1) != 0, tB = (t & 2) != 0;
            for (int m : ROWS) {
                Gemm.serial(tA, tB, m, N, k, x[0], 0, tA ? m : k, x[1], 0, tB ? k : N, x[2], 0, N, (round + t) % 2 == 0);
            }
        }
        Gemm.serial(false, true, 8, 16, 256, x[3], 0, 256, x[4], 0, 256, x[5], 0, 16, round % 2 == 0);
    }

    /** Adam and SGD: the MLP's first Adam steps took 0.2 s interpreted. */
    private static void updates(int round, float[][] x) {
        float[] p = x[6], g = x[7];
        FastMomentUpdates.adam(p, 0, g, 0, x[8], x[9], null, OPT, 0.9f, 0.999f, 1e-3f, 0.9f, 1e-8f, 1f);
        FastUpdates.sgdMomentum(p, 0, g, 0, x[10], OPT, 1e-3f, 0.9f, 0f, false, round == 0);
        FastUpdates.sgd(p, 0, g, 0, OPT, 1e-3f);
    }

    private static float[] fill(int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) x[i] = (i % 7) * 0.25f - 0.75f;
        return x;
    }
}
