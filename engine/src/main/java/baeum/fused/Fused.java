package baeum.fused;

import baeum.kernels.CrossEntropy.Reduction;
import baeum.kernels.Window2d;
import baeum.tensor.Tensor;

/**
 * Differentiable ops with a fused forward and backward on the SIMD kernels of
 * {@code baeum.kernels}, for the nn layers to build on: convolution, pooling, cross-entropy and
 * the LSTM cell. Inputs are float32 tensors of any layout (non-contiguous ones are copied once).
 *
 * <pre>{@code
 * jshell> var y = Fused.conv2d(randn(64, 1, 28, 28), randn(6, 1, 5, 5), zeros(6), 1, 2, 1, 1);
 * jshell> y.shape()
 * $2 ==> (64, 6, 28, 28)
 * }</pre>
 */
public final class Fused {
    private Fused() {}

    /**
     * PyTorch's {@code conv2d}. Shape: input (N, C, H, W), weight (O, C/groups, kh, kw), bias (O)
     * or null → (N, O, outH, outW) with {@code out = (in + 2·padding − dilation·(k−1) − 1)/stride + 1}.
     */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding,
            int dilation, int groups) {
        int kh = weight.dim() == 4 ? weight.size(2) : 1, kw = weight.dim() == 4 ? weight.size(3) : 1;
        return Conv2dNode.apply(input, weight, bias,
                new Window2d(kh, kw, stride, stride, padding, padding, dilation, dilation), groups);
    }

    /**
     * {@code conv2d} with a stride, padding and dilation per axis ({height, width}), as
     * {@code baeum.nn}'s layers pass them. Shape: as {@link #conv2d(Tensor, Tensor, Tensor, int, int, int, int)}.
     */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
            int[] dilation, int groups) {
        int kh = weight.dim() == 4 ? weight.size(2) : 1, kw = weight.dim() == 4 ? weight.size(3) : 1;
        return Conv2dNode.apply(input, weight, bias, new Window2d(kh, kw, stride[0], stride[1], padding[0],
                padding[1], dilation[0], dilation[1]), groups);
    }

    /** {@code max_pool2d} (floor mode) with per-axis {height, width} settings. Shape: (N, C, H, W) → (N, C, outH, outW). */
    public static Tensor maxPool2d(Tensor input, int[] kernel, int[] stride, int[] padding, int[] dilation) {
        return Pool2dNode.apply(input, new Window2d(kernel[0], kernel[1], stride[0], stride[1], padding[0],
                padding[1], dilation[0], dilation[1]), true, true);
    }

    /** PyTorch's {@code max_pool2d} (floor mode). Shape: (N, C, H, W) → (N, C, outH, outW). */
    public static Tensor maxPool2d(Tensor input, int kernel, int stride, int padding) {
        return Pool2dNode.apply(input, Window2d.of(kernel, stride, padding, 1), true, true);
    }

    /** PyTorch's {@code avg_pool2d} (floor mode). Shape: (N, C, H, W) → (N, C, outH, outW). */
    public static Tensor avgPool2d(Tensor input, int kernel, int stride, int padding, boolean countIncludePad) {
        return Pool2dNode.apply(input, Window2d.of(kernel, stride, padding, 1), false, countIncludePad);
    }

    /** PyTorch's {@code cross_entropy} with the mean reduction. Shape: (N, C), int64 (N) → (). */
    public static Tensor crossEntropy(Tensor logits, Tensor target) {
        return CrossEntropyNode.apply(logits, target, null, -100, Reduction.MEAN);
    }

    /**
     * {@code cross_entropy} with class weights (or null), {@code ignoreIndex} and a reduction
     * ("mean", "sum" or "none"). Shape: (N, C), int64 (N) → () or (N) for "none".
     */
    public static Tensor crossEntropy(Tensor logits, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        return CrossEntropyNode.apply(logits, target, weight, ignoreIndex, Reduction.valueOf(reduction.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * One LSTM step after its two matmuls: {@code gates} holds the pre-activations of the i, f,
     * g, o gates. Returns {@code {h, c}}. Shape: gates (B, 4H), cPrev (B, H) → h (B, H), c (B, H).
     */
    public static Tensor[] lstmCell(Tensor gates, Tensor cPrev) {
        Tensor hc = LstmCellNode.apply(gates, cPrev);
        int hidden = cPrev.size(1);
        return new Tensor[] {hc.narrow(1, 0, hidden), hc.narrow(1, hidden, hidden)};
    }
}
