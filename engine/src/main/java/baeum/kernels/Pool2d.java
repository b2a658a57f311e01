package baeum.kernels;

import java.util.Arrays;

/**
 * Max and average pooling, forward and backward, over {@code planes} independent h x w planes
 * (batch·channels of an NCHW tensor), with PyTorch's semantics: max pooling pads with −∞,
 * propagates NaN and records the flat index (within the input plane) of each maximum, as
 * {@code return_indices=True} does; average pooling counts padding in the divisor unless
 * {@code countIncludePad} is false. Output sizes follow {@link Window2d} (floor or ceil mode).
 *
 * <pre>{@code
 * jshell> float[] x = {1, 5, 2, 0}, y = new float[1]; int[] at = new int[1];
 * jshell> Pool2d.maxForward(x, 0, 1, 2, 2, Window2d.of(2, 2, 0, 1), y, 0, at, 0);
 * jshell> y[0] + " at " + at[0]
 * $4 ==> "5.0 at 1"
 * }</pre>
 *
 * Shape: x (planes, h, w) → y (planes, outH, outW).
 */
public final class Pool2d {
    private Pool2d() {}

    /** Max pooling; {@code indices} receives each maximum's flat index in its input plane. */
    public static void maxForward(float[] x, int xOff, int planes, int h, int w, Window2d win,
            float[] y, int yOff, int[] indices, int iOff) {
        int oh = win.outH(h), ow = win.outW(w);
        forPlanes(planes, (long) oh * ow * win.kh() * win.kw(), (p0, p1) -> {
            for (int p = p0; p < p1; p++) maxPlane(x, xOff + p * h * w, h, w, win, oh, ow, y, yOff + p * oh * ow, indices, iOff + p * oh * ow);
        });
    }

    private static void maxPlane(float[] x, int xo, int h, int w, Window2d win, int oh, int ow,
            float[] y, int yo, int[] indices, int io) {
        int kh = win.kh(), kw = win.kw(), sh = win.sh(), sw = win.sw(), dh = win.dh(), dw = win.dw();
        // outputs ox in [inLo, inHi) have their whole window inside the row: no clipping (and no
        // integer division, which cost more than the maximum itself)
        int inLo = (win.pw() + sw - 1) / sw;
        int inHi = Math.max(inLo, Math.min(ow, Math.floorDiv(w - 1 - (kw - 1) * dw + win.pw(), sw) + 1));
        boolean pair = kh == 2 && kw == 2 && dh == 1 && dw == 1;
        for (int oy = 0, o = 0; oy < oh; oy++) {
            int y0 = oy * sh - win.ph();
            // the kernel rows that fall inside the plane: ki in [kiLo, kiHi)
            int kiLo = y0 >= 0 ? 0 : (-y0 + dh - 1) / dh, kiHi = Math.min(kh, Math.floorDiv(h - 1 - y0, dh) + 1);
            for (int ox = 0; ox < ow; ox++, o++) {
                int x0 = ox * sw - win.pw();
                if (pair && ox >= inLo && ox < inHi && kiLo == 0 && kiHi == 2) {   // 2x2, inside
                    int i0 = y0 * w + x0;
                    int i = max2x2(x, xo, i0, w);
                    y[yo + o] = x[xo + i];
                    indices[io + o] = i;
                    continue;
                }
                int kjLo = 0, kjHi = kw;
                if (ox < inLo || ox >= inHi) {
                    kjLo = x0 >= 0 ? 0 : (-x0 + dw - 1) / dw;
                    kjHi = Math.min(kw, Math.floorDiv(w - 1 - x0, dw) + 1);
                }
                int at = (y0 + kiLo * dh) * w + x0 + kjLo * dw;
                float best = kiLo < kiHi && kjLo < kjHi ? x[xo + at] : Float.NEGATIVE_INFINITY;
                if (!(kiLo < kiHi && kjLo < kjHi)) at = -1;
                for (int ki = kiLo; ki < kiHi; ki++) {
                    int row = (y0 + ki * dh) * w + x0;
                    for (int kj = kjLo; kj < kjHi; kj++) {
                        int i = row + kj * dw;
                        float v = x[xo + i];
                        // Branch-free: "v > best" is a coin flip on real data, and a mispredicted
                        // branch per element made this 5-7x slower. The sign of best − v says
                        // whether v is larger (and equal values keep the first index, as PyTorch).
                        int take = Float.floatToRawIntBits(best - v) >> 31;
                        if (v != v) take = -1;   // NaN wins, as in PyTorch (rare: well predicted)
                        at = (at & ~take) | (i & take);
                        best = Math.max(best, v);
                    }
                }
                y[yo + o] = best;
                indices[io + o] = at;
            }
        }
    }

    /** The plane index of the maximum of the 2x2 window at plane index {@code i0} (the common pool). */
    private static int max2x2(float[] x, int xo, int i0, int w) {
        float best = x[xo + i0];
        int at = i0;
        int i = i0 + 1;
        float v = x[xo + i];
        int take = Float.floatToRawIntBits(best - v) >> 31;
        if (v != v) take = -1;
        at = (at & ~take) | (i & take);
        best = Math.max(best, v);
        i = i0 + w;
        v = x[xo + i];
        take = Float.floatToRawIntBits(best - v) >> 31;
        if (v != v) take = -1;
        at = (at & ~take) | (i & take);
        best = Math.max(best, v);
        i = i0 + w + 1;
        v = x[xo + i];
        take = Float.floatToRawIntBits(best - v) >> 31;
        if (v != v) take = -1;
        return (at & ~take) | (i & take);
    }

    /** Overwrites {@code dx} with the gradient of max pooling: each dy goes to its maximum. */
    public static void maxBackward(float[] dy, int dyOff, int[] indices, int iOff, int planes,
            int h, int w, Window2d win, float[] dx, int dxOff) {
        int ohw = win.outH(h) * win.outW(w);
        Arrays.fill(dx, dxOff, dxOff + planes * h * w, 0f);
        forPlanes(planes, ohw, (p0, p1) -> {
            for (int p = p0; p < p1; p++) {
                int d = dxOff + p * h * w, o = p * ohw;
                for (int i = 0; i < ohw; i++) {
                    int at = indices[iOff + o + i];
                    if (at >= 0) dx[d + at] += dy[dyOff + o + i];
                }
            }
        });
    }

    /** Average pooling (no dilation, as in PyTorch). */
    public static void avgForward(float[] x, int xOff, int planes, int h, int w, Window2d win,
            boolean countIncludePad, float[] y, int yOff) {
        requireNoDilation(win);
        int oh = win.outH(h), ow = win.outW(w);
        forPlanes(planes, (long) oh * ow * win.kh() * win.kw(), (p0, p1) -> {
            for (int p = p0; p < p1; p++) {
                int xo = xOff + p * h * w, o = p * oh * ow;
                for (int oy = 0; oy < oh; oy++) {
                    for (int ox = 0; ox < ow; ox++, o++) {
                        int[] r = range(oy, ox, h, w, win);
                        float s = 0f;
                        for (int iy = r[0]; iy < r[1]; iy++) {
                            for (int ix = r[2]; ix < r[3]; ix++) s += x[xo + iy * w + ix];
                        }
                        y[yOff + o] = s / divisor(r, countIncludePad);
                    }
                }
            }
        });
    }

    /** Overwrites {@code dx} with the gradient of average pooling. */
    public static void avgBackward(float[] dy, int dyOff, int planes, int h, int w, Window2d win,
            boolean countIncludePad, float[] dx, int dxOff) {
        requireNoDilation(win);
        int oh = win.outH(h), ow = win.outW(w);
        Arrays.fill(dx, dxOff, dxOff + planes * h * w, 0f);
        forPlanes(planes, (long) oh * ow * win.kh() * win.kw(), (p0, p1) -> {
            for (int p = p0; p < p1; p++) {
                int d = dxOff + p * h * w, o = p * oh * ow;
                for (int oy = 0; oy < oh; oy++) {
                    for (int ox = 0; ox < ow; ox++, o++) {
                        int[] r = range(oy, ox, h, w, win);
                        float g = dy[dyOff + o] / divisor(r, countIncludePad);
                        for (int iy = r[0]; iy < r[1]; iy++) {
                            for (int ix = r[2]; ix < r[3]; ix++) dx[d + iy * w + ix] += g;
                        }
                    }
                }
            }
        });
    }

    /**
     * The window of output (oy, ox) clipped to the input: {y0, y1, x0, x1, size within the padded
     * input} (PyTorch's {@code pool_size}, the divisor when padding counts).
     */
    private static int[] range(int oy, int ox, int h, int w, Window2d win) {
        int y0 = oy * win.sh() - win.ph(), x0 = ox * win.sw() - win.pw();
        int y1 = Math.min(y0 + win.kh(), h + win.ph()), x1 = Math.min(x0 + win.kw(), w + win.pw());
        int padded = (y1 - y0) * (x1 - x0);
        return new int[] {Math.max(y0, 0), Math.min(y1, h), Math.max(x0, 0), Math.min(x1, w), padded};
    }

    /** {@code 1 / divisor} of each output position of average pooling, in row-major output order. */
    public static double[] inverseDivisors(int h, int w, Window2d win, boolean countIncludePad) {
        int oh = win.outH(h), ow = win.outW(w);
        double[] inverse = new double[oh * ow];
        for (int oy = 0, o = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++, o++) inverse[o] = 1.0 / divisor(range(oy, ox, h, w, win), countIncludePad);
        }
        return inverse;
    }

    private static float divisor(int[] r, boolean countIncludePad) {
        return countIncludePad ? r[4] : (r[1] - r[0]) * (r[3] - r[2]);
    }

    private static void requireNoDilation(Window2d win) {
        if (win.dh() != 1 || win.dw() != 1) {
            throw new IllegalArgumentException("avgPool2d: dilation " + win.dh() + "x" + win.dw()
                    + " is not supported (PyTorch's AvgPool2d has none); use dilation 1");
        }
    }

    private interface PlaneRange {
        void run(int p0, int p1);
    }

    /** Splits the planes over the cores when there is enough work ({@code workPerPlane} steps). */
    private static void forPlanes(int planes, long workPerPlane, PlaneRange body) {
        Thread owner = Thread.currentThread();
        int parts = (long) planes * workPerPlane < 4 * Gemm.PARALLEL ? 1 : Math.min(planes, Workers.THREADS);
        int per = (planes + parts - 1) / Math.max(parts, 1);
        Workers.run(parts, part -> {
            KernelInterruptedException.check(owner, "pooling");
            body.run(part * per, Math.min(planes, (part + 1) * per));
        });
    }
}
