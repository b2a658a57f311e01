package baeum.kernels;

/**
 * The sliding window of a 2-d convolution or pooling: kernel size, stride, padding and dilation
 * per axis, with PyTorch's output-size rule
 * {@code out = floor((in + 2·pad − dilation·(kernel − 1) − 1) / stride) + 1}.
 *
 * <pre>{@code
 * jshell> var w = Window2d.of(5, 1, 2, 1);   // 5x5, stride 1, padding 2 (LeNet's first conv)
 * jshell> w.outH(28)
 * $2 ==> 28
 * }</pre>
 */
public record Window2d(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {

    public Window2d {
        if (kh < 1 || kw < 1 || sh < 1 || sw < 1 || ph < 0 || pw < 0 || dh < 1 || dw < 1) {
            throw new IllegalArgumentException("window: kernel " + kh + "x" + kw + ", stride " + sh
                    + "x" + sw + ", padding " + ph + "x" + pw + ", dilation " + dh + "x" + dw
                    + ": kernel, stride and dilation must be >= 1 and padding >= 0");
        }
    }

    /** A square window with the same kernel size, stride, padding and dilation on both axes. */
    public static Window2d of(int kernel, int stride, int padding, int dilation) {
        return new Window2d(kernel, kernel, stride, stride, padding, padding, dilation, dilation);
    }

    /** Output height for an input of height {@code h}. */
    public int outH(int h) {
        return out("height", h, kh, sh, ph, dh);
    }

    /** Output width for an input of width {@code w}. */
    public int outW(int w) {
        return out("width", w, kw, sw, pw, dw);
    }

    private static int out(String axis, int in, int k, int s, int p, int d) {
        int span = d * (k - 1) + 1;
        if (in + 2 * p < span) {
            throw new IllegalArgumentException("window: input " + axis + " " + in + " with padding "
                    + p + " is smaller than the (dilated) kernel " + span
                    + "; use a smaller kernel or more padding");
        }
        return (in + 2 * p - span) / s + 1;
    }
}
