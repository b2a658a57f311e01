package baeum.nn;

/**
 * Activation layer factories of the {@code nn.*} facade: each returns an {@link Activation} (or
 * {@link PReLU}) printed under PyTorch's class name. The functional forms are in {@link NnFunctions}.
 */
public class NnActivations extends NnLayers {
    protected NnActivations() {}

    /** {@code Sigmoid()}: 1 / (1 + exp(-x)). */
    public static Activation sigmoid() {
        return new Activation("Sigmoid", "", Functions::sigmoid);
    }

    /** {@code Tanh()}. */
    public static Activation tanh() {
        return new Activation("Tanh", "", Functions::tanh);
    }

    /** {@code ReLU()}: max(0, x). */
    public static Activation relu() {
        return new Activation("ReLU", "", Functions::relu);
    }

    /** {@code LeakyReLU(negative_slope=0.01)}. */
    public static Activation leakyRelu() {
        return leakyRelu(0.01);
    }

    /** A {@code LeakyReLU(negative_slope)} layer. Shape: any. */
    public static Activation leakyRelu(double negativeSlope) {
        return new Activation("LeakyReLU", "negative_slope=" + Repr.number(negativeSlope),
                x -> Functions.leakyRelu(x, negativeSlope));
    }

    /** {@code PReLU()}: one learnable slope, initially 0.25. */
    public static PReLU prelu() {
        return new PReLU();
    }

    /** {@code PReLU(num_parameters)} with one slope per channel, initially {@code init}. */
    public static PReLU prelu(int numParameters, double init) {
        return new PReLU(numParameters, init);
    }

    /** {@code ELU(alpha=1.0)}. */
    public static Activation elu() {
        return elu(1.0);
    }

    /** An {@code ELU(alpha)} layer. Shape: any. */
    public static Activation elu(double alpha) {
        return new Activation("ELU", "alpha=" + Repr.number(alpha), x -> Functions.elu(x, alpha));
    }

    /** {@code GELU(approximate='none')}: x Φ(x), exact. */
    public static Activation gelu() {
        return gelu("none");
    }

    /** {@code GELU(approximate)} with {@code "none"} or {@code "tanh"}. */
    public static Activation gelu(String approximate) {
        if (!approximate.equals("none") && !approximate.equals("tanh")) {
            throw new baeum.storage.TensorError("gelu: approximate must be \"none\" or \"tanh\", got \"" + approximate + "\"");
        }
        return new Activation("GELU", "approximate='" + approximate + "'", x -> Functions.gelu(x, approximate));
    }

    /** {@code SiLU()}: x σ(x). */
    public static Activation silu() {
        return new Activation("SiLU", "", Functions::silu);
    }

    /** Swish is SiLU: {@code SiLU()}. */
    public static Activation swish() {
        return silu();
    }

    /** {@code Softplus(beta=1, threshold=20)}. */
    public static Activation softplus() {
        return softplus(1, 20);
    }

    /** A {@code Softplus(beta, threshold)} layer. Shape: any. */
    public static Activation softplus(double beta, double threshold) {
        return new Activation("Softplus", "beta=" + num(beta) + ", threshold=" + num(threshold),
                x -> Functions.softplus(x, beta, threshold));
    }

    /** {@code Softmax(dim)}. */
    public static Activation softmax(int dim) {
        return new Activation("Softmax", "dim=" + dim, x -> Functions.softmax(x, dim));
    }

    /** {@code LogSoftmax(dim)}. */
    public static Activation logSoftmax(int dim) {
        return new Activation("LogSoftmax", "dim=" + dim, x -> Functions.logSoftmax(x, dim));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Repr.number(v);
    }
}
