package baeum.kernels;

import java.util.Arrays;

/**
 * Max and average pooling, forward and backward, over {@code planes} independent h x w planes
 * (batch·channels of an NCHW tensor), with PyTorch's semantics: max pooling pads with −∞,
 * propagates NaN and records the flat index (within the input plane) of each maximum, as
 * {@code return_indices=True} does; average pooling counts padding in the divisor unless
 * {@code countIncludePad} is false. Output sizes follow {@link Window2d} (floor mode).
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
        for (int oy = 0, o = 0; oy < oh; oy++) {
            int y0 = oy * sh - win.ph();
            // the kernel rows that fall inside the plane: ki in [kiLo, kiHi)
            int kiLo = y0 >= 0 ? 0 : (-y0 + dh - 1) / dh, kiHi = Math.min(kh, Math.floorDiv(h - 1 - y0, dh) + 1);
            for (int ox = 0; ox < ow; ox++, o++) {
                int x0 = ox * sw - win.pw();
                int kjLo = x0 >= 0 ? 0 : (-x0 + dw - 1) / dw, kjHi = Math.min(kw, Math.floorDiv(w - 1 - x0, dw) + 1);
                int at = (y0 + kiLo * dh) * w + x0 + kjLo * dw;
                float best = kiLo < kiHi && kjLo < kjHi ? x[xo + at] : Float.NEGATIVE_INFINITY;
                if (!(kiLo < kiHi && kjLo < kjHi)) at = -1;
                for (int ki = kiLo; ki < kiHi; ki++) {
                    int row = (y0 + ki * dh) * w + x0;
                    for (int kj = kjLo; kj < kjHi; kj++) {
                        int i = row + kj * dw;
                        float v = x[xo + i];
                        // branch-free (the comparison is a coin flip on real data); NaN wins, as in PyTorch
                        boolean take = v > best | v != v;
                        best = take ? v : best;
                        at = take ? i : at;
                    }
                }
                y[yo + o] = best;
                indices[io + o] = at;
            }
        }
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
            KernelInterruptedException.check(owner, "pool2d");
            body.run(part * per, Math.min(planes, (part + 1) * per));
        });
    }
}
