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

    /** Batches of {@code batchSize} examples; see shuffle, seed, dropLast. */
    public static DataLoader loader(Dataset dataset, int batchSize) {
        return new DataLoader(dataset, batchSize);
    }

    /** The dataset of examples (x[i], y[i]). Shape: x (N, ...), y (N, ...). */
    public static TensorDataset tensorDataset(Tensor x, Tensor y) {
        return new TensorDataset(x, y);
    }

    /** A dataset of inputs only (no targets: batches have {@code y()} null). Shape: x (N, ...). */
    public static TensorDataset tensorDataset(Tensor x) {
        return new TensorDataset(x, null);
    }

    /** The examples of {@code dataset} at {@code indices}. */
    public static Subset subset(Dataset dataset, int... indices) {
        return new Subset(dataset, indices);
    }

    /** Random non-overlapping parts of the given sizes (adding up to the dataset's size). */
    public static List<Subset> randomSplit(Dataset dataset, int... lengths) {
        return Splits.randomSplit(dataset, lengths, Rng.generator());
    }

    /** Random parts of the given sizes, shuffled by a generator seeded with {@code seed}. */
    public static List<Subset> randomSplit(Dataset dataset, int[] lengths, long seed) {
        return Splits.randomSplit(dataset, lengths, new Random(seed));
    }

    /** Random parts by fractions adding up to 1, e.g. {@code randomSplit(ds, 0.8, 0.2)}. */
    public static List<Subset> randomSplit(Dataset dataset, double... fractions) {
        return Splits.randomSplit(dataset, fractions, Rng.generator());
    }

    /** Random parts by fractions, shuffled by a generator seeded with {@code seed}. */
    public static List<Subset> randomSplit(Dataset dataset, double[] fractions, long seed) {
        return Splits.randomSplit(dataset, fractions, new Random(seed));
    }

    /** k cross-validation folds in the dataset's order (fold i validates on the i-th k-th). */
    public static List<Splits.Fold> kFold(Dataset dataset, int k) {
        return Splits.kFold(dataset, k, null);
    }

    /** k cross-validation folds after a shuffle seeded with {@code seed}. */
    public static List<Splits.Fold> kFold(Dataset dataset, int k, long seed) {
        return Splits.kFold(dataset, k, new Random(seed));
    }

    /** Applies the transforms left to right. */
    @SafeVarargs
    public static Transform compose(UnaryOperator<Tensor>... transforms) {
        return Transforms.compose(transforms);
    }

    /** (x − mean[c]) / std[c] per channel. Shape: (C, H, W). */
    public static Transform normalize(double[] mean, double[] std) {
        return Transforms.normalize(mean, std);
    }

    /** (x − mean) / std for every element. */
    public static Transform normalize(double mean, double std) {
        return Transforms.normalize(new double[] {mean}, new double[] {std});
    }

    /** Pixels 0..255 (H, W[, C]) to floats in [0, 1], channels first. Shape: (C, H, W). */
    public static Transform toTensor() {
        return Transforms.toTensor();
    }

    /** A Java image to an RGB tensor in [0, 1]. Shape: (3, H, W). */
    public static Tensor toTensor(java.awt.image.BufferedImage image) {
        return Transforms.toTensor(image);
    }

    /** Mirrors left-right with probability 0.5. */
    public static Transform randomHorizontalFlip() {
        return Transforms.randomHorizontalFlip(0.5);
    }

    /** Mirrors left-right with probability p. */
    public static Transform randomHorizontalFlip(double p) {
        return Transforms.randomHorizontalFlip(p);
    }

    /** Pads by {@code padding} zeros, then cuts a random size×size window. */
    public static Transform randomCrop(int size, int padding) {
        return Transforms.randomCrop(size, padding);
    }

    /** Adds N(0, std²) noise. */
    public static Transform gaussianNoise(double std) {
        return Transforms.gaussianNoise(0, std);
    }

    /** Adds N(mean, std²) noise. */
    public static Transform gaussianNoise(double mean, double std) {
        return Transforms.gaussianNoise(mean, std);
    }

    /** mixup: mixes each example with another of the batch; soft targets (N, numClasses). */
    public static Batch mixup(Batch batch, double alpha, int numClasses) {
        return Mixing.mixup(batch, alpha, numClasses);
    }

    /** cutmix: pastes a box from another example of the batch; soft targets (N, numClasses). */
    public static Batch cutmix(Batch batch, double alpha, int numClasses) {
        return Mixing.cutmix(batch, alpha, numClasses);
    }

    /** The fraction of correct predictions (scores (N, C) or labels (N) against labels (N)). */
    public static double accuracy(Tensor predictions, Tensor targets) {
        return Metrics.accuracy(predictions, targets);
    }

    /** Counts [true class][predicted class]. Shape: (numClasses, numClasses) int64. */
    public static Tensor confusionMatrix(Tensor predictions, Tensor targets, int numClasses) {
        return Metrics.confusionMatrix(predictions, targets, numClasses);
    }

    /** Stops when a metric has not improved for {@code patience} epochs (see minDelta, mode). */
    public static EarlyStopping earlyStopping(int patience) {
        return new EarlyStopping(patience);
    }
}
