package baeum.facade;

import baeum.data.Mnist;
import baeum.data.TensorDataset;
import baeum.data.Toy;
import baeum.tensor.Rng;
import baeum.storage.TensorError;
import java.util.List;
import java.util.Random;

/**
 * The datasets of the course, as the DSL shows them: {@code datasets.fashionMnist(true)} after
 * {@code import static baeum.Baeum.*}. Files are read from disk, never downloaded (see
 * {@link #fashionMnist}); the generated ones take a seed, or draw from the engine's generator
 * (reproducible after {@code manualSeed}).
 *
 * <pre>
 * jshell> var test = datasets.fashionMnist(false)
 * test ==> TensorDataset(size=10000, x=(10000, 1, 28, 28) FLOAT32, y=(10000) INT64)
 * jshell> var moons = datasets.twoMoons(200, 0.1, 0)
 * </pre>
 */
public class DatasetsFacade {
    protected DatasetsFacade() {
    }

    /**
     * Fashion-MNIST (Xiao et al., 2017): 28×28 grey images of ten kinds of clothing, 60,000 for
     * training ({@code train} true) or 10,000 for testing, pixels scaled to [0, 1]. Read from the
     * IDX files (gzip or not) in {@code $BAEUM_DATA}, {@code $BAEUM_DATA/fashion-mnist} or
     * {@code $BAEUM_DATA/FashionMNIST/raw}, else from the Debian package dataset-fashion-mnist.
     * Shape: x (N, 1, 28, 28), y (N) int64.
     * <pre>
     * jshell> datasets.fashionMnist(false).y().get(0)
     * $1 ==> tensor(9)
     * </pre>
     */
    public static TensorDataset fashionMnist(boolean train) {
        return Mnist.fashion(train);
    }

    /** The names of Fashion-MNIST's classes, by label.
     * <pre>jshell> datasets.fashionMnistClasses().get(9)
     * $1 ==> "Ankle boot"</pre> */
    public static List<String> fashionMnistClasses() {
        return Mnist.FASHION_CLASSES;
    }

    /**
     * MNIST handwritten digits, read from IDX files in {@code $BAEUM_DATA}, {@code $BAEUM_DATA/mnist}
     * or {@code $BAEUM_DATA/MNIST/raw}. Shape: x (N, 1, 28, 28), y (N) int64.
     * Not run by DocExamplesTest (the build ships no MNIST files): {@code jshell> datasets.mnist(false).x().shape()}
     * gives {@code (10000, 1, 28, 28)}.
     */
    public static TensorDataset mnist(boolean train) {
        return Mnist.digits(train);
    }

    /** Fisher's Iris: 150 flowers, 4 measurements in cm, 3 species. Shape: x (150, 4), y (150) int64.
     * <pre>jshell> datasets.iris()
     * $1 ==> TensorDataset(size=150, x=(150, 4) FLOAT32, y=(150) INT64)</pre> */
    public static TensorDataset iris() {
        return Toy.iris();
    }

    /** The names of Iris's species, by label.
     * <pre>jshell> datasets.irisClasses()
     * $1 ==> [setosa, versicolor, virginica]</pre> */
    public static List<String> irisClasses() {
        return Toy.IRIS_CLASSES;
    }

    /** XOR's truth table. Shape: x (4, 2), y (4, 1) float: 0, 1, 1, 0.
     * <pre>jshell> datasets.xor().y().reshape(-1)
     * $1 ==> tensor([0., 1., 1., 0.])</pre> */
    public static TensorDataset xor() {
        return Toy.gate(0, 1, 1, 0);
    }

    /** AND's truth table. Shape: x (4, 2), y (4, 1) float: 0, 0, 0, 1.
     * <pre>jshell> datasets.and().y().reshape(-1)
     * $1 ==> tensor([0., 0., 0., 1.])</pre> */
    public static TensorDataset and() {
        return Toy.gate(0, 0, 0, 1);
    }

    /** OR's truth table. Shape: x (4, 2), y (4, 1) float: 0, 1, 1, 1.
     * <pre>jshell> datasets.or().y().reshape(-1)
     * $1 ==> tensor([0., 1., 1., 1.])</pre> */
    public static TensorDataset or() {
        return Toy.gate(0, 1, 1, 1);
    }

    /** Two interleaved half moons with Gaussian noise (scikit-learn's make_moons). Shape: x (n, 2), y (n).
     * <pre>jshell> datasets.twoMoons(200, 0.1, 0).x().shape()
     * $1 ==> (200, 2)</pre> */
    public static TensorDataset twoMoons(int n, double noise, long seed) {
        return Toy.twoMoons(positive("twoMoons", n), noise, new Random(seed));
    }

    /** Two moons drawn from the engine's generator.
     * <pre>jshell> datasets.twoMoons(100, 0.0).y().sum().item()
     * $1 ==> 50.0</pre> */
    public static TensorDataset twoMoons(int n, double noise) {
        return Toy.twoMoons(positive("twoMoons", n), noise, Rng.generator());
    }

    /** {@code classes} interleaved spiral arms (CS231n). Shape: x (classes·perClass, 2), y int64.
     * <pre>jshell> datasets.spirals(100, 3, 0.2, 0).x().shape()
     * $1 ==> (300, 2)</pre> */
    public static TensorDataset spirals(int perClass, int classes, double noise, long seed) {
        return Toy.spirals(positive("spirals", perClass), positive("spirals", classes), noise, new Random(seed));
    }

    /** Spirals drawn from the engine's generator.
     * <pre>jshell> datasets.spirals(50, 2, 0.0).y().shape()
     * $1 ==> (100)</pre> */
    public static TensorDataset spirals(int perClass, int classes, double noise) {
        return Toy.spirals(positive("spirals", perClass), positive("spirals", classes), noise, Rng.generator());
    }

    /** y = x·w + b + N(0, noise²), x ~ N(0, 1). Shape: x (n, len(w)), y (n, 1).
     * <pre>jshell> var ds = datasets.linearRegression(4, new double[] {2}, 1, 0, 0); ds.y().sub(ds.x().mul(2).add(1)).abs().max().item() < 1e-5
     * $1 ==> true</pre> */
    public static TensorDataset linearRegression(int n, double[] w, double b, double noise, long seed) {
        return Toy.linearRegression(positive("linearRegression", n), w, b, noise, new Random(seed));
    }

    /** The lecture's example: w = (2, −3.4), b = 4.2, noise 0.01. Shape: x (n, 2), y (n, 1).
     * <pre>jshell> datasets.linearRegression(1000, 0).y().shape()
     * $1 ==> (1000, 1)</pre> */
    public static TensorDataset linearRegression(int n, long seed) {
        return linearRegression(n, new double[] {2, -3.4}, 4.2, 0.01, seed);
    }

    private static int positive(String op, int n) {
        if (n <= 0) throw new TensorError("datasets." + op + ": the number of points must be > 0, got " + n);
        return n;
    }
}
