package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Weight initialisation, as {@code torch.nn.init}: each method fills a tensor in place (outside
 * autograd) from the engine's random generator (seeded by {@code manualSeed}) and returns it.
 * Reached as {@code nn.init.xavierUniform(w)}.
 *
 * <p>Fans, for a weight of shape {@code (out, in, k...)}: {@code fanIn = in * prod(k)},
 * {@code fanOut = out * prod(k)}.
 *
 * <pre>
 * jshell> var w = nn.init.kaimingUniform(empty(256, 784), 0, "fan_in", "relu")  // U(-b, b), b = sqrt(2) * sqrt(3 / 784)
 * </pre>
 */
public class Init {
    protected Init() {}

    /** The recommended gain for a nonlinearity: 1 (linear, conv*, sigmoid), 5/3 (tanh), sqrt(2) (relu), sqrt(2/(1+slope²)) (leaky_relu), 3/4 (selu).
     * <pre>jshell> nn.init.calculateGain("tanh")
     * $1 ==> 1.6666666666666667</pre> */
    public static double calculateGain(String nonlinearity) {
        return calculateGain(nonlinearity, Double.NaN);
    }

    /** As {@link #calculateGain(String)}; {@code param} is leaky_relu's negative slope (NaN: the default 0.01).
     * <pre>jshell> nn.init.calculateGain("leaky_relu", 0.2)
     * $1 ==> 1.3867504905630728</pre> */
    public static double calculateGain(String nonlinearity, double param) {
        return switch (nonlinearity) {
            case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
                 "conv_transpose3d", "sigmoid" -> 1.0;
            case "tanh" -> 5.0 / 3;
            case "relu" -> Math.sqrt(2.0);
            case "leaky_relu" -> {
                double slope = Double.isNaN(param) ? 0.01 : param;
                yield Math.sqrt(2.0 / (1 + slope * slope));
            }
            case "selu" -> 3.0 / 4;
            default -> throw new TensorError("calculateGain: unsupported nonlinearity \"" + nonlinearity
                    + "\"; use linear, conv1d, conv2d, sigmoid, tanh, relu, leaky_relu or selu");
        };
    }

    /** Fills with values from U(a, b). Shape: any.
     * <pre>jshell> var w = nn.init.uniform(empty(1000), -2, 3); w.min().item() >= -2 && w.max().item() <= 3
     * $1 ==> true</pre> */
    public static Tensor uniform(Tensor t, double a, double b) {
        t.data().uniform_(a, b);
        return t;
    }

    /** Fills with values from U(0, 1).
     * <pre>jshell> var w = nn.init.uniform(empty(1000)); w.min().item() >= 0 && w.max().item() <= 1
     * $1 ==> true</pre> */
    public static Tensor uniform(Tensor t) {
        return uniform(t, 0, 1);
    }

    /** Fills with values from N(mean, std²).
     * <pre>jshell> Math.abs(nn.init.normal(empty(10000), 3, 0.5).mean().item() - 3) < 0.05
     * $1 ==> true</pre> */
    public static Tensor normal(Tensor t, double mean, double std) {
        t.data().normal_(mean, std);
        return t;
    }

    /** Fills with values from N(0, 1).
     * <pre>jshell> Math.abs(nn.init.normal(empty(10000)).std().item() - 1) < 0.05
     * $1 ==> true</pre> */
    public static Tensor normal(Tensor t) {
        return normal(t, 0, 1);
    }

    /** Fills with {@code value}. Shape: any.
     * <pre>jshell> nn.init.constant(empty(3), 0.5)
     * $1 ==> tensor([0.5000, 0.5000, 0.5000])</pre> */
    public static Tensor constant(Tensor t, double value) {
        t.data().fill_(value);
        return t;
    }

    /** Fills with 0. Shape: any.
     * <pre>jshell> nn.init.zeros(empty(2))
     * $1 ==> tensor([0., 0.])</pre> */
    public static Tensor zeros(Tensor t) {
        return constant(t, 0);
    }

    /** Fills with 1. Shape: any.
     * <pre>jshell> nn.init.ones(empty(2))
     * $1 ==> tensor([1., 1.])</pre> */
    public static Tensor ones(Tensor t) {
        return constant(t, 1);
    }

    /** Glorot: U(-a, a) with {@code a = gain * sqrt(6 / (fanIn + fanOut))}. Shape: at least 2-d.
     * <pre>jshell> var b = 2 * Math.sqrt(6.0 / 300); var m = nn.init.xavierUniform(empty(100, 200), 2).abs().max().item(); m <= 1.0001 * b && m > 0.99 * b
     * $1 ==> true</pre> */
    public static Tensor xavierUniform(Tensor t, double gain) {
        int[] fans = fans(t, "xavierUniform");
        double std = gain * Math.sqrt(2.0 / (fans[0] + fans[1]));
        return uniform(t, -Math.sqrt(3.0) * std, Math.sqrt(3.0) * std);
    }

    /** {@link #xavierUniform(Tensor, double)} with gain 1.
     * <pre>jshell> var b = Math.sqrt(6.0 / 300); var m = nn.init.xavierUniform(empty(100, 200)).abs().max().item(); m <= 1.0001 * b && m > 0.99 * b
     * $1 ==> true</pre> */
    public static Tensor xavierUniform(Tensor t) {
        return xavierUniform(t, 1.0);
    }

    /** Glorot: N(0, std²) with {@code std = gain * sqrt(2 / (fanIn + fanOut))}.
     * <pre>jshell> Math.abs(nn.init.xavierNormal(empty(100, 200), 2).std().item() - 2 * Math.sqrt(2.0 / 300)) < 0.003
     * $1 ==> true</pre> */
    public static Tensor xavierNormal(Tensor t, double gain) {
        int[] fans = fans(t, "xavierNormal");
        return normal(t, 0, gain * Math.sqrt(2.0 / (fans[0] + fans[1])));
    }

    /** {@link #xavierNormal(Tensor, double)} with gain 1.
     * <pre>jshell> Math.abs(nn.init.xavierNormal(empty(100, 200)).std().item() - Math.sqrt(2.0 / 300)) < 0.003
     * $1 ==> true</pre> */
    public static Tensor xavierNormal(Tensor t) {
        return xavierNormal(t, 1.0);
    }

    /**
     * He: U(-b, b) with {@code b = gain * sqrt(3 / fan)}, {@code gain = calculateGain(nonlinearity, a)},
     * {@code fan} = fanIn (mode {@code "fan_in"}) or fanOut ({@code "fan_out"}).
     * <pre>
     * jshell> var b = Math.sqrt(2) * Math.sqrt(3.0 / 784); var m = nn.init.kaimingUniform(empty(256, 784), 0, "fan_in", "relu").abs().max().item(); m <= 1.0001 * b && m > 0.99 * b
     * $1 ==> true
     * </pre>
     */
    public static Tensor kaimingUniform(Tensor t, double a, String mode, String nonlinearity) {
        double std = calculateGain(nonlinearity, a) / Math.sqrt(fan(t, mode, "kaimingUniform"));
        return uniform(t, -Math.sqrt(3.0) * std, Math.sqrt(3.0) * std);
    }

    /** PyTorch's defaults: {@code a = 0}, mode {@code "fan_in"}, nonlinearity {@code "leaky_relu"}.
     * <pre>jshell> var b = Math.sqrt(2) * Math.sqrt(3.0 / 784); var m = nn.init.kaimingUniform(empty(256, 784)).abs().max().item(); m <= 1.0001 * b && m > 0.99 * b
     * $1 ==> true</pre> */
    public static Tensor kaimingUniform(Tensor t) {
        return kaimingUniform(t, 0, "fan_in", "leaky_relu");
    }

    /** He: N(0, std²) with {@code std = gain / sqrt(fan)}.
     * <pre>jshell> Math.abs(nn.init.kaimingNormal(empty(256, 784), 0, "fan_out", "relu").std().item() - Math.sqrt(2.0 / 256)) < 0.002
     * $1 ==> true</pre> */
    public static Tensor kaimingNormal(Tensor t, double a, String mode, String nonlinearity) {
        return normal(t, 0, calculateGain(nonlinearity, a) / Math.sqrt(fan(t, mode, "kaimingNormal")));
    }

    /** PyTorch's defaults: {@code a = 0}, mode {@code "fan_in"}, nonlinearity {@code "leaky_relu"}.
     * <pre>jshell> Math.abs(nn.init.kaimingNormal(empty(256, 784)).std().item() - Math.sqrt(2.0 / 784)) < 0.002
     * $1 ==> true</pre> */
    public static Tensor kaimingNormal(Tensor t) {
        return kaimingNormal(t, 0, "fan_in", "leaky_relu");
    }

    private static int fan(Tensor t, String mode, String op) {
        int[] fans = fans(t, op);
        return switch (mode) {
            case "fan_in" -> fans[0];
            case "fan_out" -> fans[1];
            default -> throw new TensorError(op + ": mode must be \"fan_in\" or \"fan_out\", got \"" + mode + "\"");
        };
    }

    /** {@code {fanIn, fanOut}} of a weight of shape {@code (out, in, k...)}. */
    static int[] fans(Tensor t, String op) {
        if (t.dim() < 2) {
            throw new TensorError(op + ": fan in and fan out cannot be computed for a tensor with fewer than"
                    + " 2 dimensions, got shape " + t.shape());
        }
        int receptive = 1;
        for (int d = 2; d < t.dim(); d++) {
            receptive *= t.size(d);
        }
        return new int[] {t.size(1) * receptive, t.size(0) * receptive};
    }

    /** PyTorch's default for linear and conv layers: weight Kaiming-uniform with a = sqrt(5) (U(-1/sqrt(fanIn), 1/sqrt(fanIn))), bias U(-1/sqrt(fanIn), 1/sqrt(fanIn)). */
    static void defaultLinear(Tensor weight, Tensor bias) {
        kaimingUniform(weight, Math.sqrt(5), "fan_in", "leaky_relu");
        if (bias != null) {
            int fanIn = fans(weight, "init")[0];
            double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            uniform(bias, -bound, bound);
        }
    }
}
