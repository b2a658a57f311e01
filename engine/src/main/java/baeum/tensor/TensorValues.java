package baeum.tensor;

import baeum.ops.RowMajor;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.storage.Storage;
import baeum.storage.TensorError;


/** Reading numbers out of a tensor: single values, elements by index, and whole copies as Java arrays. */
public sealed interface TensorValues permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    /**
     * The value of a one-element tensor as a float.
     * <pre>
     * jshell> tensor(1f, 2f).sum().item()
     * $1 ==> 3.0
     * </pre>
     * Shape: any shape with one element -> a number.
     */
    default float item() {
        return (float) itemDouble();
    }

    /** The value of a one-element tensor as a double. Shape: one element -> a number.
     * <pre>jshell> tensor(0.5f).itemDouble()
     * $1 ==> 0.5</pre> */
    default double itemDouble() {
        Tensor t = self();
        if (t.numel() != 1) {
            throw new TensorError("item: only a one-element tensor can be converted to a number, but this"
                    + " tensor of shape " + Shape.str(t.shape) + " has " + t.numel() + " elements. Select one"
                    + " element first (e.g. x.get(0, 1).item()) or reduce (x.sum().item())");
        }
        return t.storage.getDouble(t.offset);
    }

    /** The value of a one-element tensor as a long (exact for int64). Shape: one element -> a number.
     * <pre>jshell> tensor(true, true, false).sum().itemLong()
     * $1 ==> 2</pre> */
    default long itemLong() {
        Tensor t = self();
        double v = itemDouble();
        return t.storage.dtype == DType.INT64 ? t.storage.l[t.offset] : (long) v;
    }

    /** The value of a one-element tensor as a boolean (nonzero is true). Shape: one element -> a boolean.
     * <pre>jshell> tensor(1f).gt(0).itemBoolean()
     * $1 ==> true</pre> */
    default boolean itemBoolean() {
        return itemDouble() != 0;
    }

    /**
     * The element at {@code index} (one index per dim; negative ones count from the end) as a float.
     * <pre>
     * jshell> tensor(new float[][] {{1, 2}, {3, 4}}).getFloat(-1, 0)
     * $1 ==> 3.0
     * </pre>
     * Shape: {@code (d0, ..., dn)} with n + 1 indices -> a number.
     */
    default float getFloat(int... index) {
        Tensor t = self();
        return (float) t.storage.getDouble(t.offsetOf("getFloat", index));
    }

    /**
     * The element at {@code index} as a double. Shape: one index per dim -> a number.
     * <pre>
     * jshell> tensor(new double[] {1, 2}, FLOAT64).getDouble(1)
     * $1 ==> 2.0
     * </pre>
     */
    default double getDouble(int... index) {
        Tensor t = self();
        return t.storage.getDouble(t.offsetOf("getDouble", index));
    }

    /** The element at {@code index} as a long (exact for int64). Shape: one index per dim -> a number.
     * <pre>jshell> arange(6).view(2, 3).getLong(1, 2)
     * $1 ==> 5</pre> */
    default long getLong(int... index) {
        Tensor t = self();
        int o = t.offsetOf("getLong", index);
        return t.storage.dtype == DType.INT64 ? t.storage.l[o] : (long) t.storage.getDouble(o);
    }

    /**
     * The elements in row-major order as floats (a copy, whatever the layout).
     * <pre>
     * jshell> arange(4).view(2, 2).t().toFloatArray()
     * $1 ==> float[4] { 0.0, 2.0, 1.0, 3.0 }
     * </pre>
     * Shape: any -> {@code float[numel]}.
     */
    default float[] toFloatArray() {
        Tensor t = self();
        Tensor c = t.storage.dtype == DType.FLOAT32 ? t : t.to(DType.FLOAT32);
        if (c.contiguous && c.offset == 0 && c.storage.f.length == t.numel()) return c.storage.f.clone();
        return Pointwise.contiguousCopy(c).storage.f;
    }

    /**
     * The elements in row-major order as doubles (a copy). Shape: any -> {@code double[numel]}.
     * <pre>
     * jshell> tensor(1f, 2f).toDoubleArray()
     * $1 ==> double[2] { 1.0, 2.0 }
     * </pre>
     */
    default double[] toDoubleArray() {
        Tensor t = self();
        return RowMajor.doubles(t.storage, t.shape, t.strides, t.offset);
    }

    /** The elements in row-major order as longs (a copy; floats are truncated towards zero). Shape: any -> {@code long[numel]}.
     * <pre>jshell> arange(3).toLongArray()
     * $1 ==> long[3] { 0, 1, 2 }</pre> */
    default long[] toLongArray() {
        Tensor t = self();
        if (t.storage.dtype == DType.INT64) return Pointwise.contiguousCopy(t).storage.l;
        return Storage.fromDoubles(DType.INT64, toDoubleArray()).l;
    }

    /**
     * The elements as nested Java arrays ({@code float[][]} for a 2-D float32 tensor, {@code long[]}
     * for int64...); a boxed number for a 0-d tensor.
     * <pre>
     * jshell> (float[][]) tensor(new float[][] {{1, 2}, {3, 4}}).toArray()
     * $1 ==> float[2][] { float[2] { 1.0, 2.0 }, float[2] { 3.0, 4.0 } }
     * </pre>
     * Shape: {@code (d0, ..., dn)} -> nested arrays of the same sizes.
     */
    default Object toArray() {
        return Nested.toArray(self());
    }
}
