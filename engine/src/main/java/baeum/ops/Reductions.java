package baeum.ops;

import baeum.storage.Storage;

/**
 * The reduction loops: sums and max/min along dims. A sum walks its input once in memory order
 * and adds into an output read with stride 0 along the reduced dims, so summing over rows,
 * columns or both is one loop; a contiguous run that lands in one output element is summed in
 * double before it is added.
 */
public final class Reductions {
    private Reductions() {}

    /**
     * Adds every element of the float32 view {@code (x, shape, strides, offset)} into {@code out}
     * at the strides {@code outStrides} (0 along the dims being reduced).
     */
    public static void sum(Storage x, int[] shape, int[] strides, int offset, int[] outStrides, float[] out) {
        float[] a = x.f;
        for (var r = new Rows(shape, strides, offset, null, 0, outStrides, 0); r.hasNext(); r.next()) {
            int oa = r.oa, ia = r.ia, len = r.inner;
            if (r.io == 0) {
                double s = 0;
                if (ia == 1) for (int i = 0; i < len; i++) s += a[oa + i];
                else for (int i = 0; i < len; i++) s += a[oa + i * ia];
                out[r.oo] += (float) s;
            } else {
                int oo = r.oo, io = r.io;
                for (int i = 0; i < len; i++) out[oo + i * io] += a[oa + i * ia];
            }
        }
    }

    /** The same sum for any dtype, read and added in double precision. */
    public static void sum(Storage x, int[] shape, int[] strides, int offset, int[] outStrides, double[] out) {
        for (var r = new Rows(shape, strides, offset, null, 0, outStrides, 0); r.hasNext(); r.next()) {
            for (int i = 0; i < r.inner; i++) out[r.oo + i * r.io] += x.getDouble(r.oa + i * r.ia);
        }
    }

    /**
     * Max ({@code max = true}) or min of each line of {@code len} elements at stride {@code step}
     * whose first elements are the view {@code (x, starts, startStrides, offset)}, in row-major
     * order: the value into {@code values} and the position of the first extreme element into
     * {@code index}. NaN counts as the extreme, as in PyTorch.
     */
    public static void extreme(Storage x, int[] starts, int[] startStrides, int offset, int len, int step, boolean max,
                               double[] values, long[] index) {
        float[] f = x.f;
        int k = 0;
        for (var r = new Rows(starts, startStrides, offset, null, 0, null, 0); r.hasNext(); r.next()) {
            for (int i = 0; i < r.inner; i++, k++) {
                int base = r.oa + i * r.ia;
                double best = f != null ? f[base] : x.getDouble(base);
                int bi = 0;
                for (int j = 1; j < len && !Double.isNaN(best); j++) {
                    double v = f != null ? f[base + j * step] : x.getDouble(base + j * step);
                    if (Double.isNaN(v) || (max ? v > best : v < best)) {
                        best = v;
                        bi = j;
                    }
                }
                values[k] = best;
                index[k] = bi;
            }
        }
    }
}
