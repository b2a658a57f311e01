package baeum.examples;

import static baeum.Baeum.*;

import baeum.data.TensorDataset;
import baeum.nn.Module;
import baeum.tensor.Tensor;

/**
 * The course's reference training run: an MLP 784-256-128-10 with ReLU, trained by Adam (lr 1e-3)
 * on Fashion-MNIST in batches of 64 for 5 epochs; prints the loss, the seconds of each epoch and
 * the test accuracy (PyTorch reaches about 88% with this recipe). The CPU time printed beside each
 * epoch's wall time helps read the figures on a shared machine.
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java --add-modules jdk.incubator.vector -cp \
 *     bench/target/classes:engine/target/classes:$(cat bench/target/runtime.classpath) \
 *     baeum.examples.FashionMnistMlp [epochs]
 * </pre>
 * The data come from {@code $BAEUM_DATA} or the Debian package dataset-fashion-mnist.
 */
public final class FashionMnistMlp {
    private FashionMnistMlp() {
    }

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        manualSeed(0);
        long t0 = System.nanoTime();
        TensorDataset train = datasets.fashionMnist(true), test = datasets.fashionMnist(false);
        System.out.printf("loaded %d training and %d test images in %.2f s%n", train.size(), test.size(),
                (System.nanoTime() - t0) / 1e9);

        Module model = nn.seq(nn.flatten(), nn.linear(784, 256), nn.relu(), nn.linear(256, 128), nn.relu(),
                nn.linear(128, 10));
        var opt = optim.adam(model.parameters(), 1e-3);
        var lossFn = nn.crossEntropyLoss();
        var loader = data.loader(train, 64).shuffle(true);
        double total = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime(), cpu = cpuNanos();
            model.train();
            double sum = 0;
            int batches = 0;
            for (var batch : loader) {
                Tensor loss = lossFn.apply(model.forward(batch.x()), batch.y());
                opt.zeroGrad();
                loss.backward();
                opt.step();
                sum += loss.item();
                batches++;
            }
            double seconds = (System.nanoTime() - start) / 1e9, cpuSeconds = (cpuNanos() - cpu) / 1e9;
            total += seconds;
            System.out.printf("epoch %d: train loss %.4f, %.2f s (%.2f s of CPU), test accuracy %.2f%%%n", epoch,
                    sum / batches, seconds, cpuSeconds, 100 * accuracy(model, test));
        }
        System.out.printf("mean %.2f s per epoch over %d epochs%n", total / epochs, epochs);
    }

    /** CPU time used by this process so far (all threads), to read timings on a shared machine. */
    static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean b ? b.getProcessCpuTime() : 0;
    }

    /** Accuracy on a dataset, evaluated in batches of 1000 without recording the graph. */
    static double accuracy(Module model, TensorDataset ds) {
        model.eval();
        int correct = 0;
        try (var g = noGrad()) {
            for (var b : data.loader(ds, 1000)) {
                correct += (int) Math.round(data.accuracy(model.forward(b.x()), b.y()) * b.size());
            }
        }
        return (double) correct / ds.size();
    }
}
