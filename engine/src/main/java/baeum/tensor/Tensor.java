package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.Storage;
import baeum.storage.TensorError;
import java.util.Arrays;

/**
 * An n-dimensional array with autograd: a {@link Storage} read through a shape, strides and an
 * offset, so that views ({@code view}, {@code transpose}, slicing...) share the numbers without
 * copying. The ops themselves are grouped by theme in {@link TensorValues},
 * {@link TensorAutograd}, {@link TensorViews}, {@link TensorIndexing}, {@link TensorMath}, {@link TensorCompare},
 * {@link TensorReductions}, {@link TensorStats} and {@link TensorInPlace}; create tensors with the functions of
 * {@code baeum.Baeum} ({@code tensor}, {@code zeros}, {@code randn}...).
 *
 * <pre>
 * jshell> var x = tensor(new float[][] {{1, 2}, {3, 4}}).requiresGrad_()
 * x ==> tensor([[1., 2.],
 *         [3., 4.]], requires_grad=True)
 * jshell> x.mul(x).sum().backward(); x.grad()
 * $2 ==> tensor([[2., 4.],
 *         [6., 8.]])
 * </pre>
 */
public final class Tensor implements TensorValues, TensorAutograd, TensorViews, TensorIndexing, TensorMath, TensorCompare, TensorReductions,
        TensorStats, TensorInPlace {
    static {
        baeum.kernels.KernelWarmup.start();   // the first tensor starts compiling the SIMD kernels
    }

    Storage storage;
    int[] shape;
    int[] strides;
    int offset;
    boolean contiguous;
    final boolean isView;
    boolean requiresGrad;
    Tensor grad;
    Node gradFn;

    /** The result of {@code max(dim)}/{@code min(dim)}: the values and their int64 indices along the dim. */
    public record ValuesIndices(Tensor values, Tensor indices) {}

    Tensor(Storage storage, int[] shape, int[] strides, int offset, boolean isView) {
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.isView = isView;
        this.contiguous = Dims.isContiguous(shape, strides);
    }

    // ---- engine-level construction (no copy) --------------------------------------------------

    /** A contiguous tensor over {@code storage} (no copy). For engine code. */
    public static Tensor wrap(Storage storage, int[] shape) {
        return new Tensor(storage, shape, Dims.contiguousStrides(shape), 0, false);
    }

    /** A contiguous tensor over {@code storage} with precomputed row-major {@code strides}. For engine code. */
    public static Tensor wrap(Storage storage, int[] shape, int[] strides) {
        return new Tensor(storage, shape, strides, 0, false);
    }

    /** A view of {@code storage} with the given layout (PyTorch's {@code as_strided}). For engine code. */
    public static Tensor asStrided(Storage storage, int[] shape, int[] strides, int offset) {
        return new Tensor(storage, shape, strides, offset, true);
    }

    /** A float32 tensor over {@code data} (no copy). For engine code. */
    public static Tensor wrap(float[] data, int... shape) {
        checkLength("wrap", data.length, shape);
        return wrap(Storage.of(data), shape);
    }

    /** A float64 tensor over {@code data} (no copy). For engine code. */
    public static Tensor wrap(double[] data, int... shape) {
        checkLength("wrap", data.length, shape);
        return wrap(Storage.of(data), shape);
    }

    /** An int64 tensor over {@code data} (no copy). For engine code. */
    public static Tensor wrap(long[] data, int... shape) {
        checkLength("wrap", data.length, shape);
        return wrap(Storage.of(data), shape);
    }

    /** A bool tensor over {@code data} (no copy). For engine code. */
    public static Tensor wrap(boolean[] data, int... shape) {
        checkLength("wrap", data.length, shape);
        return wrap(Storage.of(data), shape);
    }

    /** A new contiguous tensor of {@code shape} filled with {@code value}. */
    public static Tensor full(int[] shape, double value, DType dtype) {
        Storage s = Storage.allocate(dtype, Dims.numel(shape));
        if (value != 0) {
            if (dtype == DType.FLOAT32) Arrays.fill(s.f, (float) value);
            else for (int i = 0, n = s.length(); i < n; i++) s.setDouble(i, value);
        }
        return wrap(s, shape.clone());
    }

    static void checkLength(String op, int length, int[] shape) {
        for (int d : shape) {
            if (d < 0) throw new TensorError(op + ": negative size " + d + " in shape " + Shape.str(shape));
        }
        if (Dims.numel(shape) != length) {
            throw new TensorError(op + ": " + length + " values cannot fill shape " + Shape.str(shape)
                    + " (" + Dims.numel(shape) + " elements); give as many values as the shape holds");
        }
    }

    // ---- layout -----------------------------------------------------------------------------------

    /**
     * The sizes, e.g. {@code (2, 3)}; {@code shape().get(i)}, {@code shape().size()} (the rank).
     * <pre>
     * jshell> zeros(2, 3).shape()
     * $1 ==> (2, 3)
     * </pre>
     * Shape: {@code (d0, ..., dn)} -> {@code (d0, ..., dn)}.
     */
    public Shape shape() {
        return new Shape(shape);
    }

    /**
     * The sizes, as PyTorch's {@code x.size()} (the same as {@link #shape()}).
     * <pre>
     * jshell> zeros(2, 3).size()
     * $1 ==> (2, 3)
     * </pre>
     * Shape: {@code (d0, ..., dn)} -> {@code (d0, ..., dn)}.
     */
    public Shape size() {
        return shape();
    }

    /**
     * The size of dimension {@code dim} (negative counts from the end).
     * <pre>
     * jshell> zeros(2, 3).size(-1)
     * $1 ==> 3
     * </pre>
     * Shape: {@code (d0, ..., dn)} -> d_dim.
     */
    public int size(int dim) {
        return shape[Dims.wrap("size", dim, shape.length, shape)];
    }

    /**
     * The number of dimensions (0 for a scalar).
     * <pre>
     * jshell> zeros(2, 3).dim()
     * $1 ==> 2
     * </pre>
     * Shape: {@code (d0, ..., dn)} -> n + 1.
     */
    public int dim() {
        return shape.length;
    }

    /**
     * The number of elements.
     * <pre>
     * jshell> zeros(2, 3).numel()
     * $1 ==> 6
     * </pre>
     * Shape: {@code (d0, ..., dn)} -> d0 * ... * dn.
     */
    public long numel() {
        return Dims.numel(shape);
    }

    /**
     * The element type.
     * <pre>
     * jshell> tensor(1, 2).dtype()
     * $1 ==> INT64
     * </pre>
     */
    public DType dtype() {
        return storage.dtype;
    }

    /** True if the elements are laid out row-major without gaps. */
    public boolean isContiguous() {
        return contiguous;
    }

    /**
     * A copy of the strides: how many storage elements one step along each dim skips.
     * <pre>
     * jshell> zeros(2, 3).t().stride()
     * $1 ==> int[2] { 1, 3 }
     * </pre>
     */
    public int[] stride() {
        return strides.clone();
    }

    /** The storage behind this tensor (shared by its views). For engine code. */
    public Storage storage() {
        return storage;
    }

    /** Where element (0, ..., 0) sits in the storage. */
    public int storageOffset() {
        return offset;
    }

    /** The shape array itself, not a copy: engine code must not change it. */
    public int[] shapeArray() {
        return shape;
    }

    /** The strides array itself, not a copy: engine code must not change it. */
    public int[] strideArray() {
        return strides;
    }

    /** True if this tensor shares its storage with another tensor it was made from. */
    public boolean isView() {
        return isView;
    }

    /** The storage index of the element at {@code index} (checked). */
    int offsetOf(String op, int[] index) {
        if (index.length != shape.length) {
            throw new TensorError(op + ": got " + index.length + " indices for a tensor of shape "
                    + Shape.str(shape) + "; give one index per dimension (" + shape.length + ")");
        }
        int o = offset;
        for (int d = 0; d < index.length; d++) {
            int i = index[d];
            if (i < -shape[d] || i >= shape[d]) {
                throw new TensorError(op + ": index " + i + " is out of range for dim " + d + " of size "
                        + shape[d] + " (shape " + Shape.str(shape) + "): expected an index in ["
                        + (-shape[d]) + ", " + (shape[d] - 1) + "]");
            }
            o += (i < 0 ? i + shape[d] : i) * strides[d];
        }
        return o;
    }

    /**
     * A copy converted to {@code dtype} (this tensor itself if it already has it). Differentiable between float types.
     * <pre>
     * jshell> tensor(1, 2).to(FLOAT32)
     * $1 ==> tensor([1., 2.])
     * </pre>
     * Shape: unchanged.
     */
    public Tensor to(DType dtype) {
        return baeum.tensor.ToDType.apply(this, dtype);
    }

    /**
     * A copy with its own storage (differentiable, unlike {@code detach()}).
     * <pre>
     * jshell> var a = ones(2); var b = a.clone(); b.add_(1); a
     * $3 ==> tensor([1., 1.])
     * </pre>
     * Shape: unchanged.
     */
    @Override
    public Tensor clone() {
        return Views.clone(this);
    }

    /** PyTorch's printout, e.g. {@code tensor([1., 2.], requires_grad=True)}. */
    @Override
    public String toString() {
        return Printer.print(this);
    }

    // ---- engine-level autograd hooks ---------------------------------------------------------

    /** Sets the gradient (used by the engine and optimizers; null clears it). */
    public void setGrad(Tensor g) {
        if (g != null && !Arrays.equals(g.shape, shape)) {
            throw new TensorError("setGrad: gradient of shape " + Shape.str(g.shape) + " does not match tensor of shape "
                    + Shape.str(shape));
        }
        grad = g;
    }

    /** Records {@code node} as the op that produced this tensor. For autograd nodes only. */
    public void setGradFn(Node node) {
        gradFn = node;
        requiresGrad = node != null || requiresGrad;
    }

    /** A contiguous copy outside the graph. For engine code. */
    public Tensor copyDetached() {
        try (var g = GradMode.disable()) {
            return Pointwise.contiguousCopy(this);
        }
    }

    /** Replaces layout in place (for {@code unsqueeze_}/{@code squeeze_}). */
    void setLayout(int[] newShape, int[] newStrides) {
        shape = newShape;
        strides = newStrides;
        contiguous = Dims.isContiguous(newShape, newStrides);
    }

    /** Fails if an in-place op {@code op} may not change this tensor (a leaf that requires grad while recording). */
    public void checkInplace(String op) {
        checkLeafInplace(op);
        if (isView && gradFn != null && GradMode.isEnabled()) {
            throw new TensorError(op + ": this tensor is a view that is part of the autograd graph; changing it in"
                    + " place is not supported. Use the out-of-place op instead");
        }
    }

    /** Fails if {@code op} would change a leaf that requires grad while autograd records. */
    void checkLeafInplace(String op) {
        if (requiresGrad && gradFn == null && GradMode.isEnabled()) {
            throw new TensorError(op + ": a leaf tensor that requires grad cannot be changed in place while autograd"
                    + " records, since its gradient would be lost. Do it inside try (var g = noGrad()) { ... },"
                    + " or on x.data()");
        }
    }

    /** Called after an in-place op wrote into this tensor: bumps the version, records the new grad_fn if any. */
    public void afterInplace(String op, Node node) {
        storage.bumpVersion(op);
        if (node != null) setGradFn(node);
    }
}
