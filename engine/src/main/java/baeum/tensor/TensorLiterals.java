package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.TensorError;

/**
 * {@code tensor(...)} from Java values and arrays: the literals of the DSL, used through
 * {@code import static baeum.Baeum.*} (which inherits them). One plain value makes a 0-d tensor,
 * several values or an array a 1-D one, nested arrays more dims.
 */
public class TensorLiterals {
    protected TensorLiterals() {}

    static {
        baeum.kernels.KernelWarmup.start();   // the DSL's first use starts compiling the SIMD kernels
    }

    /**
     * An empty float32 tensor, like {@code torch.tensor([])} (without it, {@code tensor()} would be ambiguous).
     * <pre>
     * jshell> tensor()
     * $1 ==> tensor([])
     * </pre>
     * Shape: {@code (0)}.
     */
    public static Tensor tensor() {
        return Create.tensor(new float[0], 0);
    }

    /**
     * A 0-d (scalar) float32 tensor, like {@code torch.tensor(2.)}.
     * <pre>
     * jshell> tensor(2f)
     * $1 ==> tensor(2.)
     * </pre>
     * Shape: {@code ()}.
     */
    public static Tensor tensor(float value) {
        return Create.tensor(new float[] {value});
    }

    /**
     * A 1-D float32 tensor of the values (an explicit {@code new float[] {v}} gives shape (1)).
     * <pre>
     * jshell> tensor(0.2126f, 0.7152f, 0.0722f)
     * $1 ==> tensor([0.2126, 0.7152, 0.0722])
     * </pre>
     * Shape: {@code (n)}.
     */
    public static Tensor tensor(float... values) {
        return Create.tensor(values, values.length);
    }

    /** A 2-D float32 tensor from rows. Shape: {@code (rows, cols)}.
     * <pre>jshell> tensor(new float[][] {{1, 2}, {3, 4}})
     * $1 ==> tensor([[1., 2.],
     *         [3., 4.]])</pre> */
    public static Tensor tensor(float[][] values) {
        return Create.fromNested(values, 2);
    }

    /**
     * A 3-D float32 tensor. Shape: {@code (d0, d1, d2)}.
     * <pre>
     * jshell> tensor(new float[][][] {{{1}}, {{2}}}).shape()
     * $1 ==> (2, 1, 1)
     * </pre>
     */
    public static Tensor tensor(float[][][] values) {
        return Create.fromNested(values, 3);
    }

    /**
     * A 4-D float32 tensor. Shape: {@code (d0, d1, d2, d3)}.
     * <pre>
     * jshell> tensor(new float[][][][] {{{{1}}}}).shape()
     * $1 ==> (1, 1, 1, 1)
     * </pre>
     */
    public static Tensor tensor(float[][][][] values) {
        return Create.fromNested(values, 4);
    }

    /**
     * A 2-D float32 tensor from rows of doubles. Shape: {@code (rows, cols)}.
     * <pre>
     * jshell> tensor(new double[][] {{1, 2}})
     * $1 ==> tensor([[1., 2.]])
     * </pre>
     */
    public static Tensor tensor(double[][] values) {
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length;
        float[][] f = new float[rows][];
        for (int i = 0; i < rows; i++) {
            f[i] = new float[values[i].length];
            for (int j = 0; j < f[i].length; j++) f[i][j] = (float) values[i][j];
        }
        return Create.fromNested(f, 2);
    }

    /**
     * A 0-d float32 tensor from a double (Python floats are float32 in PyTorch too). Shape: {@code ()}.
     * <pre>
     * jshell> tensor(2.5)
     * $1 ==> tensor(2.5000)
     * </pre>
     */
    public static Tensor tensor(double value) {
        return Create.ofDoubles(new double[] {value}, DType.FLOAT32);
    }

    /** A 1-D float32 tensor from doubles ({@code tensor(values, FLOAT64)} keeps double precision). Shape: {@code (n)}.
     * <pre>jshell> tensor(1.0, 2.5)
     * $1 ==> tensor([1.0000, 2.5000])</pre> */
    public static Tensor tensor(double... values) {
        return Create.ofDoubles(values, DType.FLOAT32, values.length);
    }

    /** A 1-D tensor of the given dtype from doubles. Shape: {@code (n)}.
     * <pre>jshell> tensor(new double[] {1, 2}, FLOAT64)
     * $1 ==> tensor([1., 2.], dtype=torch.float64)</pre> */
    public static Tensor tensor(double[] values, DType dtype) {
        return Create.ofDoubles(values, dtype, values.length);
    }

    /** A 0-d int64 tensor. Shape: {@code ()}. <pre>jshell> tensor(3)
     * $1 ==> tensor(3)</pre> */
    public static Tensor tensor(int value) {
        return Create.ofLongs(new long[] {value});
    }

    /** A 1-D int64 tensor (class labels, indices). Shape: {@code (n)}. <pre>jshell> tensor(1, 0, 2)
     * $1 ==> tensor([1, 0, 2])</pre> */
    public static Tensor tensor(int... values) {
        long[] v = new long[values.length];
        for (int i = 0; i < v.length; i++) v[i] = values[i];
        return Create.ofLongs(v, v.length);
    }

    /**
     * A 0-d int64 tensor (without this, Java would turn {@code tensor(5L)} into a float). Shape: {@code ()}.
     * <pre>
     * jshell> tensor(3L)
     * $1 ==> tensor(3)
     * </pre>
     */
    public static Tensor tensor(long value) {
        return Create.ofLongs(new long[] {value});
    }

    /**
     * A 1-D int64 tensor. Shape: {@code (n)}.
     * <pre>
     * jshell> tensor(5L, 6L)
     * $1 ==> tensor([5, 6])
     * </pre>
     */
    public static Tensor tensor(long... values) {
        return Create.ofLongs(values, values.length);
    }

    /**
     * A 2-D int64 tensor. Shape: {@code (rows, cols)}.
     * <pre>
     * jshell> tensor(new int[][] {{1, 2}, {3, 4}})
     * $1 ==> tensor([[1, 2],
     *         [3, 4]])
     * </pre>
     */
    public static Tensor tensor(int[][] values) {
        int[] shape = {values.length, values.length == 0 ? 0 : values[0].length};
        long[] v = new long[shape[0] * shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            if (values[i].length != shape[1]) {
                throw new TensorError("tensor: row " + i + " has " + values[i].length
                        + " elements but row 0 has " + shape[1] + "; give rows of equal length");
            }
            for (int j = 0; j < shape[1]; j++) v[i * shape[1] + j] = values[i][j];
        }
        return Create.ofLongs(v, shape);
    }

    /**
     * A 0-d bool tensor. Shape: {@code ()}.
     * <pre>
     * jshell> tensor(true)
     * $1 ==> tensor(True)
     * </pre>
     */
    public static Tensor tensor(boolean value) {
        return Create.ofBooleans(new boolean[] {value});
    }

    /** A 1-D bool tensor (a mask). Shape: {@code (n)}. <pre>jshell> tensor(true, false)
     * $1 ==> tensor([ True, False])</pre> */
    public static Tensor tensor(boolean... values) {
        return Create.ofBooleans(values, values.length);
    }

    /** A float32 tensor of {@code shape} holding a copy of {@code data} (row-major). Shape: {@code shape}.
     * <pre>jshell> fromArray(new float[] {1, 2, 3, 4}, 2, 2)
     * $1 ==> tensor([[1., 2.],
     *         [3., 4.]])</pre> */
    public static Tensor fromArray(float[] data, int... shape) {
        return Create.tensor(data, shape);
    }
}
