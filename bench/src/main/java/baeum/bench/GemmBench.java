package baeum.bench;

import baeum.kernels.Gemm;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SGEMM time per call for square sizes and the course's layer shapes. GFLOPS = 2·m·n·k / time.
 * Shapes are "m x n x k" with a layout: nn (A·B), nt (A·Bᵀ, a Linear forward), tn (Aᵀ·B, a weight
 * gradient).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC"})
public class GemmBench {
    @Param({"64x64x64:nn", "128x128x128:nn", "256x256x256:nn", "1024x1024x1024:nn",
        "2048x2048x2048:nn", "64x256x784:nt", "256x784x64:tn", "64x784x256:nn"})
    public String shape;

    private int m, n, k, lda, ldb;
    private boolean tA, tB;
    private float[] a, b, c;

    @Setup
    public void setup() {
        String[] parts = shape.split(":");
        String[] dims = parts[0].split("x");
        m = Integer.parseInt(dims[0]);
        n = Integer.parseInt(dims[1]);
        k = Integer.parseInt(dims[2]);
        tA = parts[1].charAt(0) == 't';
        tB = parts[1].charAt(1) == 't';
        lda = tA ? m : k;
        ldb = tB ? k : n;
        Random r = new Random(1);
        a = new float[m * k];
        b = new float[k * n];
        c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = r.nextFloat();
        for (int i = 0; i < b.length; i++) b[i] = r.nextFloat();
    }

    @Benchmark
    public float[] sgemm() {
        Gemm.sgemm(tA, tB, m, n, k, a, 0, lda, b, 0, ldb, c, 0, n, false);
        return c;
    }
}
