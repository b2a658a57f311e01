package baeum.kernels;

/**
 * The sliding window of a 2-d convolution or pooling: kernel size, stride, padding and dilation
 * per axis, and pooling's ceil mode; the one output-size rule of every conv and pool op, as
 * PyTorch's: {@code out = floor((in + 2·pad − dilation·(kernel − 1) − 1) / stride) + 1}, with
 * ceil instead of floor in ceil mode (where a last window that would start inside the right
 * padding is dropped).
 *
 * <pre>{@code
 * jshell> var w = Window2d.of(5, 1, 2, 1);   // 5x5, stride 1, padding 2 (LeNet's first conv)
 * jshell> w.outH(28)
 * $2 ==> 28
 * }</pre>
 */
public record Window2d(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw, boolean ceil) {

    public Window2d {
        if (kh < 1 || kw < 1 || sh < 1 || sw < 1 || ph < 0 || pw < 0 || dh < 1 || dw < 1) {
            throw new IllegalArgumentException("kernel size, stride and dilation must be positive and padding"
                    + " non-negative, got kernel (" + kh + ", " + kw + "), stride (" + sh + ", " + sw + "), padding ("
                    + ph + ", " + pw + "), dilation (" + dh + ", " + dw + ")");
        }
    }

    /** A window in floor mode (every convolution, and pooling by default). */
    public Window2d(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
        this(kh, kw, sh, sw, ph, pw, dh, dw, false);
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

    /**
     * Fails, naming {@code op}, unless an {@code h x w} input gives a non-empty output.
     * A pooling window must also have at most half its kernel as padding, as in PyTorch.
     */
    public void check(String op, int h, int w, boolean pooling) {
        if (pooling && (ph > kh / 2 || pw > kw / 2)) {
            throw new IllegalArgumentException(op + ": padding (" + ph + ", " + pw
                    + ") should be at most half of kernel size (" + kh + ", " + kw + ")");
        }
        if (h + 2 * ph < span(kh, dh) || w + 2 * pw < span(kw, dw)) {
            throw new IllegalArgumentException(op + ": input of spatial size (" + h + ", " + w + ") with padding ("
                    + ph + ", " + pw + ") is smaller than the (dilated) kernel (" + span(kh, dh) + ", " + span(kw, dw)
                    + "): the output would be empty; use a larger input, more padding or a smaller kernel");
        }
    }

    private static int span(int k, int d) {
        return d * (k - 1) + 1;
    }

    private int out(String axis, int in, int k, int s, int p, int d) {
        int room = in + 2 * p - span(k, d);
        if (room < 0) {
            throw new IllegalArgumentException("window: input " + axis + " " + in + " with padding "
                    + p + " is smaller than the (dilated) kernel " + span(k, d)
                    + "; use a smaller kernel or more padding");
        }
        int out = (ceil ? (room + s - 1) / s : room / s) + 1;
        return ceil && (out - 1) * s >= in + p ? out - 1 : out;
    }
}
