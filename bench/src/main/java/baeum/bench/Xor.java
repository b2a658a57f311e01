package baeum.bench;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.noGrad;
import static baeum.Baeum.tensor;

import baeum.Baeum.nn;
import baeum.Baeum.optim;
import baeum.nn.Module;
import baeum.optim.Optimizer;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The XOR network of {@code xor.py}: 2-4-1 with tanh and sigmoid, binary cross-entropy, SGD lr
 * 0.1, 5,000 full-batch steps; one warm-up run, then 7 timed runs from a fresh seeded init.
 */
final class Xor {
    private Xor() {}

    static final int STEPS = 5000, REPS = 7;

    static Report run() {
        Tensor x = tensor(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        Tensor y = tensor(new float[][] {{0}, {1}, {1}, {0}});
        train(x, y);   // warm-up (JIT)
        List<Double> times = new ArrayList<>();
        double[] last = null;
        Noise noise = new Noise();
        for (int r = 0; r < REPS; r++) {
            double[] res = train(x, y);
            times.add(res[0]);
            last = res;
        }
        List<Double> perStep = times.stream().map(t -> t / STEPS * 1e6).toList();
        return new Report("xor").put("opt", "sgd").put("lr", 0.1).put("steps", STEPS)
                .put("wall_s", Report.summary(times, 4)).put("us_per_step", Report.summary(perStep, 2))
                .put("final_loss", Report.round(last[1], 5)).put("correct_of_4", (int) last[2])
                .put("noise", noise.result());
    }

    /** Returns {seconds, final loss, correct outputs}. */
    private static double[] train(Tensor x, Tensor y) {
        manualSeed(0);
        Module model = Networks.xor();
        Optimizer opt = optim.sgd(model.parameters(), 0.1);
        var bceLoss = nn.bceLoss();
        Tensor loss = null;
        long t0 = System.nanoTime();
        for (int s = 0; s < STEPS; s++) {
            opt.zeroGrad();
            loss = bceLoss.forward(model.forward(x), y);
            loss.backward();
            opt.step();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        int correct = 0;
        try (var g = noGrad()) {
            float[] out = model.forward(x).toFloatArray(), want = y.toFloatArray();
            for (int i = 0; i < 4; i++) if ((out[i] > 0.5f ? 1f : 0f) == want[i]) correct++;
        }
        return new double[] {secs, loss.item(), correct};
    }
}
