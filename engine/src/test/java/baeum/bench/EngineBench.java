package baeum.bench;

import static baeum.Baeum.*;

import baeum.tensor.Linear;
import baeum.tensor.Tensor;

/**
 * A quick baseline of the engine's speed (not a test; run by hand):
 * <pre>
 * mvn -q -pl engine test-compile
 * java --add-modules jdk.incubator.vector -cp engine/target/classes:engine/target/test-classes baeum.bench.EngineBench
 * </pre>
 * Each figure is the median of several timed rounds after warm-up.
 */
public final class EngineBench {
    private EngineBench() {}

    static volatile Object sink;

    interface Body {
        void run(int reps);
    }

    static double medianNanos(int rounds, int reps, Body body) {
        double[] t = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            body.run(reps);
            t[r] = (System.nanoTime() - s) / (double) reps;
        }
        java.util.Arrays.sort(t);
        return t[rounds / 2];
    }

    public static void main(String[] args) {
        manualSeed(1);
        Tensor a = randn(512, 512), b = randn(512, 512);
        Body mm = reps -> { for (int i = 0; i < reps; i++) sink = a.matmul(b); };
        medianNanos(5, 3, mm);
        double mmNs = medianNanos(7, 3, mm);
        System.out.printf("matmul 512x512x512 float32: %.2f ms (%.2f GFLOPS)%n", mmNs / 1e6, 2.0 * 512 * 512 * 512 / mmNs);

        Tensor x = randn(3, 3), y = randn(3, 3);
        Body add = reps -> { for (int i = 0; i < reps; i++) sink = x.add(y); };
        medianNanos(20, 100_000, add);
        System.out.printf("3x3 add, no grad: %.3f us%n", medianNanos(21, 100_000, add) / 1e3);

        Tensor gx = randn(3, 3).requiresGrad_(), gy = randn(3, 3).requiresGrad_();
        Body gadd = reps -> { for (int i = 0; i < reps; i++) sink = gx.add(gy); };
        medianNanos(20, 10_000, gadd);
        System.out.printf("10,000 3x3 adds with autograd on: %.3f ms (%.3f us each)%n",
                medianNanos(21, 10_000, gadd) * 10_000 / 1e6, medianNanos(21, 10_000, gadd) / 1e3);

        Tensor w = randn(4, 4).requiresGrad_(), bias = zeros(4).requiresGrad_();
        Tensor in = randn(1, 4), target = randn(1, 4);
        Body step = reps -> {
            for (int i = 0; i < reps; i++) {
                Tensor loss = Linear.apply(in, w, bias).sub(target).pow(2).mean();
                w.zeroGrad();
                bias.zeroGrad();
                loss.backward();
                try (var g = noGrad()) {
                    w.sub_(w.grad().mul(0.01));
                    bias.sub_(bias.grad().mul(0.01));
                }
            }
        };
        medianNanos(20, 20_000, step);
        System.out.printf("Linear(4,4)-like training step (fused linear, MSE, backward, SGD by hand): %.2f us%n",
                medianNanos(21, 20_000, step) / 1e3);

        Tensor w1 = randn(256, 784).mul(0.05).requiresGrad_(), b1 = zeros(256).requiresGrad_();
        Tensor w2 = randn(10, 256).mul(0.05).requiresGrad_(), b2 = zeros(10).requiresGrad_();
        Tensor xb = randn(64, 784), yb = randint(0, 10, 64);
        Body mlp = reps -> {
            for (int i = 0; i < reps; i++) {
                Tensor h = Linear.apply(xb, w1, b1).relu();
                Tensor logits = Linear.apply(h, w2, b2);
                Tensor loss = logits.logSoftmax(1).gather(1, yb.unsqueeze(1)).mean().neg();
                for (Tensor p : new Tensor[] {w1, b1, w2, b2}) p.zeroGrad();
                loss.backward();
                try (var g = noGrad()) {
                    for (Tensor p : new Tensor[] {w1, b1, w2, b2}) p.sub_(p.grad().mul(0.01));
                }
            }
        };
        medianNanos(5, 20, mlp);
        double mlpNs = medianNanos(9, 20, mlp);
        Body mms = reps -> {
            for (int i = 0; i < reps; i++) {
                sink = xb.matmul(w1.t());
                sink = randn(64, 256).matmul(w2.t());
            }
        };
        System.out.printf("MLP 784-256-10 step, batch 64 (forward, NLL, backward, SGD): %.1f us; its two forward matmuls alone: %.1f us%n",
                mlpNs / 1e3, medianNanos(9, 20, mms) / 1e3);
    }
}
