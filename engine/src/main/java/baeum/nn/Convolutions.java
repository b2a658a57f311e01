package baeum.nn;

import baeum.fused.Fused;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * 1-d and 2-d convolution (cross-correlation, as PyTorch) and the transposed convolution: the
 * argument checks a student sees, then one fused op each ({@link Fused}: im2col and the GEMM,
 * forward and backward in one node).
 */
public final class Convolutions {
    private Convolutions() {}

    /**
     * 2-d convolution. Shape: input {@code (N, C, H, W)} or {@code (C, H, W)}, weight
     * {@code (O, C/groups, kh, kw)}, bias {@code (O)} or null; output {@code (N, O, OH, OW)} with
     * {@code OH = floor((H + 2*padding - dilation*(kh-1) - 1) / stride) + 1}.
     *
     * <pre>
     * jshell> nn.conv2d(ones(1, 1, 3, 3), ones(1, 1, 2, 2), null, new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1}, 1)
     * $1 ==> tensor([[[[4., 4.], [4., 4.]]]])
     * </pre>
     */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        if (input.dim() == 3) {
            return conv2d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups).squeeze(0);
        }
        if (input.dim() != 4 || weight.dim() != 4) {
            throw new TensorError("conv2d: expected a 4-d input (N, C, H, W) and a 4-d weight (O, C/groups, kh, kw), got input "
                    + input.shape() + " and weight " + weight.shape());
        }
        checkGroups("conv2d", input, weight, bias, groups);
        return Fused.conv2d(input, weight, bias, stride, padding, dilation, groups);
    }

    /**
     * 1-d convolution. Shape: input {@code (N, C, L)} or {@code (C, L)}, weight {@code (O, C/groups, k)},
     * bias {@code (O)} or null; output {@code (N, O, OL)}, {@code OL = floor((L + 2*padding - dilation*(k-1) - 1) / stride) + 1}.
     */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        if (input.dim() == 2) {
            return conv1d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups).squeeze(0);
        }
        if (input.dim() != 3 || weight.dim() != 3) {
            throw new TensorError("conv1d: expected a 3-d input (N, C, L) and a 3-d weight (O, C/groups, k), got input "
                    + input.shape() + " and weight " + weight.shape());
        }
        checkGroups("conv1d", input, weight, bias, groups);
        return Fused.conv1d(input, weight, bias, stride, padding, dilation, groups);
    }

    private static void checkGroups(String op, Tensor input, Tensor weight, Tensor bias, int groups) {
        if (groups < 1 || weight.size(0) % groups != 0) {
            throw new TensorError(op + ": groups=" + groups + " must be positive and divide the "
                    + weight.size(0) + " output channels of weight " + weight.shape());
        }
        if (input.size(1) != weight.size(1) * groups) {
            throw new TensorError(op + ": weight " + weight.shape() + " with groups=" + groups + " expects input with "
                    + weight.size(1) * groups + " channels, but got " + input.size(1) + " channels, input " + input.shape());
        }
        if (bias != null && (bias.dim() != 1 || bias.size(0) != weight.size(0))) {
            throw new TensorError(op + ": bias " + bias.shape() + " must have one entry per output channel ("
                    + weight.size(0) + ")");
        }
    }

    /**
     * 2-d transposed convolution (the gradient of conv2d with respect to its input; "deconvolution"):
     * each input pixel scatters {@code weight} times its value onto the output, overlaps summed.
     * Shape: input {@code (N, Cin, H, W)} or {@code (Cin, H, W)}, weight {@code (Cin, Cout/groups, kh, kw)},
     * bias {@code (Cout)} or null; output {@code (N, Cout, OH, OW)} with
     * {@code OH = (H - 1)*stride - 2*padding + dilation*(kh - 1) + outputPadding + 1}.
     *
     * <pre>
     * jshell> nn.convTranspose2d(ones(1, 1, 2, 2), ones(1, 1, 2, 2), null, new int[] {2, 2}, new int[] {0, 0}, new int[] {0, 0}, 1, new int[] {1, 1}).shape()
     * $1 ==> (1, 1, 4, 4)
     * </pre>
     */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        if (input.dim() == 3) {
            return convTranspose2d(input.unsqueeze(0), weight, bias, stride, padding, outputPadding, groups, dilation).squeeze(0);
        }
        if (input.dim() != 4 || weight.dim() != 4 || groups < 1 || weight.size(0) % groups != 0 || input.size(1) != weight.size(0)) {
            throw new TensorError("convTranspose2d: expected an input (N, Cin, H, W) and a weight (Cin, Cout/groups, kh, kw)"
                    + " with Cin divisible by groups=" + groups + ", got input " + input.shape() + " and weight " + weight.shape());
        }
        for (int d = 0; d < 2; d++) {
            if (outputPadding[d] < 0 || outputPadding[d] >= Math.max(stride[d], dilation[d])) {
                throw new TensorError("convTranspose2d: output padding (" + outputPadding[0] + ", " + outputPadding[1]
                        + ") must be smaller than either stride or dilation, got stride (" + stride[0] + ", " + stride[1]
                        + ") and dilation (" + dilation[0] + ", " + dilation[1] + ")");
            }
        }
        int h = input.size(2), w = input.size(3), kh = weight.size(2), kw = weight.size(3);
        int oh = (h - 1) * stride[0] - 2 * padding[0] + dilation[0] * (kh - 1) + outputPadding[0] + 1;
        int ow = (w - 1) * stride[1] - 2 * padding[1] + dilation[1] * (kw - 1) + outputPadding[1] + 1;
        if (oh <= 0 || ow <= 0) {
            throw new TensorError("convTranspose2d: input " + input.shape() + " with padding (" + padding[0] + ", "
                    + padding[1] + ") gives an empty output (" + oh + ", " + ow + "); use less padding");
        }
        return Fused.convTranspose2d(input, weight, bias, stride, padding, dilation, groups, oh, ow);
    }
}
