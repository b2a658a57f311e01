package baeum.bench;

import static baeum.Baeum.*;

import baeum.tensor.Tensor;
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
 * Per-op overhead on tiny tensors, the cases of the PyTorch script {@code overhead.py}:
 * {@code a + b} on 3x3 without and with autograd recording, and a Linear(4, 4) training step
 * (zeroGrad, forward, sum, backward, SGD update) on a (1, 4) input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC"})
public class OverheadBench {
    private Tensor a, b, ag, bg, w, bias, x;

    @Setup
    public void setup() {
        manualSeed(0);
        a = randn(3, 3);
        b = randn(3, 3);
        ag = randn(3, 3).requiresGrad_();
        bg = randn(3, 3).requiresGrad_();
        w = randn(4, 4).requiresGrad_();
        bias = randn(4).requiresGrad_();
        x = randn(1, 4);
    }

    @Benchmark
    public Tensor add3x3NoGrad() {
        return a.add(b);
    }

    @Benchmark
    public Tensor add3x3GradRecord() {
        return ag.add(bg);
    }

    @Benchmark
    public Tensor linear4Forward() {
        return x.matmul(w.t()).add(bias);
    }

    @Benchmark
    public Tensor linear4TrainStep() {
        w.zeroGrad();
        bias.zeroGrad();
        x.matmul(w.t()).add(bias).sum().backward();
        try (var g = noGrad()) {
            w.sub_(w.grad().mul(0.01));
            bias.sub_(bias.grad().mul(0.01));
        }
        return w;
    }
}
