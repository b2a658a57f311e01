package baeum.ops;

import baeum.storage.Storage;

/**
 * The whole-array loops behind the tensor-level pointwise ops ({@code baeum.tensor.Pointwise}):
 * {@link Elementwise}'s row loops driven over every row of a strided, broadcast layout
 * ({@link Rows}), and the double, int64 and bool paths. The caller picks result types, shapes and
 * strides; these only loop. Output arrays are written, never allocated here, except where a
 * method returns one.
 *
 * <pre>
 * jshell> float[] out = new float[4];
 * jshell> baeum.ops.ElementwiseRows.binary(baeum.ops.Elementwise.ADD, new int[] {2, 2}, new float[] {1, 2, 3, 4}, new int[] {1, 2}, 0, new float[] {10, 20}, new int[] {1, 0}, 0, out, new int[] {2, 1}, 0);
 * jshell> java.util.Arrays.toString(out)
 * $3 ==> "[11.0, 13.0, 22.0, 24.0]"
 * </pre>
 */
public final class ElementwiseRows {
    private ElementwiseRows() {}

    /** {@code o = a OP b} over float32 operands of {@code shape} (strides {@code sa}, {@code sb}, {@code so}; 0 where broadcast). */
    public static void binary(int op, int[] shape, float[] a, int[] sa, int a0, float[] b, int[] sb, int b0,
                              float[] o, int[] so, int o0) {
        for (var r = new Rows(shape, sa, a0, sb, b0, so, o0); r.hasNext(); r.next()) {
            Elementwise.binary(op, a, r.oa, r.ia, b, r.ob, r.ib, o, r.oo, r.io, r.inner);
        }
    }

    /** {@code o = a OP b} as bools, over float32 operands of {@code shape}. */
    public static void compare(int op, int[] shape, float[] a, int[] sa, int a0, float[] b, int[] sb, int b0,
                               boolean[] o, int[] so) {
        for (var r = new Rows(shape, sa, a0, sb, b0, so, 0); r.hasNext(); r.next()) {
            Elementwise.compare(op, a, r.oa, r.ia, b, r.ob, r.ib, o, r.oo, r.io, r.inner);
        }
    }

    /** {@code x OP y} elementwise in double precision (both of one length). */
    public static double[] binary(int op, double[] x, double[] y) {
        double[] o = new double[x.length];
        for (int i = 0; i < o.length; i++) o[i] = Elementwise.apply(op, x[i], y[i]);
        return o;
    }

    /** int64 {@code x + y}, {@code x - y} or {@code x * y} in long arithmetic (exact beyond 2^53, where doubles are not). */
    public static long[] exactLongs(int op, long[] x, long[] y) {
        long[] o = new long[x.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = op == Elementwise.ADD ? x[i] + y[i] : op == Elementwise.SUB ? x[i] - y[i] : x[i] * y[i];
        }
        return o;
    }

    /** {@code o = f(a; p, q)} over a float32 operand of {@code shape}. */
    public static void unary(UnaryKernel k, int[] shape, float[] a, int[] sa, int a0, float[] o, int[] so, int o0,
                             float p, float q) {
        for (var r = new Rows(shape, sa, a0, null, 0, so, o0); r.hasNext(); r.next()) {
            Elementwise.unary(k, a, r.oa, r.ia, o, r.oo, r.io, r.inner, p, q);
        }
    }

    /** {@code x = f(x; p, q)} in place, in double precision. */
    public static void unary(UnaryKernel k, double[] x, double p, double q) {
        UnaryKernel.Formula f = k.formula();
        for (int i = 0; i < x.length; i++) x[i] = f.at(x[i], p, q);
    }

    /** Copies the strided elements of {@code src} (float64, int64 or bool) into {@code dst} with strides {@code sd}. */
    public static void copy(int[] shape, Storage src, int[] ss, int s0, Storage dst, int[] sd) {
        for (var r = new Rows(shape, ss, s0, null, 0, sd, 0); r.hasNext(); r.next()) {
            for (int i = 0; i < r.inner; i++) {
                int from = r.oa + i * r.ia, to = r.oo + i * r.io;
                switch (src.dtype) {
                    case FLOAT32 -> dst.f[to] = src.f[from];
                    case FLOAT64 -> dst.d[to] = src.d[from];
                    case INT64 -> dst.l[to] = src.l[from];
                    case BOOL -> dst.b[to] = src.b[from];
                }
            }
        }
    }

    /** {@code d = d OP s} in place, element by element in double precision ({@code s} broadcast, strides {@code ss}). */
    public static void binaryInto(int op, int[] shape, Storage d, int[] sd, int d0, Storage s, int[] ss, int s0) {
        for (var r = new Rows(shape, sd, d0, ss, s0, null, 0); r.hasNext(); r.next()) {
            for (int i = 0; i < r.inner; i++) {
                int od = r.oa + i * r.ia;
                d.setDouble(od, Elementwise.apply(op, d.getDouble(od), s.getDouble(r.ob + i * r.ib)));
            }
        }
    }

    /** {@code d = f(d; p, q)} in place: float32 through the kernel's row loop, other types in double precision. */
    public static void unaryInto(UnaryKernel k, int[] shape, Storage d, int[] sd, int d0, double p, double q) {
        if (d.f != null) {
            for (var r = new Rows(shape, sd, d0, null, 0, sd, d0); r.hasNext(); r.next()) {
                Elementwise.unary(k, d.f, r.oa, r.ia, d.f, r.oo, r.io, r.inner, (float) p, (float) q);
            }
            return;
        }
        UnaryKernel.Formula f = k.formula();
        for (var r = new Rows(shape, sd, d0, null, 0, null, 0); r.hasNext(); r.next()) {
            for (int i = 0; i < r.inner; i++) {
                int od = r.oa + i * r.ia;
                d.setDouble(od, f.at(d.getDouble(od), p, q));
            }
        }
    }

    /** {@code c ? x : y} elementwise (all of one length). */
    public static float[] select(boolean[] c, float[] x, float[] y) {
        float[] o = new float[c.length];
        for (int i = 0; i < o.length; i++) o[i] = c[i] ? x[i] : y[i];
        return o;
    }

    /** {@code c ? x : y} elementwise (all of one length). */
    public static double[] select(boolean[] c, double[] x, double[] y) {
        double[] o = new double[c.length];
        for (int i = 0; i < o.length; i++) o[i] = c[i] ? x[i] : y[i];
        return o;
    }
}
