package baeum.bench;

import static baeum.Baeum.manualSeed;

import baeum.Baeum.nn;
import baeum.Baeum.optim;
import baeum.nn.Module;
import baeum.data.DataLoader;
import baeum.optim.Optimizer;
import baeum.progress.ProgressSinks;
import baeum.progress.TerminalSink;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BinaryOperator;

/**
 * The end-to-end workloads of the engine-speed issue, with the hyper-parameters of the PyTorch
 * scripts in {@code bench/pytorch}: prints one JSON line per workload (medians over repeats or
 * epochs). Usage: {@code baeum bench [startup] [sgemm] [overhead] [xor] [mlp] [cnn] [lstm]} (default all);
 * {@code -Depochs.mlp=5}, {@code -Depochs.cnn=3}, {@code -Depochs.lstm=3} change the epochs;
 * {@code -Dbench.loop=student} trains through {@code data.loader(...).shuffle(true)} and {@code progress(...)}
 * ({@link Training#studentEpoch}); {@code -Dbench.jvm} names the JVM flags in the report ({@code baeum bench
 * --jvm kernel} sets it).
 */
public final class Workloads {
    private Workloads() {}

    /** Every workload, in the order {@code baeum bench} runs them. */
    static final List<String> ALL = List.of("startup", "sgemm", "overhead", "xor", "mlp", "cnn", "lstm");

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--list")) {   // for baeum bench, which runs each in a JVM of its own
            System.out.println(String.join(" ", ALL));
            return;
        }
        List<String> names = args.length == 0 ? ALL : List.of(args);
        for (String name : names) {
            Report r = switch (name) {
                case "startup" -> Startup.run();
                case "sgemm" -> Sgemm.run();
                case "overhead" -> Overhead.run();
                case "xor" -> Xor.run();
                case "mlp" -> fmnist("mlp_fmnist", Networks::mlp, true, new int[] {784}, 0,
                        Integer.getInteger("epochs.mlp", 5));
                case "cnn" -> fmnist("cnn_fmnist", Networks::lenet, false, new int[] {1, 28, 28}, 0,
                        Integer.getInteger("epochs.cnn", 3));
                case "lstm" -> fmnist("rnn_lstm", Networks::lstm, true, new int[] {28, 28}, 10_000,
                        Integer.getInteger("epochs.lstm", 3));
                default -> throw new IllegalArgumentException("unknown workload '" + name
                        + "'; choose from " + String.join(", ", ALL));
            };
            System.out.println(r.json());
            System.out.flush();
        }
    }

    private interface ModelFactory {
        Module create();
    }

    /**
     * Trains a fresh model on Fashion-MNIST (batch 64, seed 0 or -Dbench.seed) for some epochs, timing each and
     * testing after each, as the PyTorch scripts do. Adam 1e-3 or SGD momentum 0.9 lr 0.01.
     */
    static Report fmnist(String bench, ModelFactory factory, boolean adam, int[] sample, int limit,
            int epochs) throws Exception {
        long seed = Long.getLong("bench.seed", 0);
        manualSeed(seed);   // before the data, as the PyTorch scripts do (import torch, manual_seed, load)
        long l0 = System.nanoTime();
        Fmnist data = Fmnist.load(limit);
        double loadS = (System.nanoTime() - l0) / 1e9;
        Module model = factory.create();
        Optimizer opt = adam ? optim.adam(model.parameters(), 1e-3) : optim.sgd(model.parameters(), 0.01).momentum(0.9);
        BinaryOperator<Tensor> lossFn = nn.crossEntropyLoss()::forward;
        Random rnd = new Random(seed);
        boolean student = System.getProperty("bench.loop", "preloaded").equals("student");
        DataLoader loader = null;
        if (student) {
            ProgressSinks.set(new TerminalSink(System.err));   // stdout carries the JSON line
            loader = baeum.Baeum.data.loader(baeum.Baeum.data.tensorDataset(
                    Tensor.wrap(data.trainX(), Training.shape(data.trainSize(), sample)),
                    Tensor.wrap(data.trainY(), data.trainSize())), 64).shuffle(true);
        }
        Noise noise = new Noise();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            Training.Epoch ep = student ? Training.studentEpoch(model, opt, lossFn, loader)
                    : Training.epoch(model, opt, lossFn, data.trainX(), data.trainY(), data.trainSize(), sample, 64, rnd);
            long t1 = System.nanoTime();
            double acc = Training.accuracy(model, data.testX(), data.testY(), sample);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("epoch", e);
            row.put("train_s", Report.round(ep.seconds(), 3));
            row.put("train_cpu_s", Report.round(ep.cpuSeconds(), 3));
            row.put("mean_loss", Report.round(ep.meanLoss(), 4));
            row.put("test_acc", Report.round(acc, 4));
            row.put("eval_s", Report.round((System.nanoTime() - t1) / 1e9, 3));
            rows.add(row);
            times.add(ep.seconds());
            System.err.println(row);
        }
        List<Double> steady = times.size() > 1 ? times.subList(1, times.size()) : times;
        return new Report(bench).put("models", "baeum.nn + baeum.optim")
                .put("loop", student ? "student: data.loader(...).shuffle(true), progress(...)" : "preloaded arrays")
                .put("jvm", System.getProperty("bench.jvm", "bench"))
                .put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20)
                .put("threads", Runtime.getRuntime().availableProcessors())
                .put("seed", seed).put("batch", 64).put("train_images", data.trainSize())
                .put("train_s_per_epoch", Report.summary(times, 3))
                .put("train_s_epoch1", rows.get(0).get("train_s"))
                .put("train_s_steady_median", Report.summary(steady, 3).get("median"))
                .put("test_acc_epoch1", rows.get(0).get("test_acc"))
                .put("test_acc_final", rows.get(rows.size() - 1).get("test_acc"))
                .put("epochs", rows).put("data_load_s", Report.round(loadS, 3))
                .put("peak_rss_mb", Noise.peakRssMb()).put("noise", noise.result());
    }
}
