package baeum.nn;

import baeum.tensor.TensorError;

/** Argument checks and the PyTorch-style settings string shared by {@link Conv1d} and {@link Conv2d}. */
final class ConvChecks {
    private ConvChecks() {}

    static void check(String layer, int in, int out, int groups, int dims, int[] kernel, int[] stride, int[] padding, int[] dilation) {
        if (in <= 0 || out <= 0 || groups <= 0 || in % groups != 0 || out % groups != 0) {
            throw new TensorError(layer + ": in_channels=" + in + " and out_channels=" + out
                    + " must be positive and divisible by groups=" + groups);
        }
        for (int[] a : new int[][] {kernel, stride, padding, dilation}) {
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
    }

    static String repr(int in, int out, int[] kernel, int[] stride, int[] padding, int[] dilation, int groups, boolean bias) {
        StringBuilder sb = new StringBuilder().append(in).append(", ").append(out)
                .append(", kernel_size=").append(Repr.tuple(kernel)).append(", stride=").append(Repr.tuple(stride));
        if (java.util.Arrays.stream(padding).anyMatch(p -> p != 0)) {
            sb.append(", padding=").append(Repr.tuple(padding));
        }
        if (java.util.Arrays.stream(dilation).anyMatch(d -> d != 1)) {
            sb.append(", dilation=").append(Repr.tuple(dilation));
        }
        if (groups != 1) {
            sb.append(", groups=").append(groups);
        }
        if (!bias) {
            sb.append(", bias=False");
        }
        return sb.toString();
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
