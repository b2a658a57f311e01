package baeum.kernels;

import java.util.Arrays;

/**
 * Unfolds image patches into the columns of a matrix, so that a convolution becomes a matmul, and
 * folds gradients back. For one image of {@code channels} planes of h x w, the column matrix has
 * {@code channels·kh·kw} rows (channel-major, then kernel row, then kernel column — the order of a
 * PyTorch conv weight's last three dimensions) and {@code outH·outW} columns. Padding reads as 0.
 * For grouped convolutions, call once per group with the group's channel offset.
 *
 * <p>Float64 (gradient checks, reference runs) goes through {@link #planeMap}, the column matrix
 * of a plane's indices computed by this same unfolding, with {@link #gather} and its adjoint
 * {@link #scatterAdd}.
 *
 * <pre>{@code
 * jshell> float[] x = {1, 2, 3, 4}, col = new float[4 * 1];   // one 2x2 plane, a 2x2 kernel
 * jshell> Im2col.im2col(x, 0, 1, 2, 2, Window2d.of(2, 1, 0, 1), col, 0);
 * jshell> col
 * col ==> float[4] { 1.0, 2.0, 3.0, 4.0 }
 * }</pre>
 *
 * Shape: x plane block (channels, h, w) → col (channels·kh·kw, outH·outW).
 */
public final class Im2col {
    private Im2col() {}

    /** Writes the column matrix of {@code x[xOff ..]} (channels, h, w) into {@code col[colOff ..]}. */
    public static void im2col(float[] x, int xOff, int channels, int h, int w, Window2d win,
            float[] col, int colOff) {
        int oh = win.outH(h), ow = win.outW(w), plane = h * w;
        int row = colOff;
        for (int c = 0; c < channels; c++) {
            for (int ki = 0; ki < win.kh(); ki++) {
                for (int kj = 0; kj < win.kw(); kj++, row += oh * ow) {
                    int xOffC = xOff + c * plane, dx = kj * win.dw() - win.pw();
                    int lo = firstInside(dx, win.sw(), ow), hi = endInside(dx, win.sw(), ow, w);
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * win.sh() - win.ph() + ki * win.dh(), d = row + oy * ow;
                        if (iy < 0 || iy >= h || lo >= hi) {
                            Arrays.fill(col, d, d + ow, 0f);
                            continue;
                        }
                        for (int ox = 0; ox < lo; ox++) col[d + ox] = 0f;   // a few padding columns:
                        for (int ox = hi; ox < ow; ox++) col[d + ox] = 0f;  // loops beat calls here
                        int src = xOffC + iy * w + dx;
                        if (win.sw() == 1) {
                            System.arraycopy(x, src + lo, col, d + lo, hi - lo);
                        } else {
                            for (int ox = lo; ox < hi; ox++) col[d + ox] = x[src + ox * win.sw()];
                        }
                    }
                }
            }
        }
    }

    /** Adds the column matrix {@code col} back into the image gradient {@code dx} (the adjoint). */
    public static void col2im(float[] col, int colOff, int channels, int h, int w, Window2d win,
            float[] dx, int dxOff) {
        int oh = win.outH(h), ow = win.outW(w), plane = h * w;
        int row = colOff;
        for (int c = 0; c < channels; c++) {
            for (int ki = 0; ki < win.kh(); ki++) {
                for (int kj = 0; kj < win.kw(); kj++, row += oh * ow) {
                    int dxOffC = dxOff + c * plane, ddx = kj * win.dw() - win.pw();
                    int lo = firstInside(ddx, win.sw(), ow), hi = endInside(ddx, win.sw(), ow, w);
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy * win.sh() - win.ph() + ki * win.dh();
                        if (iy < 0 || iy >= h) continue;
                        int s = row + oy * ow, d = dxOffC + iy * w + ddx;
                        if (win.sw() == 1) {
                            for (int ox = lo; ox < hi; ox++) dx[d + ox] += col[s + ox];
                        } else {
                            for (int ox = lo; ox < hi; ox++) dx[d + ox * win.sw()] += col[s + ox];
                        }
                    }
                }
            }
        }
    }

    /**
     * The column matrix of one plane's element indices: entry {@code q·outH·outW + o}, for kernel
     * offset {@code q = ki·kw + kj} and output position {@code o}, is the index {@code iy·w + ix}
     * the window reads there, or -1 in the padding. Computed by {@link #im2col} itself, on the
     * plane of indices + 1 (so that padding, which reads 0, becomes -1).
     */
    public static int[] planeMap(int h, int w, Window2d win) {
        if ((long) h * w >= 1 << 24) {
            throw new IllegalArgumentException("im2col: a " + h + "x" + w + " plane is too large for float64"
                    + " convolution or pooling (at most 2^24 elements); use float32");
        }
        float[] plane = new float[h * w];
        for (int i = 0; i < plane.length; i++) plane[i] = i + 1;
        float[] col = new float[win.kh() * win.kw() * win.outH(h) * win.outW(w)];
        im2col(plane, 0, 1, h, w, win, col, 0);
        int[] map = new int[col.length];
        for (int i = 0; i < map.length; i++) map[i] = (int) col[i] - 1;
        return map;
    }

    /**
     * {@code col[colOff + p·K + i] = x[xOff + p·hw + map[i]]} for each of {@code planes} planes
     * (K = map length), and {@code fill} where {@code map[i] < 0}: im2col on float64 planes.
     */
    public static void gather(String op, double[] x, int xOff, int planes, int hw, int[] map, double fill,
            double[] col, int colOff) {
        Thread owner = Thread.currentThread();
        for (int p = 0, kk = map.length; p < planes; p++) {
            KernelInterruptedException.check(owner, op);
            int from = xOff + p * hw, to = colOff + p * kk;
            for (int i = 0; i < kk; i++) col[to + i] = map[i] < 0 ? fill : x[from + map[i]];
        }
    }

    /** Adds {@code col}'s planes back at {@code map} into {@code dx} (the adjoint of {@link #gather}). */
    public static void scatterAdd(String op, double[] col, int colOff, int planes, int hw, int[] map,
            double[] dx, int dxOff) {
        Thread owner = Thread.currentThread();
        for (int p = 0, kk = map.length; p < planes; p++) {
            KernelInterruptedException.check(owner, op);
            int from = colOff + p * kk, to = dxOff + p * hw;
            for (int i = 0; i < kk; i++) {
                if (map[i] >= 0) dx[to + map[i]] += col[from + i];
            }
        }
    }

    /** The first output column whose input column {@code ox·stride + dx} is >= 0. */
    private static int firstInside(int dx, int stride, int ow) {
        return dx >= 0 ? 0 : Math.min(ow, (-dx + stride - 1) / stride);
    }

    /** One past the last output column whose input column is < w. */
    private static int endInside(int dx, int stride, int ow, int w) {
        int last = w - 1 - dx;
        return last < 0 ? 0 : Math.min(ow, last / stride + 1);
    }
}
