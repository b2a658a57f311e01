package baeum.ops;

import baeum.storage.Dims;
import baeum.storage.Storage;

/** The elements of a strided view in row-major order: where each one lives, and their values. */
public final class RowMajor {
    private RowMajor() {}

    /** The storage offset of each element of the view {@code (shape, strides, offset)}, in row-major order. */
    public static int[] offsets(int[] shape, int[] strides, int offset) {
        int[] out = new int[Dims.numel(shape)];
        int k = 0;
        for (var r = new Rows(shape, strides, offset, null, 0, null, 0); r.hasNext(); r.next()) {
            for (int i = 0; i < r.inner; i++) out[k++] = r.oa + i * r.ia;
        }
        return out;
    }

    /** The values of the view {@code (s, shape, strides, offset)} as doubles, in row-major order (a copy). */
    public static double[] doubles(Storage s, int[] shape, int[] strides, int offset) {
        int n = Dims.numel(shape);
        double[] out = new double[n];
        if (Dims.isContiguous(shape, strides)) {
            for (int i = 0; i < n; i++) out[i] = s.getDouble(offset + i);
            return out;
        }
        int k = 0;
        for (var r = new Rows(shape, strides, offset, null, 0, null, 0); r.hasNext(); r.next()) {
            int oa = r.oa, ia = r.ia, len = r.inner;
            for (int i = 0; i < len; i++) out[k + i] = s.getDouble(oa + i * ia);
            k += len;
        }
        return out;
    }
}
