package baeum.fused;

import baeum.kernels.CrossEntropy.Reduction;
import baeum.kernels.Window2d;
import baeum.tensor.Tensor;

/**
 * Differentiable ops with a fused forward and backward on the SIMD kernels of
 * {@code baeum.kernels}, for the nn layers to build on: convolution, pooling, cross-entropy and
 * the LSTM cell. Inputs are float32 tensors of any layout (non-contiguous ones are copied once);
 * convolution and pooling also take float64 (for gradient checks).
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
        return conv2d(input, weight, bias, new int[] {stride, stride}, new int[] {padding, padding},
                new int[] {dilation, dilation}, groups);
    }

    /**
     * {@code conv2d} with a stride, padding and dilation per axis ({height, width}), as
     * {@code baeum.nn}'s layers pass them. Shape: as {@link #conv2d(Tensor, Tensor, Tensor, int, int, int, int)}.
     */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
            int[] dilation, int groups) {
        int[] k = {weight.dim() == 4 ? weight.size(2) : 1, weight.dim() == 4 ? weight.size(3) : 1};
        return Conv2dNode.apply("conv2d", input, weight, bias, window("conv2d", k, stride, padding, dilation, false), groups);
    }

    /**
     * PyTorch's {@code conv1d}, as a conv2d over a height of 1. Shape: input (N, C, L), weight
     * (O, C/groups, k), bias (O) or null → (N, O, outL).
     */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation,
            int groups) {
        int[] k = {1, weight.dim() == 3 ? weight.size(2) : 1};
        return Conv2dNode.apply("conv1d", input.unsqueeze(2), weight.unsqueeze(2), bias,
                window("conv1d", k, new int[] {1, stride}, new int[] {0, padding}, new int[] {1, dilation}, false), groups)
                .squeeze(2);
    }

    /**
     * PyTorch's {@code conv_transpose2d} with per-axis settings, onto an output of
     * {@code outH x outW} (the size that output padding selects). Shape: input (N, Cin, H, W),
     * weight (Cin, Cout/groups, kh, kw), bias (Cout) or null → (N, Cout, outH, outW).
     */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
            int[] dilation, int groups, int outH, int outW) {
        int[] k = {weight.dim() == 4 ? weight.size(2) : 1, weight.dim() == 4 ? weight.size(3) : 1};
        return Conv2dNode.applyTransposed("convTranspose2d", input, weight, bias,
                window("convTranspose2d", k, stride, padding, dilation, false), groups, outH, outW);
    }

    /** {@code max_pool2d} with per-axis {height, width} settings. Shape: (N, C, H, W) → (N, C, outH, outW). */
    public static Tensor maxPool2d(Tensor input, int[] kernel, int[] stride, int[] padding, int[] dilation,
            boolean ceilMode) {
        return Pool2dNode.apply(input, window("maxPool2d", kernel, stride, padding, dilation, ceilMode), true, true);
    }

    /** PyTorch's {@code max_pool2d} (floor mode). Shape: (N, C, H, W) → (N, C, outH, outW). */
    public static Tensor maxPool2d(Tensor input, int kernel, int stride, int padding) {
        return maxPool2d(input, new int[] {kernel, kernel}, new int[] {stride, stride}, new int[] {padding, padding},
                new int[] {1, 1}, false);
    }

    /** {@code avg_pool2d} with per-axis {height, width} settings. Shape: (N, C, H, W) → (N, C, outH, outW). */
    public static Tensor avgPool2d(Tensor input, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
            boolean countIncludePad) {
        return Pool2dNode.apply(input, window("avgPool2d", kernel, stride, padding, new int[] {1, 1}, ceilMode), false,
                countIncludePad);
    }

    /** PyTorch's {@code avg_pool2d} (floor mode). Shape: (N, C, H, W) → (N, C, outH, outW). */
    public static Tensor avgPool2d(Tensor input, int kernel, int stride, int padding, boolean countIncludePad) {
        return avgPool2d(input, new int[] {kernel, kernel}, new int[] {stride, stride}, new int[] {padding, padding},
                false, countIncludePad);
    }

    /** The window of per-axis {height, width} settings; bad settings fail naming {@code op}. */
    private static Window2d window(String op, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceil) {
        try {
            return new Window2d(kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0],
                    dilation[1], ceil);
        } catch (IllegalArgumentException e) {
            throw new baeum.storage.TensorError(op + ": " + e.getMessage());
        }
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
    /**
     * One LSTM layer in one direction over a whole float32 sequence as one graph node, PyTorch's
     * gate order i, f, g, o; {@code reverse} reads the sequence from its end (the backward half of
     * a bidirectional layer). Returns {@code Y}: {@code Y[t]} is the hidden state at position t for
     * t < T, {@code Y[T]} the last cell state. Biases may both be null.
     * Shape: x (T, N, in), h0 and c0 (N, H), weight_ih (4H, in), weight_hh (4H, H), biases (4H)
     * → (T+1, N, H).
     *
     * <pre>
     * jshell> var w = zeros(8, 3); var y = baeum.fused.Fused.lstmLayer(ones(5, 2, 3), zeros(2, 2), zeros(2, 2), w, zeros(8, 2), null, null, false);
     * jshell> y.shape()
     * $2 ==> (6, 2, 2)
     * </pre>
     */
    public static Tensor lstmLayer(Tensor x, Tensor h0, Tensor c0, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh,
            boolean reverse) {
        return LstmLayerNode.apply(x, h0, c0, wIh, wHh, bIh, bHh, reverse);
    }
}
