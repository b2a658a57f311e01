package baeum.facade;

import baeum.data.Batch;
import baeum.data.DataLoader;
import baeum.data.Dataset;
import baeum.data.EarlyStopping;
import baeum.data.Metrics;
import baeum.data.Mixing;
import baeum.data.Splits;
import baeum.data.Subset;
import baeum.data.TensorDataset;
import baeum.data.Transform;
import baeum.data.Transforms;
import baeum.tensor.Rng;
import baeum.tensor.Tensor;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Data loading, transforms and metrics as the DSL shows them: {@code data.loader(train, 64)} after
 * {@code import static baeum.Baeum.*}.
 *
 * <pre>
 * jshell> var train = datasets.iris(); var model = nn.linear(4, 3);
 * jshell> for (var b : data.loader(train, 16).shuffle(true)) { var scores = model.forward(b.x()); }
 * jshell> var accuracy = data.accuracy(model.forward(train.x()), train.y());
 * </pre>
 */
public class DataFacade {
    protected DataFacade() {
    }

    /** Batches of {@code batchSize} examples; see shuffle, seed, dropLast.
     * <pre>jshell> data.loader(data.tensorDataset(zeros(10, 3), arange(10)), 4).size()
     * $1 ==> 3</pre> */
    public static DataLoader loader(Dataset dataset, int batchSize) {
        return new DataLoader(dataset, batchSize);
    }

    /** The dataset of examples (x[i], y[i]). Shape: x (N, ...), y (N, ...).
     * <pre>jshell> data.tensorDataset(zeros(10, 3), arange(10)).get(2).y()
     * $1 ==> tensor(2)</pre> */
    public static TensorDataset tensorDataset(Tensor x, Tensor y) {
        return new TensorDataset(x, y);
    }

    /** A dataset of inputs only (no targets: batches have {@code y()} null). Shape: x (N, ...).
     * <pre>jshell> data.tensorDataset(zeros(10, 3)).size()
     * $1 ==> 10</pre> */
    public static TensorDataset tensorDataset(Tensor x) {
        return new TensorDataset(x, null);
    }

    /** The examples of {@code dataset} at {@code indices}.
     * <pre>jshell> data.subset(data.tensorDataset(zeros(10, 3), arange(10)), 7, 2).get(0).y()
     * $1 ==> tensor(7)</pre> */
    public static Subset subset(Dataset dataset, int... indices) {
        return new Subset(dataset, indices);
    }

    /** Random non-overlapping parts of the given sizes (adding up to the dataset's size).
     * <pre>jshell> data.randomSplit(data.tensorDataset(zeros(10, 3)), 8, 2).get(1).size()
     * $1 ==> 2</pre> */
    public static List<Subset> randomSplit(Dataset dataset, int... lengths) {
        return Splits.randomSplit(dataset, lengths, Rng.generator());
    }

    /** Random parts of the given sizes, shuffled by a generator seeded with {@code seed}.
     * <pre>jshell> data.randomSplit(data.tensorDataset(zeros(10, 3)), new int[] {8, 2}, 0).get(0).size()
     * $1 ==> 8</pre> */
    public static List<Subset> randomSplit(Dataset dataset, int[] lengths, long seed) {
        return Splits.randomSplit(dataset, lengths, new Random(seed));
    }

    /** Random parts by fractions adding up to 1, e.g. {@code randomSplit(ds, 0.8, 0.2)}.
     * <pre>jshell> data.randomSplit(data.tensorDataset(zeros(10, 3)), 0.7, 0.3).get(0).size()
     * $1 ==> 7</pre> */
    public static List<Subset> randomSplit(Dataset dataset, double... fractions) {
        return Splits.randomSplit(dataset, fractions, Rng.generator());
    }

    /** Random parts by fractions, shuffled by a generator seeded with {@code seed}.
     * <pre>jshell> data.randomSplit(data.tensorDataset(zeros(10, 3)), new double[] {0.5, 0.5}, 0).get(1).size()
     * $1 ==> 5</pre> */
    public static List<Subset> randomSplit(Dataset dataset, double[] fractions, long seed) {
        return Splits.randomSplit(dataset, fractions, new Random(seed));
    }

    /** k cross-validation folds in the dataset's order (fold i validates on the i-th k-th).
     * <pre>jshell> data.kFold(data.tensorDataset(zeros(10, 3), arange(10)), 5).get(1).valid().indices()
     * $1 ==> int[2] { 2, 3 }</pre> */
    public static List<Splits.Fold> kFold(Dataset dataset, int k) {
        return Splits.kFold(dataset, k, null);
    }

    /** k cross-validation folds after a shuffle seeded with {@code seed}.
     * <pre>jshell> data.kFold(data.tensorDataset(zeros(10, 3)), 5, 0).get(0).train().size()
     * $1 ==> 8</pre> */
    public static List<Splits.Fold> kFold(Dataset dataset, int k, long seed) {
        return Splits.kFold(dataset, k, new Random(seed));
    }

    /** Applies the transforms left to right.
     * <pre>jshell> data.compose(x -> x.mul(2), x -> x.add(1)).apply(tensor(1f, 2f))
     * $1 ==> tensor([3., 5.])</pre> */
    @SafeVarargs
    public static Transform compose(UnaryOperator<Tensor>... transforms) {
        return Transforms.compose(transforms);
    }

    /** (x − mean[c]) / std[c] per channel. Shape: (C, H, W).
     * <pre>jshell> data.normalize(new double[] {0.5, 0}, new double[] {0.5, 2}).apply(ones(2, 1, 1)).reshape(-1)
     * $1 ==> tensor([1.0000, 0.5000])</pre> */
    public static Transform normalize(double[] mean, double[] std) {
        return Transforms.normalize(mean, std);
    }

    /** (x − mean) / std for every element.
     * <pre>jshell> data.normalize(0.5, 0.5).apply(tensor(0f, 1f))
     * $1 ==> tensor([-1.,  1.])</pre> */
    public static Transform normalize(double mean, double std) {
        return Transforms.normalize(new double[] {mean}, new double[] {std});
    }

    /** Pixels 0..255 (H, W[, C]) to floats in [0, 1], channels first. Shape: (C, H, W).
     * <pre>jshell> data.toTensor().apply(tensor(new float[][] {{0, 255}}))
     * $1 ==> tensor([[[0., 1.]]])</pre> */
    public static Transform toTensor() {
        return Transforms.toTensor();
    }

    /** A Java image to an RGB tensor in [0, 1]. Shape: (3, H, W).
     * <pre>jshell> data.toTensor(new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB)).shape()
     * $1 ==> (3, 3, 4)</pre> */
    public static Tensor toTensor(java.awt.image.BufferedImage image) {
        return Transforms.toTensor(image);
    }

    /** Mirrors left-right with probability 0.5.
     * <pre>jshell> data.randomHorizontalFlip()
     * $1 ==> RandomHorizontalFlip(p=0.5)</pre> */
    public static Transform randomHorizontalFlip() {
        return Transforms.randomHorizontalFlip(0.5);
    }

    /** Mirrors left-right with probability p.
     * <pre>jshell> data.randomHorizontalFlip(1.0).apply(tensor(new float[][] {{1, 2, 3}}))
     * $1 ==> tensor([[3., 2., 1.]])</pre> */
    public static Transform randomHorizontalFlip(double p) {
        return Transforms.randomHorizontalFlip(p);
    }

    /** Pads by {@code padding} zeros, then cuts a random size×size window.
     * <pre>jshell> data.randomCrop(28, 4).apply(zeros(1, 28, 28)).shape()
     * $1 ==> (1, 28, 28)</pre> */
    public static Transform randomCrop(int size, int padding) {
        return Transforms.randomCrop(size, padding);
    }

    /** Adds N(0, std²) noise.
     * <pre>jshell> Math.abs(data.gaussianNoise(0.1).apply(zeros(10000)).std().item() - 0.1) < 0.01
     * $1 ==> true</pre> */
    public static Transform gaussianNoise(double std) {
        return Transforms.gaussianNoise(0, std);
    }

    /** Adds N(mean, std²) noise.
     * <pre>jshell> Math.abs(data.gaussianNoise(5, 0.1).apply(zeros(10000)).mean().item() - 5) < 0.01
     * $1 ==> true</pre> */
    public static Transform gaussianNoise(double mean, double std) {
        return Transforms.gaussianNoise(mean, std);
    }

    /** mixup: mixes each example with another of the batch; soft targets (N, numClasses).
     * <pre>jshell> data.mixup(new baeum.data.Batch(zeros(4, 3), tensor(0L, 1L, 2L, 0L)), 0.2, 3).y().sum(1)
     * $1 ==> tensor([1., 1., 1., 1.])</pre> */
    public static Batch mixup(Batch batch, double alpha, int numClasses) {
        return Mixing.mixup(batch, alpha, numClasses);
    }

    /** cutmix: pastes a box from another example of the batch; soft targets (N, numClasses).
     * <pre>jshell> data.cutmix(new baeum.data.Batch(zeros(4, 1, 8, 8), tensor(0L, 1L, 2L, 0L)), 1.0, 3).y().sum(1)
     * $1 ==> tensor([1., 1., 1., 1.])</pre> */
    public static Batch cutmix(Batch batch, double alpha, int numClasses) {
        return Mixing.cutmix(batch, alpha, numClasses);
    }

    /** The fraction of correct predictions (scores (N, C) or labels (N) against labels (N)).
     * <pre>jshell> data.accuracy(tensor(new float[][] {{0.9f, 0.1f}, {0.2f, 0.8f}, {0.6f, 0.4f}}), tensor(0L, 1L, 1L))
     * $1 ==> 0.6666666666666666</pre> */
    public static double accuracy(Tensor predictions, Tensor targets) {
        return Metrics.accuracy(predictions, targets);
    }

    /** Counts [true class][predicted class]. Shape: (numClasses, numClasses) int64.
     * <pre>jshell> data.confusionMatrix(tensor(0L, 1L, 1L), tensor(0L, 1L, 0L), 2)
     * $1 ==> tensor([[1, 1],
     *         [0, 1]])</pre> */
    public static Tensor confusionMatrix(Tensor predictions, Tensor targets, int numClasses) {
        return Metrics.confusionMatrix(predictions, targets, numClasses);
    }

    /** Stops when a metric has not improved for {@code patience} epochs (see minDelta, mode).
     * <pre>jshell> var es = data.earlyStopping(2); es.step(1.0); es.step(1.1); es.step(1.2)
     * $1 ==> true</pre> */
    public static EarlyStopping earlyStopping(int patience) {
        return new EarlyStopping(patience);
    }
}
