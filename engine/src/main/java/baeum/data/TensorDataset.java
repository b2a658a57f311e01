package baeum.data;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * A dataset over two tensors whose first dimension indexes the examples (PyTorch's
 * {@code TensorDataset(x, y)}): example i is {@code (x[i], y[i])}. Batches are copied row by row
 * with {@code System.arraycopy}. Shape: x (N, ...), y (N, ...).
 *
 * <pre>
 * jshell> var ds = data.tensorDataset(randn(100, 3), randint(0, 2, 100))
 * jshell> ds.get(0).x().shape()
 * $2 ==> (3)
 * </pre>
 */
public final class TensorDataset implements Dataset {
    private final Tensor x, y;

    public TensorDataset(Tensor x, Tensor y) {
        if (x == null || x.dim() == 0) throw new TensorError("tensorDataset: x must have a first dimension of examples");
        if (y != null && (y.dim() == 0 || y.size(0) != x.size(0))) {
            throw new TensorError("tensorDataset: x has " + x.size(0) + " examples (shape " + x.shape() + ") but y has "
                    + (y.dim() == 0 ? "none (a scalar)" : y.size(0) + " (shape " + y.shape() + ")")
                    + "; both need the same first dimension");
        }
        this.x = x.isContiguous() ? x.detach() : x.copyDetached();
        this.y = y == null ? null : y.isContiguous() ? y.detach() : y.copyDetached();
    }

    /** All inputs. Shape: (N, ...). */
    public Tensor x() {
        return x;
    }

    /** All targets (null if none). Shape: (N, ...). */
    public Tensor y() {
        return y;
    }

    @Override
    public int size() {
        return x.size(0);
    }

    @Override
    public Sample get(int index) {
        Dataset.checkIndex("TensorDataset.get", index, size());
        return new Sample(x.select(0, index), y == null ? null : y.select(0, index));
    }

    @Override
    public Batch batch(int[] indices, int from, int to) {
        int n = size();
        for (int i = from; i < to; i++) Dataset.checkIndex("TensorDataset.batch", indices[i], n);
        return new Batch(Collate.rows(x, indices, from, to), y == null ? null : Collate.rows(y, indices, from, to));
    }

    @Override
    public String toString() {
        return "TensorDataset(size=" + size() + ", x=" + x.shape() + " " + x.dtype()
                + (y == null ? "" : ", y=" + y.shape() + " " + y.dtype()) + ")";
    }
}
