package baeum.tensor;


/**
 * Reductions: with no dim over every element (a 0-d tensor), with a dim over that dim (which
 * disappears unless {@code keepdim}). Integer and bool tensors sum to int64, as in PyTorch.
 */
public sealed interface TensorReductions permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    /**
     * The sum of all elements.
     * <pre>
     * jshell> tensor(1f, 2f, 3f).sum()
     * $1 ==> tensor(6.)
     * </pre>
     * Shape: any -> {@code ()}.
     */
    default Tensor sum() {
        return Sum.apply(self(), new int[0], false, false);
    }

    /**
     * The sum along {@code dim}, which disappears.
     * <pre>
     * jshell> ones(2, 3).sum(0)
     * $1 ==> tensor([2., 2., 2.])
     * </pre>
     * Shape: {@code (2, 3)} with dim 0 -> {@code (3)}; with dim -1 -> {@code (2)}.
     */
    default Tensor sum(int dim) {
        return Sum.apply(self(), new int[] {dim}, false, false);
    }

    /** The sum along {@code dim}, kept as size 1 when {@code keepdim}. Shape: {@code (2, 3)} with (1, true) -> {@code (2, 1)}.
     * <pre>jshell> ones(2, 3).sum(1, true).shape()
     * $1 ==> (2, 1)</pre> */
    default Tensor sum(int dim, boolean keepdim) {
        return Sum.apply(self(), new int[] {dim}, keepdim, false);
    }

    /** The sum over several dims. Shape: {@code (N, C, H, W)} with ({0, 2, 3}, false) -> {@code (C)}.
     * <pre>jshell> ones(2, 3, 4).sum(new int[] {0, 2}, false)
     * $1 ==> tensor([8., 8., 8.])</pre> */
    default Tensor sum(int[] dims, boolean keepdim) {
        if (dims.length == 0) return Sum.apply(self(), dims, false, false);
        return Sum.apply(self(), dims, keepdim, false);
    }

    /**
     * The mean of all elements.
     * <pre>
     * jshell> tensor(1f, 2f, 3f, 4f).mean()
     * $1 ==> tensor(2.5000)
     * </pre>
     * Shape: any -> {@code ()}.
     */
    default Tensor mean() {
        return Sum.apply(self(), new int[0], false, true);
    }

    /** The mean along {@code dim}. Shape: {@code (2, 3)} with dim 1 -> {@code (2)}.
     * <pre>jshell> tensor(new float[][] {{1, 2}, {3, 4}}).mean(1)
     * $1 ==> tensor([1.5000, 3.5000])</pre> */
    default Tensor mean(int dim) {
        return Sum.apply(self(), new int[] {dim}, false, true);
    }

    /**
     * The mean along {@code dim}, kept as size 1 when {@code keepdim}. Shape: {@code (2, 3)} with (1, true) -> {@code (2, 1)}.
     * <pre>
     * jshell> ones(2, 3).mean(1, true).shape()
     * $1 ==> (2, 1)
     * </pre>
     */
    default Tensor mean(int dim, boolean keepdim) {
        return Sum.apply(self(), new int[] {dim}, keepdim, true);
    }

    /**
     * The mean over several dims. Shape: {@code (N, C, H, W)} with ({0, 2, 3}, true) -> {@code (1, C, 1, 1)}.
     * <pre>
     * jshell> ones(2, 3).mean(new int[] {0, 1}, true)
     * $1 ==> tensor([[1.]])
     * </pre>
     */
    default Tensor mean(int[] dims, boolean keepdim) {
        return Sum.apply(self(), dims, keepdim, true);
    }

    /**
     * The largest element.
     * <pre>
     * jshell> tensor(1f, 5f, 3f).max()
     * $1 ==> tensor(5.)
     * </pre>
     * Shape: any -> {@code ()}.
     */
    default Tensor max() {
        return Extreme.all(self(), true);
    }

    /**
     * The largest values along {@code dim} and their indices.
     * <pre>
     * jshell> var r = tensor(new float[][] {{1, 5}, {7, 2}}).max(1)
     * r ==> ValuesIndices[values=tensor([5., 7.]), indices=tensor([1, 0])]
     * jshell> r.indices()
     * $2 ==> tensor([1, 0])
     * </pre>
     * Shape: {@code (N, C)} with dim 1 -> values and indices of {@code (N)}.
     */
    default Tensor.ValuesIndices max(int dim) {
        return max(dim, false);
    }

    /**
     * {@link #max(int)}, keeping the dim as size 1 when {@code keepdim}. Shape: {@code (N, C)} with (1, true) -> {@code (N, 1)}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).max(1, true).values()
     * $1 ==> tensor([[5.],
     *         [7.]])
     * </pre>
     */
    default Tensor.ValuesIndices max(int dim, boolean keepdim) {
        Tensor[] vi = Extreme.apply(self(), dim, keepdim, true);
        return new Tensor.ValuesIndices(vi[0], vi[1]);
    }

    /** The smallest element. Shape: any -> {@code ()}. <pre>jshell> tensor(1f, 5f, 3f).min()
     * $1 ==> tensor(1.)</pre> */
    default Tensor min() {
        return Extreme.all(self(), false);
    }

    /**
     * The smallest values along {@code dim} and their indices. Shape: {@code (N, C)} with dim 1 -> {@code (N)}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).min(1).indices()
     * $1 ==> tensor([0, 1])
     * </pre>
     */
    default Tensor.ValuesIndices min(int dim) {
        return min(dim, false);
    }

    /**
     * {@link #min(int)}, keeping the dim as size 1 when {@code keepdim}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).min(1).indices()
     * $1 ==> tensor([0, 1])
     * </pre>
     * Shape: {@code (N, C)} with dim 1 -> {@code (N)}.
     */
    default Tensor.ValuesIndices min(int dim, boolean keepdim) {
        Tensor[] vi = Extreme.apply(self(), dim, keepdim, false);
        return new Tensor.ValuesIndices(vi[0], vi[1]);
    }

    /** The largest values along {@code dim} (values only). Shape: {@code (N, C)} with (1, false) -> {@code (N)}.
     * <pre>jshell> tensor(new float[][] {{1, 5}, {7, 2}}).amax(0, false)
     * $1 ==> tensor([7., 5.])</pre> */
    default Tensor amax(int dim, boolean keepdim) {
        return Extreme.apply(self(), dim, keepdim, true)[0];
    }

    /**
     * The smallest values along {@code dim} (values only).
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).amin(1, false)
     * $1 ==> tensor([1., 2.])
     * </pre>
     * Shape: {@code (N, C)} with (1, false) -> {@code (N)}.
     */
    default Tensor amin(int dim, boolean keepdim) {
        return Extreme.apply(self(), dim, keepdim, false)[0];
    }

    /**
     * The index of the largest element of the flattened tensor (int64).
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).argmax()
     * $1 ==> tensor(2)
     * </pre>
     * Shape: any -> {@code ()}.
     */
    default Tensor argmax() {
        return Reduce.extreme(self().detach().reshape(-1), 0, false, true)[1];
    }

    /** The index of the largest element along {@code dim} (predicted classes from logits). Shape: {@code (N, C)} with 1 -> {@code (N)}.
     * <pre>jshell> tensor(new float[][] {{1, 5}, {7, 2}}).argmax(1)
     * $1 ==> tensor([1, 0])</pre> */
    default Tensor argmax(int dim) {
        return argmax(dim, false);
    }

    /**
     * {@link #argmax(int)}, keeping the dim as size 1 when {@code keepdim}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).argmax(1, true)
     * $1 ==> tensor([[1],
     *         [0]])
     * </pre>
     * Shape: {@code (N, C)} with (1, true) -> {@code (N, 1)}.
     */
    default Tensor argmax(int dim, boolean keepdim) {
        Tensor x = self().detach();
        return Extreme.apply(x, dim, keepdim, true)[1];
    }

    /**
     * The index of the smallest element of the flattened tensor. Shape: any -> {@code ()}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).argmin(1)
     * $1 ==> tensor([0, 1])
     * </pre>
     */
    default Tensor argmin() {
        return Reduce.extreme(self().detach().reshape(-1), 0, false, false)[1];
    }

    /**
     * The index of the smallest element along {@code dim}. Shape: {@code (N, C)} with 1 -> {@code (N)}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).argmin(1)
     * $1 ==> tensor([0, 1])
     * </pre>
     */
    default Tensor argmin(int dim) {
        return argmin(dim, false);
    }

    /**
     * {@link #argmin(int)}, keeping the dim as size 1 when {@code keepdim}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 5}, {7, 2}}).argmin(1)
     * $1 ==> tensor([0, 1])
     * </pre>
     * Shape: {@code (N, C)} with 1 -> {@code (N)}.
     */
    default Tensor argmin(int dim, boolean keepdim) {
        return Extreme.apply(self().detach(), dim, keepdim, false)[1];
    }
}
