package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.TensorError;
import java.lang.reflect.Array;

/** Converts between tensors and nested Java arrays ({@code float[][]}, {@code long[][][]}, ...). */
final class Nested {
    private Nested() {}

    static Object toArray(Tensor t) {
        double[] v = t.toDoubleArray();
        Class<?> base = switch (t.dtype()) {
            case FLOAT32 -> float.class;
            case FLOAT64 -> double.class;
            case INT64 -> long.class;
            case BOOL -> boolean.class;
        };
        if (t.dim() == 0) return box(t.dtype(), v[0]);
        Object out = Array.newInstance(base, t.shapeArray());
        int[] idx = new int[t.dim()];
        for (double x : v) {
            Object row = out;
            for (int d = 0; d < idx.length - 1; d++) row = Array.get(row, idx[d]);
            int i = idx[idx.length - 1];
            switch (t.dtype()) {
                case FLOAT32 -> Array.setFloat(row, i, (float) x);
                case FLOAT64 -> Array.setDouble(row, i, x);
                case INT64 -> Array.setLong(row, i, (long) x);
                case BOOL -> Array.setBoolean(row, i, x != 0);
            }
            for (int d = idx.length - 1; d >= 0; d--) {
                if (++idx[d] < t.shapeArray()[d]) break;
                idx[d] = 0;
            }
        }
        return out;
    }

    private static Object box(DType dt, double x) {
        return switch (dt) {
            case FLOAT32 -> (float) x;
            case FLOAT64 -> x;
            case INT64 -> (long) x;
            case BOOL -> x != 0;
        };
    }

    /** The shape of a rectangular nested array, or an error naming the ragged row. */
    static int[] shapeOf(Object array, int depth) {
        int[] shape = new int[depth];
        Object a = array;
        for (int d = 0; d < depth; d++) {
            shape[d] = Array.getLength(a);
            if (d < depth - 1 && shape[d] > 0) a = Array.get(a, 0);
        }
        check(array, shape, 0);
        return shape;
    }

    private static void check(Object a, int[] shape, int d) {
        if (Array.getLength(a) != shape[d]) {
            throw new TensorError("tensor: the nested arrays are not rectangular: a row at depth " + d + " has "
                    + Array.getLength(a) + " elements but the first has " + shape[d] + "; give rows of equal length");
        }
        if (d < shape.length - 1) for (int i = 0; i < shape[d]; i++) check(Array.get(a, i), shape, d + 1);
    }

    /** The elements of a rectangular float nested array in row-major order. */
    static float[] flatFloats(Object array, int[] shape) {
        float[] out = new float[Dims.numel(shape)];
        fill(array, shape.length, out, new int[] {0});
        return out;
    }

    private static void fill(Object a, int depth, float[] out, int[] at) {
        if (depth == 1) {
            float[] row = (float[]) a;
            System.arraycopy(row, 0, out, at[0], row.length);
            at[0] += row.length;
            return;
        }
        for (int i = 0, n = Array.getLength(a); i < n; i++) fill(Array.get(a, i), depth - 1, out, at);
    }
}
