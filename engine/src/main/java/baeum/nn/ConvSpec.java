package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * The settings of a convolution layer ({@link Conv1d}, {@link Conv2d}, {@link ConvTranspose2d}):
 * channels, kernel size, stride, padding, dilation and groups, one value per spatial dimension;
 * checked once when the layer is built, and printed as PyTorch's {@code extra_repr}.
 */
record ConvSpec(String layer, int in, int out, int[] kernel, int[] stride, int[] padding, int[] dilation, int groups) {

    ConvSpec {
        int dims = kernel.length;
        if (in <= 0 || out <= 0 || groups <= 0 || in % groups != 0 || out % groups != 0) {
            throw new TensorError(layer + ": in_channels=" + in + " and out_channels=" + out
                    + " must be positive and divisible by groups=" + groups);
        }
        for (int[] a : new int[][] {stride, padding, dilation}) {
            if (a.length != dims) {
                throw new TensorError(layer + ": kernel_size, stride, padding and dilation need " + dims
                        + " value(s) each, got " + java.util.Arrays.toString(a));
            }
        }
        for (int d = 0; d < dims; d++) {
            if (kernel[d] <= 0 || stride[d] <= 0 || dilation[d] <= 0 || padding[d] < 0) {
                throw new TensorError(layer + ": kernel_size, stride and dilation must be positive and padding"
                        + " non-negative, got kernel_size=" + Repr.tuple(kernel) + ", stride=" + Repr.tuple(stride)
                        + ", padding=" + Repr.tuple(padding) + ", dilation=" + Repr.tuple(dilation));
            }
        }
        kernel = kernel.clone();
        stride = stride.clone();
        padding = padding.clone();
        dilation = dilation.clone();
    }

    /** Registers {@code weight} of {@code shape} and, if asked, {@code bias} (out), drawn as PyTorch's default. */
    void registerParameters(WeightedLayer owner, int[] weightShape, boolean bias) {
        owner.registerParameter("weight", NnTensors.zeros(weightShape));
        if (bias) {
            owner.registerParameter("bias", NnTensors.zeros(out));
        }
        Init.defaultLinear(owner.weight(), owner.bias());
    }

    /** Fails, naming the layer, unless the input is {@code (N, in, *spatial)} or unbatched {@code (in, *spatial)}. */
    void checkInput(Module owner, Tensor input) {
        int dims = kernel.length;
        if ((input.dim() != dims + 2 && input.dim() != dims + 1) || input.size(-dims - 1) != in) {
            String spatial = dims == 1 ? "L" : "H, W";
            throw new TensorError(owner + ": expected input of shape (N, " + in + ", " + spatial + ") or (" + in + ", "
                    + spatial + "), got " + input.shape());
        }
    }

    /** {@code 1, 6, kernel_size=(5, 5), stride=(1, 1)} plus padding and dilation when not the default. */
    String repr() {
        StringBuilder sb = new StringBuilder().append(in).append(", ").append(out)
                .append(", kernel_size=").append(Repr.tuple(kernel)).append(", stride=").append(Repr.tuple(stride));
        if (java.util.Arrays.stream(padding).anyMatch(p -> p != 0)) {
            sb.append(", padding=").append(Repr.tuple(padding));
        }
        if (java.util.Arrays.stream(dilation).anyMatch(d -> d != 1)) {
            sb.append(", dilation=").append(Repr.tuple(dilation));
        }
        return sb.toString();
    }

    /** The tail PyTorch prints after padding and dilation. */
    String reprTail(boolean bias) {
        return (groups != 1 ? ", groups=" + groups : "") + (bias ? "" : ", bias=False");
    }

    /** The symmetric padding meant by PyTorch's {@code padding="valid"} or {@code "same"} (stride 1). */
    static int namedPadding(String layer, String padding, int kernelSize, int dilation) {
        int total = dilation * (kernelSize - 1);
        return switch (padding) {
            case "valid" -> 0;
            case "same" -> {
                if (total % 2 != 0) {
                    throw new TensorError(layer + ": padding=\"same\" with kernel size " + kernelSize
                            + " needs uneven padding, which Baeum does not do; use an odd kernel size or give the padding");
                }
                yield total / 2;
            }
            default -> throw new TensorError(layer + ": padding must be a number, \"valid\" or \"same\", got \"" + padding + "\"");
        };
    }
}
