package baeum.tensor;

import baeum.autograd.Backward;
import baeum.autograd.GradMode;
import baeum.autograd.Node;
import baeum.ops.Pointwise;
import java.util.Arrays;

/**
 * An n-dimensional array with autograd: a {@link Storage} read through a shape, strides and an
 * offset, so that views ({@code view}, {@code transpose}, slicing...) share the numbers without
 * copying. The ops themselves are grouped by theme in {@link TensorViews}, {@link TensorMath},
 * {@link TensorReductions} and {@link TensorInPlace}; create tensors with the functions of
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
public final class Tensor implements TensorViews, TensorMath, TensorReductions, TensorInPlace {
    Storage storage;
    int[] shape;
    int[] strides;
    int offset;
    boolean contiguous;
    final boolean isView;
    private boolean requiresGrad;
    private Tensor grad;
    private Node gradFn;

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
    public static Tensor view(Storage storage, int[] shape, int[] strides, int offset) {
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

    /** The sizes, e.g. {@code (2, 3)}. Shape: {@code (d0, ..., dn)}. */
    public Shape shape() {
        return new Shape(shape);
    }

    /** The size of dimension {@code dim} (negative counts from the end). */
    public int size(int dim) {
        return shape[Dims.wrap("size", dim, shape.length, shape)];
    }

    /** The number of dimensions (0 for a scalar). */
    public int dim() {
        return shape.length;
    }

    /** The number of elements. */
    public long numel() {
        return Dims.numel(shape);
    }

    /** The element type. */
    public DType dtype() {
        return storage.dtype;
    }

    /** True if the elements are laid out row-major without gaps. */
    public boolean isContiguous() {
        return contiguous;
    }

    /** A copy of the strides: how many storage elements one step along each dim skips. */
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

    // ---- values out -------------------------------------------------------------------------------

    /** The value of a one-element tensor as a float. */
    public float item() {
        return (float) itemDouble();
    }

    /** The value of a one-element tensor as a double. */
    public double itemDouble() {
        if (numel() != 1) {
            throw new TensorError("item: only a one-element tensor can be converted to a number, but this"
                    + " tensor of shape " + Shape.str(shape) + " has " + numel() + " elements. Select one"
                    + " element first (e.g. x.get(0, 1).item()) or reduce (x.sum().item())");
        }
        return storage.getDouble(offset);
    }

    /** The value of a one-element tensor as a long (for int64 tensors). */
    public long itemLong() {
        double v = itemDouble();
        return storage.dtype == DType.INT64 ? storage.l[offset] : (long) v;
    }

    /** The value of a one-element bool tensor. */
    public boolean itemBoolean() {
        return itemDouble() != 0;
    }

    /** The element at {@code index} as a float (negative indices count from the end). */
    public float getFloat(int... index) {
        return (float) storage.getDouble(offsetOf("getFloat", index));
    }

    /** The element at {@code index} as a double. */
    public double getDouble(int... index) {
        return storage.getDouble(offsetOf("getDouble", index));
    }

    /** The element at {@code index} as a long. */
    public long getLong(int... index) {
        int o = offsetOf("getLong", index);
        return storage.dtype == DType.INT64 ? storage.l[o] : (long) storage.getDouble(o);
    }

    /** The elements in row-major order as floats (a copy, whatever the layout). */
    public float[] toFloatArray() {
        Tensor c = storage.dtype == DType.FLOAT32 ? this : to(DType.FLOAT32);
        if (c.contiguous && c.offset == 0 && c.storage.f.length == numel()) return c.storage.f.clone();
        return Pointwise.contiguousCopy(c).storage.f;
    }

    /** The elements in row-major order as doubles (a copy). */
    public double[] toDoubleArray() {
        int n = (int) numel();
        double[] out = new double[n];
        if (contiguous) {
            for (int i = 0; i < n; i++) out[i] = storage.getDouble(offset + i);
            return out;
        }
        int[] idx = new int[shape.length];
        for (int i = 0; i < n; i++) {
            int o = offset;
            for (int d = 0; d < idx.length; d++) o += idx[d] * strides[d];
            out[i] = storage.getDouble(o);
            for (int d = idx.length - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) break;
                idx[d] = 0;
            }
        }
        return out;
    }

    /** The elements in row-major order as longs (a copy; floats are truncated towards zero). */
    public long[] toLongArray() {
        if (storage.dtype == DType.INT64) return Pointwise.contiguousCopy(this).storage.l;
        double[] d = toDoubleArray();
        long[] out = new long[d.length];
        for (int i = 0; i < d.length; i++) out[i] = (long) d[i];
        return out;
    }

    /** The elements as nested Java arrays ({@code float[][]} for a 2-D float32 tensor, ...); a boxed number for a scalar. */
    public Object toArray() {
        return Nested.toArray(this);
    }

    /** A copy converted to {@code dtype} (this tensor itself if it already has it). Differentiable between float types. */
    public Tensor to(DType dtype) {
        return baeum.autograd.ToDType.apply(this, dtype);
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

    // ---- autograd ---------------------------------------------------------------------------------

    /** Asks autograd to compute {@code grad()} for this leaf at backward; returns this tensor. */
    public Tensor requiresGrad_() {
        return requiresGrad_(true);
    }

    /** Turns gradient tracking of this leaf on or off; returns this tensor. */
    public Tensor requiresGrad_(boolean on) {
        if (gradFn != null && !on) {
            throw new TensorError("requiresGrad_: this tensor is the result of " + gradFn.name()
                    + " (not a leaf), so it must require grad. Use detach() for a copy outside the graph");
        }
        if (on && !storage.dtype.isFloatingPoint()) {
            throw new TensorError("requiresGrad_: only floating-point tensors can require grad, but this one is "
                    + storage.dtype + ". Convert it first: x.to(DType.FLOAT32)");
        }
        requiresGrad = on;
        return this;
    }

    /** True if autograd tracks this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** The accumulated gradient, or null until a backward reaches this tensor. */
    public Tensor grad() {
        return grad;
    }

    /** Sets the gradient (used by the engine and optimizers; null clears it). */
    public void setGrad(Tensor g) {
        if (g != null && !Arrays.equals(g.shape, shape)) {
            throw new TensorError("setGrad: gradient of shape " + Shape.str(g.shape) + " does not match tensor of shape "
                    + Shape.str(shape));
        }
        grad = g;
    }

    /** Sets {@code grad} to null (PyTorch's {@code zero_grad(set_to_none=True)}). */
    public void zeroGrad() {
        grad = null;
    }

    /** The node that computed this tensor, or null for a leaf. */
    public Node gradFn() {
        return gradFn;
    }

    /** Records {@code node} as the op that produced this tensor. For autograd nodes only. */
    public void setGradFn(Node node) {
        gradFn = node;
        requiresGrad = node != null || requiresGrad;
    }

    /** True for tensors created by the user (not by an op that autograd recorded). */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** Keeps the gradient of this non-leaf tensor in {@code grad()} at the next backward. */
    public Tensor retainGrad() {
        Backward.retainGrad(this);
        return this;
    }

    /** How many times the storage of this tensor was changed in place. */
    public int version() {
        return storage.version;
    }

    /**
     * Computes the gradient of this scalar with respect to every leaf that requires grad, adding it
     * to their {@code grad()}. Frees the graph afterwards.
     *
     * <pre>
     * jshell> var x = tensor(2f).requiresGrad_(); x.mul(x).backward(); x.grad()
     * $3 ==> tensor(4.)
     * </pre>
     */
    public void backward() {
        Backward.run(this, null, false);
    }

    /** Backward for a non-scalar tensor: {@code gradient} is d(something)/d(this), of this tensor's shape. */
    public void backward(Tensor gradient) {
        Backward.run(this, gradient, false);
    }

    /** Backward that keeps the graph when {@code retainGraph}, so that backward can run through it again. */
    public void backward(Tensor gradient, boolean retainGraph) {
        Backward.run(this, gradient, retainGraph);
    }

    /** A tensor sharing storage and version counter with this one, outside the graph. */
    public Tensor detach() {
        return new Tensor(storage, shape, strides, offset, true);
    }

    /**
     * A tensor sharing storage with this one, outside the graph and with its own version counter
     * (PyTorch's {@code .data}): the lecture's manual update {@code w.data().sub_(w.grad().mul(lr))}.
     */
    public Tensor data() {
        return new Tensor(storage.sameArrayNewCounter(), shape, strides, offset, true);
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
