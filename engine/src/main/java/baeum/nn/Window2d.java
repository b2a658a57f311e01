package baeum.nn;

import baeum.storage.TensorError;

/**
 * The sliding window of a 2-d convolution or pooling over one {@code (h, w)} plane: kernel, stride,
 * zero padding, dilation, and the output size {@code (oh, ow)}. Per axis, as PyTorch:
 * {@code out = floor((in + 2*pad - dil*(k-1) - 1) / stride) + 1} (ceil instead of floor in
 * pooling's ceil mode, dropping a last window that would start inside the right padding).
 */
record Window2d(int h, int w, int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw, int oh, int ow) {

    static Window2d conv(String op, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
        return make(op, h, w, kh, kw, sh, sw, ph, pw, dh, dw, false);
    }

    static Window2d pool(String op, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw, boolean ceil) {
        if (ph > kh / 2 || pw > kw / 2) {
            throw new TensorError(op + ": padding (" + ph + ", " + pw + ") should be at most half of kernel size ("
                    + kh + ", " + kw + ")");
        }
        return make(op, h, w, kh, kw, sh, sw, ph, pw, dh, dw, ceil);
    }

    private static Window2d make(String op, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw,
                                 boolean ceil) {
        if (kh <= 0 || kw <= 0 || sh <= 0 || sw <= 0 || dh <= 0 || dw <= 0 || ph < 0 || pw < 0) {
            throw new TensorError(op + ": kernel size, stride and dilation must be positive and padding non-negative, got kernel ("
                    + kh + ", " + kw + "), stride (" + sh + ", " + sw + "), padding (" + ph + ", " + pw + "), dilation ("
                    + dh + ", " + dw + ")");
        }
        int oh = outSize(h, kh, sh, ph, dh, ceil);
        int ow = outSize(w, kw, sw, pw, dw, ceil);
        if (oh <= 0 || ow <= 0) {
            throw new TensorError(op + ": input of spatial size (" + h + ", " + w + ") with padding (" + ph + ", " + pw
                    + ") is smaller than the (dilated) kernel (" + ((kh - 1) * dh + 1) + ", " + ((kw - 1) * dw + 1)
                    + "): the output would be empty; use a larger input, more padding or a smaller kernel");
        }
        return new Window2d(h, w, kh, kw, sh, sw, ph, pw, dh, dw, oh, ow);
    }

    static int outSize(int in, int k, int stride, int pad, int dil, boolean ceil) {
        int span = in + 2 * pad - dil * (k - 1) - 1;
        int out = (ceil ? Math.floorDiv(span + stride - 1, stride) : Math.floorDiv(span, stride)) + 1;
        if (ceil && (out - 1) * stride >= in + pad) {
            out--;
        }
        return out;
    }

    /** Output positions per plane: {@code oh * ow}. */
    int positions() {
        return oh * ow;
    }

    /**
     * For kernel offset {@code q = ki*kw + kj} and output position {@code o = oy*ow + ox}, entry
     * {@code q * positions() + o} is the input's offset {@code iy*w + ix} within the plane, or -1
     * where the window lies in the padding.
     */
    int[] planeMap() {
        int positions = positions();
        int[] map = new int[kh * kw * positions];
        for (int ki = 0; ki < kh; ki++) {
            for (int kj = 0; kj < kw; kj++) {
                int base = (ki * kw + kj) * positions;
                for (int oy = 0; oy < oh; oy++) {
                    int iy = oy * sh - ph + ki * dh;
                    for (int ox = 0; ox < ow; ox++) {
                        int ix = ox * sw - pw + kj * dw;
                        map[base + oy * ow + ox] = iy >= 0 && iy < h && ix >= 0 && ix < w ? iy * w + ix : -1;
                    }
                }
            }
        }
        return map;
    }
}
