package baeum.bench;

import static baeum.Baeum.noGrad;
import static baeum.progress.Progress.progress;

import baeum.data.DataLoader;
import baeum.nn.Module;
import baeum.optim.Optimizer;
import baeum.tensor.Tensor;
import java.util.Random;
import java.util.function.BinaryOperator;

/**
 * The PyTorch scripts' {@code train_epoch} and {@code evaluate}: one shuffled epoch over
 * preloaded arrays, batches gathered by index (no data loader), zeroGrad, forward,
 * cross-entropy, backward, step, and {@code loss.item()} per batch; or, with {@code
 * -Dbench.loop=student}, the same steps in the loop a student writes ({@link #studentEpoch}).
 */
final class Training {
    private Training() {}

    /** Wall seconds, the process's CPU seconds (all threads) meanwhile, and the mean loss. */
    record Epoch(double seconds, double cpuSeconds, double meanLoss) {}

    /**
     * {@code -Dbaeum.trace=true} prints the time every 100 batches (to see the JIT warm up);
     * {@code -Dbaeum.trace=N} every N batches.
     */
    static final int TRACE = traceEvery(System.getProperty("baeum.trace"));

    private static int traceEvery(String p) {
        if (p == null || p.equals("false")) return 0;
        return p.equals("true") || p.isEmpty() ? 100 : Integer.parseInt(p);
    }

    static Epoch epoch(Module model, Optimizer opt, BinaryOperator<Tensor> lossFn, float[] x, long[] y,
            int n, int[] sampleShape, int batch, Random rnd) {
        int size = 1;
        for (int s : sampleShape) size *= s;
        int[] perm = permutation(n, rnd);
        double total = 0;
        int batches = 0;
        long stepNanos = 0;
        long t0 = System.nanoTime();
        double cpu0 = Noise.ownSeconds();
        for (int start = 0; start < n; start += batch) {
            int b = Math.min(batch, n - start);
            float[] xb = new float[b * size];
            long[] yb = new long[b];
            for (int i = 0; i < b; i++) {
                int src = perm[start + i];
                System.arraycopy(x, src * size, xb, i * size, size);
                yb[i] = y[src];
            }
            opt.zeroGrad();
            Tensor loss = lossFn.apply(model.forward(Tensor.wrap(xb, shape(b, sampleShape))), Tensor.wrap(yb, b));
            loss.backward();
            long s0 = TRACE > 0 ? System.nanoTime() : 0;
            opt.step();
            if (TRACE > 0) stepNanos += System.nanoTime() - s0;
            total += loss.item();
            batches++;
            if (TRACE > 0 && batches % TRACE == 0) System.err.printf("  %d batches: %.3f s (optimizer steps %.3f s; JVM uptime %d ms)%n", batches, (System.nanoTime() - t0) / 1e9, stepNanos / 1e9, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
        return new Epoch((System.nanoTime() - t0) / 1e9, Noise.ownSeconds() - cpu0, total / batches);
    }

    /**
     * One epoch as a student writes it in the course: {@code for (var b : progress(loader))} over a
     * shuffling {@code data.loader}, the same zeroGrad, forward, loss, backward, step and {@code
     * loss.item()}, the bar showing the running loss (the bench sends bars to stderr).
     */
    static Epoch studentEpoch(Module model, Optimizer opt, BinaryOperator<Tensor> lossFn, DataLoader loader) {
        double total = 0;
        int batches = 0;
        long t0 = System.nanoTime();
        double cpu0 = Noise.ownSeconds();
        var bar = progress(loader, "epoch");
        for (var b : bar) {
            opt.zeroGrad();
            Tensor loss = lossFn.apply(model.forward(b.x()), b.y());
            loss.backward();
            opt.step();
            double l = loss.item();
            total += l;
            batches++;
            bar.set("loss", l);
        }
        return new Epoch((System.nanoTime() - t0) / 1e9, Noise.ownSeconds() - cpu0, total / batches);
    }

    /** Test accuracy in batches of 1000 without recording a graph. */
    static double accuracy(Module model, float[] x, long[] y, int[] sampleShape) {
        int size = 1;
        for (int s : sampleShape) size *= s;
        int n = y.length, correct = 0;
        try (var g = noGrad()) {
            for (int start = 0; start < n; start += 1000) {
                int b = Math.min(1000, n - start);
                float[] xb = new float[b * size];
                System.arraycopy(x, start * size, xb, 0, b * size);
                long[] pred = model.forward(Tensor.wrap(xb, shape(b, sampleShape))).argmax(1).toLongArray();
                for (int i = 0; i < b; i++) if (pred[i] == y[start + i]) correct++;
            }
        }
        return (double) correct / n;
    }

    static int[] shape(int b, int[] sample) {
        int[] s = new int[sample.length + 1];
        s[0] = b;
        System.arraycopy(sample, 0, s, 1, sample.length);
        return s;
    }

    private static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1), t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
