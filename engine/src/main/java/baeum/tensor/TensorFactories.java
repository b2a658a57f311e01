package baeum.tensor;

import baeum.storage.DType;

/**
 * The filled, range and random creation functions of the DSL ({@code zeros}, {@code arange},
 * {@code randn}...), used through {@code import static baeum.Baeum.*} (which inherits them).
 */
public class TensorFactories extends TensorLiterals {
    protected TensorFactories() {}

    /** A float32 tensor of zeros. Shape: {@code shape}. <pre>jshell> zeros(2, 3).shape()
     * $1 ==> (2, 3)</pre> */
    public static Tensor zeros(int... shape) {
        return Create.full(shape, 0, DType.FLOAT32);
    }

    /** A float32 tensor of ones. Shape: {@code shape}. <pre>jshell> ones(2)
     * $1 ==> tensor([1., 1.])</pre> */
    public static Tensor ones(int... shape) {
        return Create.full(shape, 1, DType.FLOAT32);
    }

    /** A float32 tensor filled with {@code value}. Shape: {@code shape}. <pre>jshell> full(new int[] {2}, 7)
     * $1 ==> tensor([7., 7.])</pre> */
    public static Tensor full(int[] shape, double value) {
        return Create.full(shape, value, DType.FLOAT32);
    }

    /**
     * A tensor of {@code dtype} filled with {@code value}. Shape: {@code shape}.
     * <pre>
     * jshell> full(new int[] {2}, 7, INT64)
     * $1 ==> tensor([7, 7])
     * </pre>
     */
    public static Tensor full(int[] shape, double value, DType dtype) {
        return Create.full(shape, value, dtype);
    }

    /**
     * A float32 tensor whose values do not matter yet (Baeum zero-fills it). Shape: {@code shape}.
     * <pre>
     * jshell> empty(2, 3).shape()
     * $1 ==> (2, 3)
     * </pre>
     */
    public static Tensor empty(int... shape) {
        return Create.full(shape, 0, DType.FLOAT32);
    }

    /**
     * Zeros of {@code t}'s shape and dtype. Shape: {@code t.shape()}.
     * <pre>
     * jshell> zerosLike(arange(3))
     * $1 ==> tensor([0, 0, 0])
     * </pre>
     */
    public static Tensor zerosLike(Tensor t) {
        return Create.full(t.shapeArray(), 0, t.dtype());
    }

    /**
     * Ones of {@code t}'s shape and dtype. Shape: {@code t.shape()}.
     * <pre>
     * jshell> onesLike(zeros(2))
     * $1 ==> tensor([1., 1.])
     * </pre>
     */
    public static Tensor onesLike(Tensor t) {
        return Create.full(t.shapeArray(), 1, t.dtype());
    }

    /**
     * {@code value} in {@code t}'s shape and dtype. Shape: {@code t.shape()}.
     * <pre>
     * jshell> fullLike(zeros(2), 0.5)
     * $1 ==> tensor([0.5000, 0.5000])
     * </pre>
     */
    public static Tensor fullLike(Tensor t, double value) {
        return Create.full(t.shapeArray(), value, t.dtype());
    }

    /**
     * N(0, 1) samples in {@code t}'s shape (float32, or t's float dtype). Shape: {@code t.shape()}.
     * <pre>
     * jshell> randnLike(zeros(2, 3)).shape()
     * $1 ==> (2, 3)
     * </pre>
     */
    public static Tensor randnLike(Tensor t) {
        Tensor r = Create.randn(t.shapeArray());
        return t.dtype().isFloatingPoint() ? r.to(t.dtype()) : r;
    }

    /**
     * U[0, 1) samples in {@code t}'s shape. Shape: {@code t.shape()}.
     * <pre>
     * jshell> randLike(zeros(2, 3)).shape()
     * $1 ==> (2, 3)
     * </pre>
     */
    public static Tensor randLike(Tensor t) {
        Tensor r = Create.rand(t.shapeArray());
        return t.dtype().isFloatingPoint() ? r.to(t.dtype()) : r;
    }

    // ---- ranges -------------------------------------------------------------------------------

    /** 0, 1, ..., end-1 as int64. Shape: {@code (end)}. <pre>jshell> arange(4)
     * $1 ==> tensor([0, 1, 2, 3])</pre> */
    public static Tensor arange(int end) {
        return Create.arange(end);
    }

    /**
     * start, ..., end-1 as int64. Shape: {@code (end - start)}.
     * <pre>
     * jshell> arange(2, 5)
     * $1 ==> tensor([2, 3, 4])
     * </pre>
     */
    public static Tensor arange(int start, int end) {
        return Create.arange(start, end, 1);
    }

    /**
     * start, start+step, ... below end, as int64. Shape: {@code (ceil((end - start) / step))}.
     * <pre>
     * jshell> arange(2, 8, 2)
     * $1 ==> tensor([2, 4, 6])
     * </pre>
     */
    public static Tensor arange(int start, int end, int step) {
        return Create.arange(start, end, step);
    }

    /** 0, 1, ... below end, as float32. Shape: {@code (ceil(end))}. <pre>jshell> arange(2.0)
     * $1 ==> tensor([0., 1.])</pre> */
    public static Tensor arange(double end) {
        return Create.arange(0, end, 1);
    }

    /** start, start+step, ... below end, as float32. Shape: {@code (ceil((end - start) / step))}.
     * <pre>jshell> arange(0, 1, 0.25)
     * $1 ==> tensor([0.0000, 0.2500, 0.5000, 0.7500])</pre> */
    public static Tensor arange(double start, double end, double step) {
        return Create.arange(start, end, step);
    }

    /** {@code steps} evenly spaced values from start to end inclusive, float32. Shape: {@code (steps)}.
     * <pre>jshell> linspace(0, 1, 5)
     * $1 ==> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])</pre> */
    public static Tensor linspace(double start, double end, int steps) {
        return Create.linspace(start, end, steps);
    }

    /** The n x n identity matrix. Shape: {@code (n, n)}. <pre>jshell> eye(2)
     * $1 ==> tensor([[1., 0.],
     *         [0., 1.]])</pre> */
    public static Tensor eye(int n) {
        return Create.eye(n, n);
    }

    /**
     * An n x m matrix with ones on the diagonal. Shape: {@code (n, m)}.
     * <pre>
     * jshell> eye(2, 3)
     * $1 ==> tensor([[1., 0., 0.],
     *         [0., 1., 0.]])
     * </pre>
     */
    public static Tensor eye(int n, int m) {
        return Create.eye(n, m);
    }

    // ---- random -------------------------------------------------------------------------------

    /** U[0, 1) samples, float32. Shape: {@code shape}. <pre>jshell> rand(2, 3).shape()
     * $1 ==> (2, 3)</pre> */
    public static Tensor rand(int... shape) {
        return Create.rand(shape);
    }

    /** N(0, 1) samples, float32. Shape: {@code shape}. <pre>jshell> randn(3, 5, 5).shape()
     * $1 ==> (3, 5, 5)</pre> */
    public static Tensor randn(int... shape) {
        return Create.randn(shape);
    }

    /** Uniform integers in [low, high), int64. Shape: {@code shape}. <pre>jshell> randint(0, 10, 4).shape()
     * $1 ==> (4)</pre> */
    public static Tensor randint(long low, long high, int... shape) {
        return Create.randint(low, high, shape);
    }

    /**
     * Restarts the random generator from {@code seed}, so every random op repeats.
     * <pre>
     * jshell> manualSeed(42); var a = randn(2); manualSeed(42); randn(2).allclose(a)
     * $4 ==> true
     * </pre>
     */
    public static void manualSeed(long seed) {
        Rng.manualSeed(seed);
    }
}
