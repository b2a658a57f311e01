package baeum.bench;

import baeum.kernels.Gemm;
import baeum.kernels.RegisterTile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * SGEMM throughput as {@code peak.py} measures {@code torch.mm}: per size, a warm-up, then 7
 * samples of at least 0.1 s each; GFLOPS = 2·m·n·k / time per call, median/min/max. Square sizes
 * 64..2048 and the MLP's layer shapes (nt: x·Wᵀ, tn: the weight gradient).
 */
final class Sgemm {
    private Sgemm() {}

    static Report run() {
        String[] shapes = {"64x64x64:nn", "128x128x128:nn", "256x256x256:nn", "512x512x512:nn",
            "1024x1024x1024:nn", "2048x2048x2048:nn", "64x256x784:nt", "256x784x64:tn", "64x784x256:nn"};
        Map<String, Object> res = new LinkedHashMap<>();
        Noise noise = new Noise();
        for (String s : shapes) res.put(s, measure(s));
        return new Report("sgemm").put("threads", Runtime.getRuntime().availableProcessors())
                .put("tile", RegisterTile.describe())
                .put("gflops", res).put("noise", noise.result());
    }

    private static Map<String, Object> measure(String shape) {
        String[] p = shape.split("[x:]");
        int m = Integer.parseInt(p[0]), n = Integer.parseInt(p[1]), k = Integer.parseInt(p[2]);
        boolean tA = p[3].charAt(0) == 't', tB = p[3].charAt(1) == 't';
        Random r = new Random(0);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
        for (int i = 0; i < b.length; i++) b[i] = (float) r.nextGaussian();
        int lda = tA ? m : k, ldb = tB ? k : n;
        Runnable call = () -> Gemm.sgemm(tA, tB, m, n, k, a, 0, lda, b, 0, ldb, c, 0, n, false);
        long w0 = System.nanoTime();
        int calls = 0;
        while (System.nanoTime() - w0 < 1_000_000_000L || calls < 3) {   // JIT warm-up
            call.run();
            calls++;
        }
        double perCall = (System.nanoTime() - w0) / 1e9 / calls;
        int reps = (int) Math.max(1, Math.ceil(0.1 / perCall));
        double flops = 2.0 * m * n * k;
        List<Double> g = new ArrayList<>();
        for (int s = 0; s < 7; s++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) call.run();
            g.add(flops / ((System.nanoTime() - t0) / 1e9 / reps) / 1e9);
        }
        Map<String, Object> out = Report.summary(g, 1);
        out.put("calls_per_sample", reps);
        return out;
    }
}
