package baeum.bench;

import baeum.facade.DataFacade;
import baeum.facade.DatasetsFacade;
import baeum.data.TensorDataset;
import baeum.facade.OptimFacade;
import baeum.optim.Optimizer;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
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
 * What the toolkit adds to every training step, outside the model: one optimizer step over the
 * parameters of the course's MLP 784-256-128-10 (235,146 floats, gradients already there), and one
 * shuffled pass of the loader over Fashion-MNIST's 60,000 training images in batches of 64.
 *
 * <pre>
 * java -cp ... org.openjdk.jmh.Main OptimDataBench
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC"})
public class OptimDataBench {
    /** One optimizer over the MLP's parameters. */
    @State(Scope.Thread)
    public static class Step {
        @Param({"sgd", "sgdMomentum", "adam", "adamW", "rmsprop", "adagrad", "nadam", "adadelta"})
        public String optimizer;
        Optimizer opt;

        @Setup
        public void setUp() {
            List<Tensor> params = new ArrayList<>();
            int[][] shapes = {{256, 784}, {256}, {128, 256}, {128}, {10, 128}, {10}};
            for (int[] s : shapes) {
                int n = 1;
                for (int d : s) n *= d;
                float[] v = new float[n], g = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (float) Math.sin(i) * 0.05f;
                    g[i] = (float) Math.cos(i) * 1e-3f;
                }
                Tensor p = Tensor.wrap(v, s).requiresGrad_();
                p.setGrad(Tensor.wrap(g, s));
                params.add(p);
            }
            opt = switch (optimizer) {
                case "sgd" -> OptimFacade.sgd(params, 1e-3);
                case "sgdMomentum" -> OptimFacade.sgd(params, 1e-3).momentum(0.9);
                case "adam" -> OptimFacade.adam(params, 1e-3);
                case "adamW" -> OptimFacade.adamW(params, 1e-3);
                case "rmsprop" -> OptimFacade.rmsprop(params, 1e-3);
                case "adagrad" -> OptimFacade.adagrad(params, 1e-3);
                case "nadam" -> OptimFacade.nadam(params, 1e-3);
                default -> OptimFacade.adadelta(params, 1.0);
            };
        }
    }

    /** Fashion-MNIST's training set, loaded once. */
    @State(Scope.Benchmark)
    public static class Images {
        TensorDataset train;

        @Setup
        public void setUp() {
            train = DatasetsFacade.fashionMnist(true);
        }
    }

    @Benchmark
    public void optimizerStep(Step s) {
        s.opt.step();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long loaderEpoch(Images d) {
        long labels = 0;
        for (var b : DataFacade.loader(d.train, 64).shuffle(true)) labels += b.y().numel();
        return labels;
    }
}
