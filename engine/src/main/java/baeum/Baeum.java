package baeum;

import baeum.autograd.GradMode;
import baeum.tensor.Create;
import baeum.tensor.DType;
import baeum.tensor.Rng;
import baeum.tensor.Shape;
import baeum.tensor.Slice;
import baeum.tensor.Tensor;

/**
 * The DSL: made for {@code import static baeum.Baeum.*}, so that a notebook cell reads like the
 * lecture. Creation functions live here; ops are methods of {@link Tensor}; the toolkit is
 * reached through {@code nn.*}, {@code optim.*}, {@code data.*} and {@code datasets.*}.
 *
 * <pre>
 * jshell> var img = randn(3, 5, 5)
 * jshell> var w = tensor(0.2126f, 0.7152f, 0.0722f).unsqueeze(-1).unsqueeze_(-1)
 * jshell> img.mul(w).sum(-3).shape()
 * $3 ==> (5, 5)
 * </pre>
 */
public final class Baeum {
    private Baeum() {}

    /** Layers, activations, losses and initializers: {@code nn.linear(784, 256)}. */
    public static final class nn extends baeum.nn.NnFacade {
        private nn() {}
    }

    /** Optimizers and schedulers: {@code optim.adam(model.parameters(), 1e-3)}. */
    public static final class optim extends baeum.optim.OptimFacade {
        private optim() {}
    }

    /** Datasets, loaders, transforms and metrics: {@code data.loader(train, 64)}. */
    public static final class data extends baeum.data.DataFacade {
        private data() {}
    }

    /** The course's datasets: {@code datasets.fashionMnist(true)}. */
    public static final class datasets extends baeum.data.DatasetsFacade {
        private datasets() {}
    }

    public static final DType FLOAT32 = DType.FLOAT32, FLOAT64 = DType.FLOAT64, INT64 = DType.INT64, BOOL = DType.BOOL;

    // ---- from values --------------------------------------------------------------------------

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

    /** A 3-D float32 tensor. Shape: {@code (d0, d1, d2)}. */
    public static Tensor tensor(float[][][] values) {
        return Create.fromNested(values, 3);
    }

    /** A 4-D float32 tensor. Shape: {@code (d0, d1, d2, d3)}. */
    public static Tensor tensor(float[][][][] values) {
        return Create.fromNested(values, 4);
    }

    /** A 2-D float32 tensor from rows of doubles. Shape: {@code (rows, cols)}. */
    public static Tensor tensor(double[][] values) {
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length;
        float[][] f = new float[rows][];
        for (int i = 0; i < rows; i++) {
            f[i] = new float[values[i].length];
            for (int j = 0; j < f[i].length; j++) f[i][j] = (float) values[i][j];
        }
        return Create.fromNested(f, 2);
    }

    /** A 0-d float32 tensor from a double (Python floats are float32 in PyTorch too). Shape: {@code ()}. */
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

    /** A 0-d int64 tensor (without this, Java would turn {@code tensor(5L)} into a float). Shape: {@code ()}. */
    public static Tensor tensor(long value) {
        return Create.ofLongs(new long[] {value});
    }

    /** A 1-D int64 tensor. Shape: {@code (n)}. */
    public static Tensor tensor(long... values) {
        return Create.ofLongs(values, values.length);
    }

    /** A 2-D int64 tensor. Shape: {@code (rows, cols)}. */
    public static Tensor tensor(int[][] values) {
        int[] shape = {values.length, values.length == 0 ? 0 : values[0].length};
        long[] v = new long[shape[0] * shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            if (values[i].length != shape[1]) {
                throw new baeum.tensor.TensorError("tensor: row " + i + " has " + values[i].length
                        + " elements but row 0 has " + shape[1] + "; give rows of equal length");
            }
            for (int j = 0; j < shape[1]; j++) v[i * shape[1] + j] = values[i][j];
        }
        return Create.ofLongs(v, shape);
    }

    /** A 0-d bool tensor. Shape: {@code ()}. */
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

    // ---- filled -------------------------------------------------------------------------------

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

    /** A tensor of {@code dtype} filled with {@code value}. Shape: {@code shape}. */
    public static Tensor full(int[] shape, double value, DType dtype) {
        return Create.full(shape, value, dtype);
    }

    /** A float32 tensor whose values do not matter yet (Baeum zero-fills it). Shape: {@code shape}. */
    public static Tensor empty(int... shape) {
        return Create.full(shape, 0, DType.FLOAT32);
    }

    /** Zeros of {@code t}'s shape and dtype. Shape: {@code t.shape()}. */
    public static Tensor zerosLike(Tensor t) {
        return Create.full(t.shapeArray(), 0, t.dtype());
    }

    /** Ones of {@code t}'s shape and dtype. Shape: {@code t.shape()}. */
    public static Tensor onesLike(Tensor t) {
        return Create.full(t.shapeArray(), 1, t.dtype());
    }

    /** {@code value} in {@code t}'s shape and dtype. Shape: {@code t.shape()}. */
    public static Tensor fullLike(Tensor t, double value) {
        return Create.full(t.shapeArray(), value, t.dtype());
    }

    /** N(0, 1) samples in {@code t}'s shape (float32, or t's float dtype). Shape: {@code t.shape()}. */
    public static Tensor randnLike(Tensor t) {
        Tensor r = Create.randn(t.shapeArray());
        return t.dtype().isFloatingPoint() ? r.to(t.dtype()) : r;
    }

    /** U[0, 1) samples in {@code t}'s shape. Shape: {@code t.shape()}. */
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

    /** start, ..., end-1 as int64. Shape: {@code (end - start)}. */
    public static Tensor arange(int start, int end) {
        return Create.arange(start, end, 1);
    }

    /** start, start+step, ... below end, as int64. Shape: {@code (ceil((end - start) / step))}. */
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

    /** An n x m matrix with ones on the diagonal. Shape: {@code (n, m)}. */
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

    /** Restarts the random generator from {@code seed}, so every random op repeats. */
    public static void manualSeed(long seed) {
        Rng.manualSeed(seed);
    }

    // ---- joining, choosing --------------------------------------------------------------------

    /** Joins tensors along existing dim {@code dim}. Shape: {@code (2, 3), (4, 3)} with 0 -> {@code (6, 3)}.
     * <pre>jshell> cat(0, ones(2, 3), zeros(4, 3)).shape()
     * $1 ==> (6, 3)</pre> */
    public static Tensor cat(int dim, Tensor... tensors) {
        return Create.cat(dim, tensors);
    }

    /** Stacks tensors of one shape along a new dim {@code dim}. Shape: two {@code (3)} with 0 -> {@code (2, 3)}.
     * <pre>jshell> stack(0, ones(3), zeros(3)).shape()
     * $1 ==> (2, 3)</pre> */
    public static Tensor stack(int dim, Tensor... tensors) {
        return Create.stack(dim, tensors);
    }

    /** {@code a} where {@code cond} is true, else {@code b} (with broadcasting). Shape: broadcast of all three.
     * <pre>jshell> where(tensor(true, false), ones(2), zeros(2))
     * $1 ==> tensor([1., 0.])</pre> */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        return baeum.autograd.Where.apply("WhereBackward0", cond, a, b);
    }

    /** {@code a} where {@code cond} is true, else the number {@code b}. Shape: broadcast. */
    public static Tensor where(Tensor cond, Tensor a, double b) {
        return where(cond, a, Create.full(new int[0], b, a.dtype()));
    }

    // ---- indexing -----------------------------------------------------------------------------

    /** {@code start:stop} for {@link Tensor#get(Object...)}; null for an open end. */
    public static Slice slice(Integer start, Integer stop) {
        return Slice.slice(start, stop);
    }

    /** {@code start:stop:step} for {@link Tensor#get(Object...)}. */
    public static Slice slice(Integer start, Integer stop, int step) {
        return Slice.slice(start, stop, step);
    }

    /** {@code :} for {@link Tensor#get(Object...)}. */
    public static Slice all() {
        return Slice.all();
    }

    /** {@code None} (a new size-1 dim) for {@link Tensor#get(Object...)}. */
    public static Slice newAxis() {
        return Slice.newAxis();
    }

    /** {@code ...} for {@link Tensor#get(Object...)}. */
    public static Slice ellipsis() {
        return Slice.ellipsis();
    }

    /** A shape value, e.g. to compare with {@code x.shape()}. */
    public static Shape shape(int... dims) {
        return new Shape(dims);
    }

    // ---- autograd -----------------------------------------------------------------------------

    /**
     * A scope in which ops are not recorded for backward: {@code try (var g = noGrad()) { ... }}.
     * <pre>
     * jshell> try (var g = noGrad()) { w.sub_(w.grad().mul(0.1)); }
     * </pre>
     */
    public static GradMode noGrad() {
        return GradMode.disable();
    }

    /** A scope that turns recording back on (inside a {@code noGrad()} block). */
    public static GradMode enableGrad() {
        return GradMode.enable();
    }

    /** True when ops are recorded for backward. */
    public static boolean isGradEnabled() {
        return GradMode.isEnabled();
    }

    /** Turns recording on or off for good ({@code torch.set_grad_enabled}). */
    public static void setGradEnabled(boolean on) {
        GradMode.setEnabled(on);
    }
}
