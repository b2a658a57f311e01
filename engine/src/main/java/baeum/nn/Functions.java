package baeum.nn;

import baeum.tensor.GradMode;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * The functional forms of layers and activations, as {@code torch.nn.functional}: each takes
 * its input (and weights) and returns a new tensor in the autograd graph. Reached as
 * {@code nn.relu(x)}, {@code nn.linear(x, w, b)}, ...
 */
public final class Functions {
    private Functions() {}

    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    /**
     * {@code x · Wᵀ + b}. Shape: x {@code (*, in)}, weight {@code (out, in)}, bias {@code (out)} or null; output {@code (*, out)}.
     *
     * <pre>
     * jshell> nn.linear(tensor(1f, 2f), tensor(new float[][] {{1, 1}, {0, 1}}), tensor(0.5f, 0f))
     * $1 ==> tensor([3.5000, 2.0000])
     * </pre>
     */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        if (weight.dim() != 2 || x.dim() == 0 || x.size(-1) != weight.size(1)) {
            throw new TensorError("linear: input " + x.shape() + " does not fit weight " + weight.shape()
                    + "; the input's last dimension must equal the weight's second");
        }
        return baeum.tensor.Linear.apply(x, weight, bias);          // the engine's fused x Wᵀ + b
    }

    /** max(0, x), elementwise. Shape: any. {@code jshell> nn.relu(tensor(-1f, 2f))} gives {@code tensor([0., 2.])}. */
    public static Tensor relu(Tensor x) {
        return x.relu();
    }

    /** 1 / (1 + exp(-x)). Shape: any. */
    public static Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    /** tanh(x). Shape: any. */
    public static Tensor tanh(Tensor x) {
        return x.tanh();
    }

    /** x for x > 0, else {@code slope * x}. Shape: any. {@code jshell> nn.leakyRelu(tensor(-2f, 3f), 0.1)} gives {@code tensor([-0.2000, 3.0000])}. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        return NnTensors.where(x.gt(0), x, x.mul(negativeSlope));
    }

    /**
     * x for x > 0, else {@code a * x} with a learnable {@code weight} {@code a} of shape (1) or (C),
     * C being the channel dimension 1 of the input. Shape: any; output same as input.
     */
    public static Tensor prelu(Tensor x, Tensor weight) {
        Tensor a = weight;
        if (weight.numel() != 1) {
            if (x.dim() < 2 || x.size(1) != weight.numel()) {
                throw new TensorError("prelu: weight of " + weight.numel() + " parameters needs an input with "
                        + weight.numel() + " channels in dimension 1, got " + x.shape());
            }
            int[] shape = new int[x.dim()];
            java.util.Arrays.fill(shape, 1);
            shape[1] = (int) weight.numel();
            a = weight.reshape(shape);
        }
        return NnTensors.where(x.gt(0), x, x.mul(a));
    }

    /** x for x > 0, else {@code alpha * (exp(x) - 1)}. Shape: any. */
    public static Tensor elu(Tensor x, double alpha) {
        return NnTensors.where(x.gt(0), x, x.clamp(Double.NEGATIVE_INFINITY, 0).exp().sub(1).mul(alpha));
    }

    /**
     * Gaussian error linear unit: {@code x * Φ(x)} with {@code approximate} {@code "none"} (exact,
     * through erf) or {@code "tanh"} ({@code 0.5x(1 + tanh(sqrt(2/π)(x + 0.044715x³)))}). Shape: any.
     */
    public static Tensor gelu(Tensor x, String approximate) {
        boolean exact = switch (approximate) {
            case "none" -> true;
            case "tanh" -> false;
            default -> throw new TensorError("gelu: approximate must be \"none\" or \"tanh\", got \"" + approximate + "\"");
        };
        Tensor y, slope = null;
        try (var off = GradMode.disable()) {
            if (exact) {                                      // Φ(x) = (1 + erf(x / √2)) / 2; dy/dx = Φ(x) + x φ(x)
                Tensor onePlusErf = x.mul(1 / Math.sqrt(2)).erf().add(1);
                y = x.mul(onePlusErf).mul(0.5);
                if (x.requiresGrad()) {
                    slope = onePlusErf.mul(0.5).add(x.mul(x.mul(x).mul(-0.5).exp()).mul(1 / Math.sqrt(2 * Math.PI)));
                }
            } else {                                          // t = tanh(u(x)); dy/dx = (1 + t)/2 + x (1 - t²) u'(x) / 2
                Tensor t = x.mul(x).mul(x).mul(0.044715).add(x).mul(SQRT_2_OVER_PI).tanh();
                y = x.mul(t.add(1)).mul(0.5);
                if (x.requiresGrad()) {
                    Tensor du = x.mul(x).mul(3 * 0.044715).add(1).mul(SQRT_2_OVER_PI);
                    slope = t.add(1).mul(0.5).add(x.mul(t.mul(t).neg().add(1)).mul(du).mul(0.5));
                }
            }
        }
        Tensor dydx = slope;
        return NnNode.record("GeluBackward0", y, (g, needs) -> new Tensor[] {g.mul(dydx)}, x);
    }

    public static Tensor gelu(Tensor x) {
        return gelu(x, "none");
    }

    /** {@code x * sigmoid(x)} (also called swish). Shape: any. */
    public static Tensor silu(Tensor x) {
        return x.mul(x.sigmoid());
    }

    /**
     * {@code log(1 + exp(beta * x)) / beta}, and x itself where {@code beta * x > threshold}
     * (PyTorch's defaults: beta 1, threshold 20). Shape: any.
     */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        Tensor bx = x.mul(beta);
        Tensor soft = bx.clamp(Double.NEGATIVE_INFINITY, threshold).exp().add(1).log().div(beta);
        return NnTensors.where(bx.gt(threshold), x, soft);
    }

    public static Tensor softplus(Tensor x) {
        return softplus(x, 1, 20);
    }

    /** exp(x) / Σ exp(x) along {@code dim}. Shape: any; output same as input. */
    public static Tensor softmax(Tensor x, int dim) {
        return x.softmax(dim);
    }

    /** log(softmax(x)) along {@code dim}, computed stably. Shape: any. */
    public static Tensor logSoftmax(Tensor x, int dim) {
        return x.logSoftmax(dim);
    }

    /**
     * Zeroes each element with probability {@code p} and scales the rest by {@code 1/(1-p)} when
     * {@code training}; the identity otherwise. Shape: any.
     */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        checkP("dropout", p);
        if (!training || p == 0) {
            return x;
        }
        if (p == 1) {
            return x.mul(0);
        }
        return x.maskedFill(NnTensors.rand(x.shape().toArray()).lt(p), 0).mul(1 / (1 - p));
    }

    /**
     * Zeroes whole channels: for input {@code (N, C, H, W)} (or {@code (C, H, W)}), each channel
     * is zeroed with probability {@code p} and the rest scaled by {@code 1/(1-p)} when training.
     */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        checkP("dropout2d", p);
        if (x.dim() != 3 && x.dim() != 4) {
            throw new TensorError("dropout2d: expected a 3-d (C, H, W) or 4-d (N, C, H, W) input, got " + x.shape());
        }
        if (!training || p == 0) {
            return x;
        }
        int[] maskShape = x.shape().toArray();
        for (int d = x.dim() - 2; d < x.dim(); d++) {
            maskShape[d] = 1;
        }
        if (p == 1) {
            return x.mul(0);
        }
        return x.maskedFill(NnTensors.rand(maskShape).lt(p), 0).mul(1 / (1 - p));
    }

    static void checkP(String op, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new TensorError(op + ": probability has to be between 0 and 1, but got " + p);
        }
    }
}
