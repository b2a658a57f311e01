package baeum.bench;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.noGrad;
import static baeum.Baeum.randn;

import baeum.Baeum.nn;
import baeum.Baeum.optim;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases of {@code overhead.py}: loops of 10,000 iterations timed as a whole (after warm-up
 * loops), 9 timed loops, microseconds per iteration. JMH's {@code OverheadBench} measures the
 * same cases with more care; this gives them in the runner's JSON.
 */
final class Overhead {
    private Overhead() {}

    static final int N = 10_000;
    static volatile Object sink;

    static Report run() {
        manualSeed(0);
        Tensor a = randn(3, 3), b = randn(3, 3);
        Tensor ag = randn(3, 3).requiresGrad_(), bg = randn(3, 3).requiresGrad_();
        Tensor w = randn(4, 4).requiresGrad_(), bias = randn(4).requiresGrad_(), x = randn(1, 4);
        var sgd = optim.sgd(List.of(w, bias), 0.01);
        Map<String, Object> res = new LinkedHashMap<>();
        Noise noise = new Noise();
        res.put("add_3x3_nograd", time(() -> { for (int i = 0; i < N; i++) sink = a.add(b); }));
        res.put("add_3x3_grad_record", time(() -> { for (int i = 0; i < N; i++) sink = ag.add(bg); }));
        res.put("linear4_fwd_nograd", time(() -> {
            try (var g = noGrad()) { for (int i = 0; i < N; i++) sink = x.matmul(w.t()).add(bias); }
        }));
        res.put("linear4_fwd_grad", time(() -> { for (int i = 0; i < N; i++) sink = x.matmul(w.t()).add(bias); }));
        res.put("linear4_train_step", time(() -> {
            for (int i = 0; i < N; i++) {
                w.zeroGrad();
                bias.zeroGrad();
                x.matmul(w.t()).add(bias).sum().backward();
                sgd.step();
            }
        }));
        var layer = nn.linear(4, 4);
        var opt = optim.sgd(layer.parameters(), 0.01);
        res.put("nn_linear4_train_step", time(() -> {   // what a student writes: zeroGrad, forward, sum, backward, step
            for (int i = 0; i < N; i++) {
                opt.zeroGrad();
                layer.forward(x).sum().backward();
                opt.step();
            }
        }));
        return new Report("overhead").put("results", res).put("noise", noise.result());
    }

    private static Map<String, Object> time(Runnable loop) {
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < 1_500_000_000L) loop.run();   // JIT warm-up
        List<Double> per = new ArrayList<>();
        for (int r = 0; r < 9; r++) {
            long t0 = System.nanoTime();
            loop.run();
            per.add((System.nanoTime() - t0) / 1e3 / N);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("us_per_iter", Report.summary(per, 3));
        return m;
    }
}
