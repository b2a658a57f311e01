package baeum.tensor;

/**
 * Reshaping and slicing. Every op here returns a view that shares storage with the tensor it
 * came from (changing one changes the other), except {@code contiguous()} / {@code reshape()}
 * when the layout forces a copy, and the copying index ops {@code indexSelect}, {@code gather},
 * {@code maskedSelect} (and {@code get} with a tensor index).
 */
public sealed interface TensorViews permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    /**
     * The same elements read with another shape; one size may be -1 (inferred).
     * <pre>
     * jshell> arange(6).view(2, -1)
     * $1 ==> tensor([[0, 1, 2],
     *         [3, 4, 5]])
     * </pre>
     * Shape: {@code (n)} -> any shape holding n elements. Fails if the layout would need a copy (use reshape).
     */
    default Tensor view(int... shape) {
        return Views.view(self(), shape);
    }

    /**
     * Like {@link #view(int...)}, but copies when the layout requires it.
     * <pre>
     * jshell> arange(6).view(2, 3).t().reshape(-1)
     * $1 ==> tensor([0, 3, 1, 4, 2, 5])
     * </pre>
     * Shape: any -> any shape with as many elements.
     */
    default Tensor reshape(int... shape) {
        return Views.reshape(self(), shape);
    }

    /** Reshape to {@code other}'s shape. Shape: any -> {@code other.shape()}. */
    default Tensor viewAs(Tensor other) {
        return Views.view(self(), other.shapeArray());
    }

    /**
     * All dims flattened into one.
     * <pre>
     * jshell> zeros(2, 3, 4).flatten().shape()
     * $1 ==> (24)
     * </pre>
     * Shape: {@code (d0, ..., dn)} -> {@code (d0 * ... * dn)}.
     */
    default Tensor flatten() {
        return Views.flatten(self(), 0, -1);
    }

    /**
     * Dims {@code start..end} (inclusive) flattened into one.
     * <pre>
     * jshell> zeros(2, 3, 4).flatten(1, -1).shape()
     * $1 ==> (2, 12)
     * </pre>
     * Shape: {@code (N, C, H, W)} with (1, -1) -> {@code (N, C*H*W)}.
     */
    default Tensor flatten(int start, int end) {
        return Views.flatten(self(), start, end);
    }

    /**
     * A size-1 dim inserted at {@code dim} (negative counts from the end of the result).
     * <pre>
     * jshell> tensor(1f, 2f, 3f).unsqueeze(-1).shape()
     * $1 ==> (3, 1)
     * </pre>
     * Shape: {@code (3)} with 0 -> {@code (1, 3)}; with -1 -> {@code (3, 1)}.
     */
    default Tensor unsqueeze(int dim) {
        return Views.unsqueeze(self(), dim);
    }

    /**
     * In place: inserts a size-1 dim into this tensor itself; returns it.
     * <pre>
     * jshell> var w = tensor(1f, 2f, 3f); w.unsqueeze_(-1); w.shape()
     * $2 ==> (3, 1)
     * </pre>
     * Shape: {@code (3)} -> {@code (3, 1)}.
     */
    default Tensor unsqueeze_(int dim) {
        Tensor t = self();
        return Views.relayout(t, "unsqueeze_", Views.unsqueezed(t, dim));
    }

    /**
     * Every size-1 dim removed.
     * <pre>
     * jshell> zeros(1, 3, 1).squeeze().shape()
     * $1 ==> (3)
     * </pre>
     * Shape: {@code (1, 3, 1)} -> {@code (3)}.
     */
    default Tensor squeeze() {
        return Views.squeeze(self(), null);
    }

    /** Dim {@code dim} removed if its size is 1 (otherwise unchanged). Shape: {@code (1, 3)} with 0 -> {@code (3)}. */
    default Tensor squeeze(int dim) {
        return Views.squeeze(self(), dim);
    }

    /** In place: removes every size-1 dim of this tensor itself. Shape: {@code (1, 3, 1)} -> {@code (3)}. */
    default Tensor squeeze_() {
        Tensor t = self();
        return Views.relayout(t, "squeeze_", Views.squeezed(t, null));
    }

    /** In place: removes dim {@code dim} of this tensor itself if its size is 1. Shape: {@code (1, 3)} with 0 -> {@code (3)}. */
    default Tensor squeeze_(int dim) {
        Tensor t = self();
        return Views.relayout(t, "squeeze_", Views.squeezed(t, dim));
    }

    /**
     * Dims {@code dim0} and {@code dim1} swapped.
     * <pre>
     * jshell> zeros(2, 3, 4).transpose(0, 2).shape()
     * $1 ==> (4, 3, 2)
     * </pre>
     * Shape: {@code (2, 3, 4)} with (0, 2) -> {@code (4, 3, 2)}.
     */
    default Tensor transpose(int dim0, int dim1) {
        return Views.transpose(self(), dim0, dim1);
    }

    /**
     * The transpose of a matrix (a 0-D or 1-D tensor is returned as is).
     * <pre>
     * jshell> zeros(2, 3).t().shape()
     * $1 ==> (3, 2)
     * </pre>
     * Shape: {@code (m, n)} -> {@code (n, m)}.
     */
    default Tensor t() {
        return Views.t(self());
    }

    /**
     * The dims reordered: dim i of the result is dim {@code dims[i]} of this tensor.
     * <pre>
     * jshell> zeros(2, 3, 4).permute(2, 0, 1).shape()
     * $1 ==> (4, 2, 3)
     * </pre>
     * Shape: {@code (H, W, C)} with (2, 0, 1) -> {@code (C, H, W)}.
     */
    default Tensor permute(int... dims) {
        return Views.permute(self(), dims, "PermuteBackward0");
    }

    /**
     * Size-1 dims repeated (without copying) to {@code sizes}; -1 keeps a size; new dims may be added in front.
     * <pre>
     * jshell> tensor(1f, 2f).expand(3, -1)
     * $1 ==> tensor([[1., 2.],
     *         [1., 2.],
     *         [1., 2.]])
     * </pre>
     * Shape: {@code (1, n)} with (m, -1) -> {@code (m, n)}.
     */
    default Tensor expand(int... sizes) {
        return Views.expand(self(), sizes);
    }

    /** Expanded to {@code other}'s shape. Shape: broadcastable -> {@code other.shape()}. */
    default Tensor expandAs(Tensor other) {
        return Views.expand(self(), other.shapeArray());
    }

    /**
     * This tensor if its elements are laid out row-major, else a row-major copy.
     * <pre>
     * jshell> zeros(2, 3).t().contiguous().isContiguous()
     * $1 ==> true
     * </pre>
     * Shape: unchanged.
     */
    default Tensor contiguous() {
        Tensor t = self();
        return t.isContiguous() ? t : Views.clone(t);
    }

    /**
     * The slice at {@code index} along {@code dim}, which disappears ({@code x[:, i]} is select(1, i)).
     * <pre>
     * jshell> arange(6).view(2, 3).select(1, -1)
     * $1 ==> tensor([2, 5])
     * </pre>
     * Shape: {@code (2, 3)} with dim 1 -> {@code (2)}.
     */
    default Tensor select(int dim, int index) {
        return Indexing.select(self(), dim, index);
    }

    /**
     * {@code length} entries from {@code start} along {@code dim} ({@code x[:, 1:3]} is narrow(1, 1, 2)).
     * <pre>
     * jshell> arange(5).narrow(0, 1, 3)
     * $1 ==> tensor([1, 2, 3])
     * </pre>
     * Shape: {@code (5)} with (0, 1, 3) -> {@code (3)}.
     */
    default Tensor narrow(int dim, int start, int length) {
        return Indexing.narrow(self(), dim, start, length);
    }

    /**
     * Python's {@code x[...]}: ints select (the dim disappears), {@link Slice}s keep a range,
     * {@code newAxis()} adds a dim, {@code ellipsis()} stands for the remaining dims.
     * <pre>
     * jshell> var x = arange(12).view(3, 4)
     * jshell> x.get(all(), 2)                 // x[:, 2]
     * $2 ==> tensor([ 2,  6, 10])
     * jshell> x.get(-1)                       // x[-1]
     * $3 ==> tensor([ 8,  9, 10, 11])
     * jshell> x.get(slice(1, 3), slice(null, null, 2))   // x[1:3, ::2]
     * $4 ==> tensor([[ 4,  6],
     *         [ 8, 10]])
     * </pre>
     * Shape: {@code (3, 4)} with (all(), 2) -> {@code (3)}.
     */
    default Tensor get(Object... index) {
        return Indexing.get(self(), index);
    }

    /**
     * Pieces of {@code size} along {@code dim} (the last one may be smaller), as views.
     * <pre>
     * jshell> arange(5).split(2, 0)
     * $1 ==> Tensor[3] { tensor([0, 1]), tensor([2, 3]), tensor([4]) }
     * </pre>
     * Shape: {@code (5)} with size 2 -> {@code (2), (2), (1)}.
     */
    default Tensor[] split(int size, int dim) {
        Tensor t = self();
        if (size <= 0) throw new TensorError("split: the piece size must be positive, but got " + size);
        int d = Dims.wrap("split", dim, t.dim(), t.shapeArray());
        int n = t.shapeArray()[d];
        int pieces = Math.max(1, (n + size - 1) / size);
        Tensor[] out = new Tensor[pieces];
        for (int i = 0; i < pieces; i++) out[i] = t.narrow(d, i * size, Math.min(size, n - i * size));
        return out;
    }

    /**
     * At most {@code chunks} pieces of equal size (the last may be smaller) along {@code dim}, as views.
     * <pre>
     * jshell> arange(6).chunk(3, 0)
     * $1 ==> Tensor[3] { tensor([0, 1]), tensor([2, 3]), tensor([4, 5]) }
     * </pre>
     * Shape: {@code (6)} with 3 chunks -> {@code (2), (2), (2)}.
     */
    default Tensor[] chunk(int chunks, int dim) {
        Tensor t = self();
        if (chunks <= 0) throw new TensorError("chunk: the number of chunks must be positive, but got " + chunks);
        int d = Dims.wrap("chunk", dim, t.dim(), t.shapeArray());
        int n = t.shapeArray()[d];
        return split(Math.max(1, (n + chunks - 1) / chunks), d);
    }

    /**
     * The slices at the int64 {@code index} entries along {@code dim} (a copy).
     * <pre>
     * jshell> arange(6).view(3, 2).indexSelect(0, tensor(2, 0))
     * $1 ==> tensor([[4, 5],
     *         [0, 1]])
     * </pre>
     * Shape: {@code (3, 2)} with dim 0 and an index of 2 entries -> {@code (2, 2)}.
     */
    default Tensor indexSelect(int dim, Tensor index) {
        return baeum.autograd.IndexSelect.apply(self(), dim, index);
    }

    /**
     * Picks along {@code dim} the entries named by {@code index}: {@code out[i][j] = x[i][index[i][j]]} for dim 1.
     * <pre>
     * jshell> tensor(new float[][] {{1, 2}, {3, 4}}).gather(1, tensor(new int[][] {{1}, {0}}))
     * $1 ==> tensor([[2.],
     *         [3.]])
     * </pre>
     * Shape: the index's shape (same rank as this tensor).
     */
    default Tensor gather(int dim, Tensor index) {
        return baeum.autograd.Gather.apply(self(), dim, index);
    }

    /**
     * The elements where the bool {@code mask} (broadcast to this shape) is true, as a 1-D copy.
     * <pre>
     * jshell> var x = tensor(-1f, 2f, -3f); x.maskedSelect(x.gt(0))
     * $2 ==> tensor([2.])
     * </pre>
     * Shape: {@code (number of true entries)}.
     */
    default Tensor maskedSelect(Tensor mask) {
        return Indexing.maskedSelect(self(), mask);
    }
}
