package baeum.bench;

import baeum.kernels.Conv2d;
import baeum.kernels.CrossEntropy;
import baeum.kernels.Pool2d;
import baeum.kernels.Window2d;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The LeNet-5 layers of the course's CNN at batch 64 (one training step's kernels), and the fused
 * cross-entropy of a (64, 10) batch. The sum of the conv and pool figures times 938 steps bounds
 * the kernel share of an epoch.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC"})
public class ConvBench {
    private final Conv2d.Geometry conv1 = new Conv2d.Geometry(64, 1, 28, 28, 6, 1, Window2d.of(5, 1, 2, 1));
    private final Conv2d.Geometry conv2 = new Conv2d.Geometry(64, 6, 14, 14, 16, 1, Window2d.of(5, 1, 0, 1));
    private final Window2d pool = Window2d.of(2, 2, 0, 1);
    private float[] x1, w1, b1, y1, dx1, dw1, db1, x2, w2, b2, y2, dx2, dw2, db2, p1, logits, logp, dlogits;
    private int[] at1;
    private final long[] target = new long[64];
    private final float[] one = {1f};

    @Setup
    public void setup() {
        Random r = new Random(1);
        x1 = rand(r, conv1.inputSize()); w1 = rand(r, conv1.weightSize()); b1 = rand(r, 6);
        y1 = new float[conv1.outputSize()]; dx1 = new float[conv1.inputSize()];
        dw1 = new float[conv1.weightSize()]; db1 = new float[6];
        x2 = rand(r, conv2.inputSize()); w2 = rand(r, conv2.weightSize()); b2 = rand(r, 16);
        y2 = new float[conv2.outputSize()]; dx2 = new float[conv2.inputSize()];
        dw2 = new float[conv2.weightSize()]; db2 = new float[16];
        p1 = new float[64 * 6 * 14 * 14];
        at1 = new int[p1.length];
        logits = rand(r, 640); logp = new float[640]; dlogits = new float[640];
        for (int i = 0; i < 64; i++) target[i] = r.nextInt(10);
    }

    private static float[] rand(Random r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = r.nextFloat() - 0.5f;
        return x;
    }

    @Benchmark
    public float[] conv1Forward() {
        Conv2d.forward(conv1, x1, 0, w1, 0, b1, 0, y1, 0);
        return y1;
    }

    @Benchmark
    public float[] conv1Backward() {   // no input gradient: the first layer does not need one
        Conv2d.backward(conv1, x1, 0, w1, 0, y1, 0, null, 0, dw1, 0, db1, 0);
        return dw1;
    }

    @Benchmark
    public float[] conv2Forward() {
        Conv2d.forward(conv2, x2, 0, w2, 0, b2, 0, y2, 0);
        return y2;
    }

    @Benchmark
    public float[] conv2Backward() {
        Conv2d.backward(conv2, x2, 0, w2, 0, y2, 0, dx2, 0, dw2, 0, db2, 0);
        return dx2;
    }

    @Benchmark
    public float[] maxPool1ForwardBackward() {
        Pool2d.maxForward(y1, 0, 64 * 6, 28, 28, pool, p1, 0, at1, 0);
        Pool2d.maxBackward(p1, 0, at1, 0, 64 * 6, 28, 28, pool, y1, 0);
        return y1;
    }

    @Benchmark
    public float[] crossEntropyForwardBackward() {
        CrossEntropy.forward(logits, 0, 64, 10, target, 0, null, -100, CrossEntropy.Reduction.MEAN, logp, null);
        CrossEntropy.backward(one, 0, logp, 64, 10, target, 0, null, -100, CrossEntropy.Reduction.MEAN, dlogits, 0);
        return dlogits;
    }
}
