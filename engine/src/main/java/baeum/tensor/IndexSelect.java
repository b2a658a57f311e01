package baeum.tensor;

import baeum.ops.Elementwise;
import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.TensorError;

/**
 * {@code x.indexSelect(dim, index)}: the slices of {@code x} at the int64 {@code index} entries
 * along {@code dim}, copied. Backward: each slice's gradient is added back at its index
 * (an index that repeats collects the sum).
 */
final class IndexSelect extends Node {
    private final int dim;
    private final long[] index;

    private IndexSelect(Tensor x, int dim, long[] index) {
        super("IndexSelectBackward0", x);
        this.dim = dim;
        this.index = index;
    }

    public static Tensor apply(Tensor x, int dim, Tensor index) {
        if (index.dtype() != DType.INT64 || index.dim() > 1) {
            throw new TensorError("indexSelect: the index must be a 1-D int64 tensor (e.g. tensor(0, 2)), but got "
                    + index.dtype() + " of shape " + Shape.str(index.shapeArray()));
        }
        if (x.dim() == 0) throw new TensorError("indexSelect: cannot index a 0-d tensor");
        int d = Dims.wrap("indexSelect", dim, x.dim(), x.shapeArray());
        long[] idx = index.toLongArray();
        int size = x.size(d);
        for (long i : idx) {
            if (i < -size || i >= size) {
                throw new TensorError("indexSelect: index " + i + " is out of range for dim " + d + " of size " + size
                        + " (shape " + Shape.str(x.shapeArray()) + "): expected indices in [" + (-size) + ", "
                        + (size - 1) + "]");
            }
        }
        int[] shape = x.shapeArray().clone();
        shape[d] = idx.length;
        Tensor out = Tensor.full(shape, 0, x.dtype());
        Tensor src = x.detach(), dst = out.detach();
        for (int k = 0; k < idx.length; k++) {
            int i = (int) (idx[k] < 0 ? idx[k] + size : idx[k]);
            Pointwise.binaryInto(Elementwise.RIGHT, "indexSelect", dst.select(d, k), src.select(d, i));
        }
        if (Node.needsGrad(x)) new IndexSelect(x, d, idx).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int[] in = inputShape(0);
        Tensor z = Tensor.full(in, 0, g.dtype());
        int size = in[dim];
        for (int k = 0; k < index.length; k++) {
            int i = (int) (index[k] < 0 ? index[k] + size : index[k]);
            Pointwise.binaryInto(Elementwise.ADD, "indexSelect backward", z.select(dim, i), g.select(dim, k));
        }
        return new Tensor[] {z};
    }
}
