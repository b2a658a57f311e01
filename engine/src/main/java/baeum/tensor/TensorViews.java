package baeum.tensor;

/**
 * Reshaping and slicing. Every op here returns a view that shares storage with the tensor it
 * came from (changing one changes the other), except {@code contiguous()} / {@code reshape()}
 * when the layout forces a copy. Indexing and slicing are in {@link TensorIndexing}.
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

    /**
     * Reshape to {@code other}'s shape. Shape: any -> {@code other.shape()}.
     * <pre>
     * jshell> arange(6).viewAs(zeros(3, 2)).shape()
     * $1 ==> (3, 2)
     * </pre>
     */
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
     * Dims from {@code start} to the last flattened into one, as PyTorch's {@code x.flatten(1)}.
     * <pre>
     * jshell> zeros(64, 1, 28, 28).flatten(1).shape()
     * $1 ==> (64, 784)
     * </pre>
     * Shape: {@code (N, C, H, W)} with 1 -> {@code (N, C*H*W)}.
     */
    default Tensor flatten(int start) {
        return Views.flatten(self(), start, -1);
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

    /**
     * Dim {@code dim} removed if its size is 1 (otherwise unchanged). Shape: {@code (1, 3)} with 0 -> {@code (3)}.
     * <pre>
     * jshell> zeros(1, 3).squeeze(0).shape()
     * $1 ==> (3)
     * </pre>
     */
    default Tensor squeeze(int dim) {
        return Views.squeeze(self(), dim);
    }

    /**
     * In place: removes every size-1 dim of this tensor itself. Shape: {@code (1, 3, 1)} -> {@code (3)}.
     * <pre>
     * jshell> zeros(1, 3, 1).squeeze_().shape()
     * $1 ==> (3)
     * </pre>
     */
    default Tensor squeeze_() {
        Tensor t = self();
        return Views.relayout(t, "squeeze_", Views.squeezed(t, null));
    }

    /**
     * In place: removes dim {@code dim} of this tensor itself if its size is 1. Shape: {@code (1, 3)} with 0 -> {@code (3)}.
     * <pre>
     * jshell> zeros(1, 3, 1).squeeze_().shape()
     * $1 ==> (3)
     * </pre>
     */
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

    /**
     * Expanded to {@code other}'s shape. Shape: broadcastable -> {@code other.shape()}.
     * <pre>
     * jshell> tensor(1f, 2f).expandAs(zeros(3, 2)).shape()
     * $1 ==> (3, 2)
     * </pre>
     */
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
}
