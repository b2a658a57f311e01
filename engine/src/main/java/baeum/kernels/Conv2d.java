package baeum.kernels;

import java.util.Arrays;

/**
 * 2-d convolution (PyTorch's cross-correlation) forward and backward on raw NCHW arrays, by
 * im2col and {@link Gemm}, split over the cores by images. Supports stride, padding, dilation and
 * groups; a 1x1 window with stride 1 and no padding skips the unfolding. A transposed
 * convolution is this convolution's input gradient (its forward) with roles swapped: see
 * {@code baeum.fused.Conv2dNode}.
 *
 * <pre>{@code
 * jshell> var g = new Conv2d.Geometry(64, 1, 28, 28, 6, 1, Window2d.of(5, 1, 2, 1));
 * jshell> float[] x = new float[g.inputSize()], w = new float[g.weightSize()], y = new float[g.outputSize()];
 * jshell> Conv2d.forward(g, x, 0, w, 0, null, 0, y, 0);
 * }</pre>
 *
 * Shape: x (batch, inChannels, h, w), weight (outChannels, inChannels/groups, kh, kw),
 * bias (outChannels), y (batch, outChannels, outH, outW).
 */
public final class Conv2d {
    private Conv2d() {}

    /** The sizes of one convolution call. */
    public record Geometry(int batch, int inChannels, int h, int w, int outChannels, int groups,
            Window2d win) {
        public Geometry {
            if (batch < 0 || inChannels < 1 || outChannels < 1 || groups < 1
                    || inChannels % groups != 0 || outChannels % groups != 0) {
                throw new IllegalArgumentException("conv2d: batch " + batch + ", " + inChannels
                        + " in and " + outChannels + " out channels, groups " + groups
                        + ": both channel counts must be positive multiples of groups");
            }
            win.outH(h);
            win.outW(w);
        }

        public int outH() { return win.outH(h); }
        public int outW() { return win.outW(w); }
        /** Rows of one group's column matrix: (inChannels/groups)·kh·kw. */
        int k() { return inChannels / groups * win.kh() * win.kw(); }
        /** Output positions per image. */
        int l() { return outH() * outW(); }
        int inPerGroup() { return inChannels / groups; }
        int outPerGroup() { return outChannels / groups; }
        public int inputSize() { return batch * inChannels * h * w; }
        public int weightSize() { return outChannels * k(); }
        public int outputSize() { return batch * outChannels * l(); }

        boolean pointwise() {
            return win.kh() == 1 && win.kw() == 1 && win.sh() == 1 && win.sw() == 1
                    && win.ph() == 0 && win.pw() == 0;
        }
    }

    private static final ThreadLocal<float[][]> COLS = ThreadLocal.withInitial(() -> new float[2][0]);

    private static float[] buffer(int which, int size) {
        float[][] b = COLS.get();
        if (b[which].length < size) b[which] = new float[size];
        return b[which];
    }

    /** {@code y = conv2d(x, weight) + bias}; {@code bias} may be null. */
    public static void forward(Geometry g, float[] x, int xOff, float[] weight, int wOff,
            float[] bias, int bOff, float[] y, int yOff) {
        forward(g, x, xOff, weight, wOff, bias, bOff, y, yOff, null);
    }

    /** How many floats {@link #forward} needs to keep the unfolded input for {@link #backward}. */
    public static int colsSize(Geometry g) {
        return g.pointwise() ? 0 : g.batch() * g.groups() * g.k() * g.l();
    }

    private static final java.util.ArrayDeque<float[]> FREE_COLS = new java.util.ArrayDeque<>();
    private static final long MAX_FREE_FLOATS = 16L << 20;   // 64 MB of unfolded inputs at most
    private static long freeFloats;

    /**
     * An array of {@link #colsSize} floats for {@link #forward} to keep the unfolded input in:
     * one given back by {@link #releaseCols} if one of that size is free, so that a training loop
     * reuses the same few arrays step after step instead of allocating them (its contents are
     * overwritten by forward).
     */
    public static synchronized float[] takeCols(Geometry g) {
        int size = colsSize(g);
        for (var it = FREE_COLS.iterator(); it.hasNext(); ) {
            float[] c = it.next();
            if (c.length == size) {
                it.remove();
                freeFloats -= size;
                return c;
            }
        }
        return new float[size];
    }

    /** Gives back an array of {@link #takeCols} that nothing reads any more (null: nothing). */
    public static synchronized void releaseCols(float[] cols) {
        if (cols == null || cols.length > MAX_FREE_FLOATS) return;
        while (freeFloats + cols.length > MAX_FREE_FLOATS) freeFloats -= FREE_COLS.removeLast().length;
        FREE_COLS.addFirst(cols);
        freeFloats += cols.length;
    }

    /**
     * As {@link #forward(Geometry, float[], int, float[], int, float[], int, float[], int)}, and
     * keeps the unfolded input in {@code cols} ({@link #colsSize} floats, or null) so that
     * backward need not unfold it again.
     */
    public static void forward(Geometry g, float[] x, int xOff, float[] weight, int wOff,
            float[] bias, int bOff, float[] y, int yOff, float[] cols) {
        int k = g.k(), l = g.l(), plane = g.h() * g.w(), cin = g.inPerGroup(), cout = g.outPerGroup();
        Thread owner = Thread.currentThread();
        forEachImagePart(g, (n0, n1, part) -> {
            float[] col = g.pointwise() ? null : cols != null ? cols : buffer(0, k * l);
            for (int n = n0; n < n1; n++) {
                KernelInterruptedException.check(owner, "conv2d");
                for (int gr = 0; gr < g.groups(); gr++) {
                    int xo = xOff + (n * g.inChannels() + gr * cin) * plane;
                    int yo = yOff + (n * g.outChannels() + gr * cout) * l;
                    int co = cols == null ? 0 : (n * g.groups() + gr) * k * l;
                    if (col != null) Im2col.im2col(x, xo, cin, g.h(), g.w(), g.win(), col, co);
                    Gemm.serial(false, false, cout, l, k, weight, wOff + gr * cout * k, k,
                            col == null ? x : col, col == null ? xo : co, l, y, yo, l, false);
                }
                if (bias != null) addBias(y, yOff + n * g.outChannels() * l, 1, g.outChannels(), l, bias, bOff);
            }
        });
    }

    /**
     * The gradients of {@link #forward}: each non-null output array is overwritten with the
     * gradient of the loss with respect to x (same layout as x), weight, or bias.
     */
    public static void backward(Geometry g, float[] x, int xOff, float[] weight, int wOff,
            float[] dy, int dyOff, float[] dx, int dxOff, float[] dw, int dwOff, float[] db, int dbOff) {
        backward(g, x, xOff, weight, wOff, dy, dyOff, dx, dxOff, dw, dwOff, db, dbOff, null);
    }

    /** As the overload without {@code cols}, reusing the unfolded input kept by forward (or null). */
    public static void backward(Geometry g, float[] x, int xOff, float[] weight, int wOff,
            float[] dy, int dyOff, float[] dx, int dxOff, float[] dw, int dwOff, float[] db, int dbOff,
            float[] cols) {
        int k = g.k(), l = g.l(), plane = g.h() * g.w(), cin = g.inPerGroup(), cout = g.outPerGroup();
        int parts = parts(g);
        float[][] partialW = new float[parts][];
        Thread owner = Thread.currentThread();
        forEachImagePart(g, (n0, n1, part) -> {
            float[] col = g.pointwise() ? null : buffer(0, k * l);
            float[] dcol = dx == null ? null : g.pointwise() ? null : buffer(1, k * l);
            float[] gw = null;
            if (dw != null) gw = partialW[part] = new float[g.weightSize()];
            for (int n = n0; n < n1; n++) {
                KernelInterruptedException.check(owner, "conv2d backward");
                for (int gr = 0; gr < g.groups(); gr++) {
                    int xo = xOff + (n * g.inChannels() + gr * cin) * plane;
                    int yo = dyOff + (n * g.outChannels() + gr * cout) * l;
                    int wo = wOff + gr * cout * k;
                    if (gw != null) {
                        float[] src = x;
                        int so = xo;
                        if (cols != null && col != null) {
                            src = cols;
                            so = (n * g.groups() + gr) * k * l;
                        } else if (col != null) {
                            Im2col.im2col(x, xo, cin, g.h(), g.w(), g.win(), col, 0);
                            src = col;
                            so = 0;
                        }
                        Gemm.serial(false, true, cout, k, l, dy, yo, l, src, so, l, gw, gr * cout * k, k, true);
                    }
                    if (dx != null) {
                        int xgo = dxOff + (n * g.inChannels() + gr * cin) * plane;
                        if (dcol == null) {
                            Gemm.serial(true, false, k, l, cout, weight, wo, k, dy, yo, l, dx, xgo, l, false);
                        } else {
                            Gemm.serial(true, false, k, l, cout, weight, wo, k, dy, yo, l, dcol, 0, l, false);
                            Arrays.fill(dx, xgo, xgo + cin * plane, 0f);
                            Im2col.col2im(dcol, 0, cin, g.h(), g.w(), g.win(), dx, xgo);
                        }
                    }
                }
            }
        });
        if (dw != null) {
            Arrays.fill(dw, dwOff, dwOff + g.weightSize(), 0f);
            for (float[] p : partialW) {
                if (p == null) continue;
                for (int i = 0; i < p.length; i++) dw[dwOff + i] += p[i];
            }
        }
        if (db != null) biasGrad(dy, dyOff, g.batch(), g.outChannels(), l, db, dbOff);
    }

    /** {@code y[n, c, i] += bias[c]} over {@code batch} images of {@code channels} planes of {@code plane} values. */
    public static void addBias(float[] y, int yOff, int batch, int channels, int plane, float[] bias, int bOff) {
        for (int n = 0, yo = yOff; n < batch; n++) {
            for (int c = 0; c < channels; c++, yo += plane) {
                float bc = bias[bOff + c];
                for (int i = 0; i < plane; i++) y[yo + i] += bc;
            }
        }
    }

    /** The gradient of {@link #addBias}: {@code db[c] = Σ_n Σ_i dy[n, c, i]} (overwritten). */
    public static void biasGrad(float[] dy, int dyOff, int batch, int channels, int plane, float[] db, int dbOff) {
        for (int c = 0; c < channels; c++) {
            double s = 0;
            for (int n = 0; n < batch; n++) {
                int o = dyOff + (n * channels + c) * plane;
                for (int i = 0; i < plane; i++) s += dy[o + i];
            }
            db[dbOff + c] = (float) s;
        }
    }

    private interface ImageRange {
        void run(int n0, int n1, int part);
    }

    private static int parts(Geometry g) {
        long work = (long) g.batch() * g.outChannels() * g.k() * g.l();
        return (int) Math.max(1, Math.min(g.batch(), work < Gemm.PARALLEL ? 1 : Workers.THREADS));
    }

    private static void forEachImagePart(Geometry g, ImageRange body) {
        int parts = parts(g);
        int per = (g.batch() + parts - 1) / parts;
        Workers.run(parts, part -> {
            int n0 = part * per, n1 = Math.min(g.batch(), n0 + per);
            if (n0 < n1) body.run(n0, n1, part);
        });
    }
}
