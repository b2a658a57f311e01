package baeum.tensor;

import baeum.storage.Dims;
import baeum.storage.TensorError;

/**
 * Indexing and slicing, Python's {@code x[...]}: {@code select}, {@code narrow}, {@code get},
 * {@code split} and {@code chunk} return views sharing storage; {@code indexSelect},
 * {@code gather}, {@code maskedSelect} (and {@code get} with a tensor index) copy.
 */
public sealed interface TensorIndexing permits Tensor {
    private Tensor self() {
        return (Tensor) this;
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
        return baeum.tensor.IndexSelect.apply(self(), dim, index);
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
        return baeum.tensor.Gather.apply(self(), dim, index);
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
