package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Functional forms of the {@code nn.*} facade, as {@code torch.nn.functional}: {@code nn.relu(x)},
 * {@code nn.conv2d(x, w, b)}, {@code nn.dropout(x, 0.5, true)}, {@code nn.oneHot(y, 10)}. The
 * implementations and their shapes are in {@link Functions}, {@link Convolutions}, {@link Pooling},
 * {@link Normalization}.
 */
public class NnFunctions extends NnActivations {
    protected NnFunctions() {}

    /** x Wᵀ + b. Shape: x {@code (*, in)}, weight {@code (out, in)}, bias {@code (out)} or null; output {@code (*, out)}. */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        return Functions.linear(x, weight, bias);
    }

    /** Conv with stride 1, no padding. */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias) {
        return Convolutions.conv1d(x, weight, bias, 1, 0, 1, 1);
    }

    /** 1-d convolution (see {@link Convolutions#conv1d}). Shape: {@code (N, Cin, L)} to {@code (N, Cout, OL)}. */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return Convolutions.conv1d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** Conv with stride 1, no padding. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias) {
        return conv2d(x, weight, bias, 1, 0, 1, 1);
    }

    /** 2-d convolution (see {@link Convolutions#conv2d}). Shape: {@code (N, Cin, H, W)} to {@code (N, Cout, OH, OW)}. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return Convolutions.conv2d(x, weight, bias, new int[] {stride, stride}, new int[] {padding, padding},
                new int[] {dilation, dilation}, groups);
    }

    /** 2-d convolution (see {@link Convolutions#conv2d}). Shape: {@code (N, Cin, H, W)} to {@code (N, Cout, OH, OW)}. */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return Convolutions.conv2d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** Transposed convolution; see {@link Convolutions#convTranspose2d}. */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding,
                                         int groups, int[] dilation) {
        return Convolutions.convTranspose2d(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** Max pooling with a square window {@code k} and stride {@code k}. */
    public static Tensor maxPool2d(Tensor x, int kernelSize) {
        return maxPool2d(x, kernelSize, kernelSize, 0);
    }

    /** Max pooling (see {@link Pooling#maxPool2d}). Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static Tensor maxPool2d(Tensor x, int kernelSize, int stride, int padding) {
        return Pooling.maxPool2d(x, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, new int[] {1, 1}, false);
    }

    /** Average pooling with a square window {@code k} and stride {@code k}. */
    public static Tensor avgPool2d(Tensor x, int kernelSize) {
        return avgPool2d(x, kernelSize, kernelSize, 0);
    }

    /** Average pooling (see {@link Pooling#avgPool2d}). Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static Tensor avgPool2d(Tensor x, int kernelSize, int stride, int padding) {
        return Pooling.avgPool2d(x, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, false, true);
    }

    /** Adaptive average pooling to {@code (outH, outW)}. Shape: {@code (N, C, H, W)} to {@code (N, C, outH, outW)}. */
    public static Tensor adaptiveAvgPool2d(Tensor x, int outH, int outW) {
        return Pooling.adaptiveAvgPool2d(x, outH, outW);
    }

    /** Dropout: zeroes with probability p and scales by 1/(1-p) when training. Shape: any. */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        return Functions.dropout(x, p, training);
    }

    /** Channel dropout when training. Shape: {@code (N, C, H, W)} or {@code (C, H, W)}. */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        return Functions.dropout2d(x, p, training);
    }

    /** Batch normalization (see {@link Normalization#batchNorm}). Shape: {@code (N, C, *)}; stats, weight, bias {@code (C)}. */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        return Normalization.batchNorm(x, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    /** Layer normalization over the last dimensions. Shape: {@code (*, normalizedShape)}. */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return Normalization.layerNorm(x, normalizedShape, weight, bias, eps);
    }

    /** Group normalization. Shape: {@code (N, C, *)}; weight, bias {@code (C)}. */
    public static Tensor groupNorm(Tensor x, int numGroups, Tensor weight, Tensor bias, double eps) {
        return Normalization.groupNorm(x, numGroups, weight, bias, eps);
    }

    /** Rows of {@code weight} {@code (V, D)} picked by int64 {@code indices} {@code (*)}: output {@code (*, D)}. */
    public static Tensor embedding(Tensor indices, Tensor weight) {
        return Embedding.embedding(indices, weight, -1, "embedding");
    }

    /** max(0, x). Shape: any. */
    public static Tensor relu(Tensor x) {
        return Functions.relu(x);
    }

    /** 1 / (1 + exp(-x)). Shape: any. */
    public static Tensor sigmoid(Tensor x) {
        return Functions.sigmoid(x);
    }

    /** tanh(x). Shape: any. */
    public static Tensor tanh(Tensor x) {
        return Functions.tanh(x);
    }

    /** Slope 0.01 for negative inputs. */
    public static Tensor leakyRelu(Tensor x) {
        return Functions.leakyRelu(x, 0.01);
    }

    /** x for x > 0, else slope * x. Shape: any. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        return Functions.leakyRelu(x, negativeSlope);
    }

    /** x for x > 0, else weight * x (weight per channel, dim 1). Shape: any. */
    public static Tensor prelu(Tensor x, Tensor weight) {
        return Functions.prelu(x, weight);
    }

    /** x for x > 0, else alpha (exp(x) - 1). Shape: any. */
    public static Tensor elu(Tensor x) {
        return Functions.elu(x, 1.0);
    }

    /** x for x > 0, else alpha (exp(x) - 1). Shape: any. */
    public static Tensor elu(Tensor x, double alpha) {
        return Functions.elu(x, alpha);
    }

    /** x Φ(x) (exact, or the tanh approximation). Shape: any. */
    public static Tensor gelu(Tensor x) {
        return Functions.gelu(x, "none");
    }

    /** x Φ(x) (exact, or the tanh approximation). Shape: any. */
    public static Tensor gelu(Tensor x, String approximate) {
        return Functions.gelu(x, approximate);
    }

    /** x σ(x). Shape: any. */
    public static Tensor silu(Tensor x) {
        return Functions.silu(x);
    }

    /** x σ(x) (the same as silu). Shape: any. */
    public static Tensor swish(Tensor x) {
        return Functions.silu(x);
    }

    /** log(1 + exp(beta x)) / beta, linear above the threshold. Shape: any. */
    public static Tensor softplus(Tensor x) {
        return Functions.softplus(x, 1, 20);
    }

    /** log(1 + exp(beta x)) / beta, linear above the threshold. Shape: any. */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        return Functions.softplus(x, beta, threshold);
    }

    /** exp(x) / Σ exp(x) along dim. Shape: any. */
    public static Tensor softmax(Tensor x, int dim) {
        return Functions.softmax(x, dim);
    }

    /** log(softmax(x)) along dim. Shape: any. */
    public static Tensor logSoftmax(Tensor x, int dim) {
        return Functions.logSoftmax(x, dim);
    }

    /** One-hot int64 encoding with {@code max(labels) + 1} classes. Shape: {@code (*)} to {@code (*, C)}. */
    public static Tensor oneHot(Tensor labels) {
        return OneHot.apply(labels, -1);
    }

    /**
     * One-hot int64 encoding: {@code out[..., c] = 1} where {@code c} is the label.
     * Shape: int64 {@code (*)} to {@code (*, numClasses)}.
     *
     * <pre>
     * jshell> nn.oneHot(tensor(0L, 2L), 3)
     * $1 ==> tensor([[1, 0, 0], [0, 0, 1]])
     * </pre>
     */
    public static Tensor oneHot(Tensor labels, int numClasses) {
        return OneHot.apply(labels, numClasses);
    }

    /** The bool mask {@code (L, L)} that is true above the diagonal: position i may not attend to j > i. */
    public static Tensor causalMask(int length) {
        return AttentionMasks.causalMask(length, length);
    }
}
