package baeum.nn;

import baeum.fused.Fused;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * 2-d max, average and adaptive-average pooling. Max and average pooling are one fused op each
 * ({@link Fused}: the pooling kernels, forward and backward in one node); adaptive average pooling
 * multiplies by an averaging matrix on each side.
 */
public final class Pooling {
    private Pooling() {}

    /**
     * Max over each {@code kernel} window; padding never wins. Shape: input {@code (N, C, H, W)}
     * or {@code (C, H, W)}; output {@code (N, C, OH, OW)}, {@code OH = floor((H + 2p - d(k-1) - 1) / s) + 1}
     * (ceil in ceil mode).
     *
     * <pre>
     * jshell> nn.maxPool2d(arange(16.0).view(1, 1, 4, 4), 2)
     * $1 ==> tensor([[[[ 5.,  7.], [13., 15.]]]])
     * </pre>
     */
    public static Tensor maxPool2d(Tensor input, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        if (input.dim() == 3) {
            return maxPool2d(input.unsqueeze(0), kernel, stride, padding, dilation, ceilMode).squeeze(0);
        }
        checkRank("maxPool2d", input);
        return Fused.maxPool2d(input, kernel, stride, padding, dilation, ceilMode);
    }

    /**
     * Mean over each {@code kernel} window; with {@code countIncludePad} (PyTorch's default) zero
     * padding counts in the divisor. Shape: as {@link #maxPool2d}.
     */
    public static Tensor avgPool2d(Tensor input, int[] kernel, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad) {
        if (input.dim() == 3) {
            return avgPool2d(input.unsqueeze(0), kernel, stride, padding, ceilMode, countIncludePad).squeeze(0);
        }
        checkRank("avgPool2d", input);
        return Fused.avgPool2d(input, kernel, stride, padding, ceilMode, countIncludePad);
    }

    /**
     * Averages into a fixed {@code (outH, outW)} grid whatever the input size: cell {@code i}
     * covers inputs {@code floor(i*H/outH) .. ceil((i+1)*H/outH) - 1}. Shape: input {@code (N, C, H, W)}
     * or {@code (C, H, W)}; output {@code (N, C, outH, outW)}.
     */
    public static Tensor adaptiveAvgPool2d(Tensor input, int outH, int outW) {
        if (input.dim() != 3 && input.dim() != 4 || outH <= 0 || outW <= 0) {
            throw new TensorError("adaptiveAvgPool2d: expected a 4-d (N, C, H, W) or 3-d (C, H, W) input and a positive"
                    + " output size, got input " + input.shape() + " and output size (" + outH + ", " + outW + ")");
        }
        int h = input.size(-2), w = input.size(-1);
        Tensor rows = NnTensors.fromDoublesLike(averaging(outH, h), input, outH, h);
        Tensor cols = NnTensors.fromDoublesLike(averaging(outW, w), input, outW, w);
        return rows.matmul(input).matmul(cols.t());
    }

    /** The {@code (out, in)} matrix whose row {@code i} averages inputs {@code floor(i*in/out) .. ceil((i+1)*in/out) - 1}. */
    private static double[] averaging(int out, int in) {
        double[] m = new double[out * in];
        for (int i = 0; i < out; i++) {
            int start = Math.floorDiv(i * in, out), end = -Math.floorDiv(-(i + 1) * in, out);
            for (int j = start; j < end; j++) {
                m[i * in + j] = 1.0 / (end - start);
            }
        }
        return m;
    }

    private static void checkRank(String op, Tensor input) {
        if (input.dim() != 4) {
            throw new TensorError(op + ": expected a 4-d (N, C, H, W) or 3-d (C, H, W) input, got " + input.shape());
        }
    }
}
