package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.Storage;
import baeum.storage.TensorError;

/**
 * {@code x.gather(dim, index)}: {@code out[i][j] = x[i][index[i][j]]} for dim 1 (and likewise for
 * any dim), e.g. picking each sample's score of its true class. Backward: scatter-add of the
 * gradient to the gathered positions.
 */
final class Gather extends Node {
    private final int dim;

    private Gather(Tensor x, int dim, Tensor index) {
        super("GatherBackward0", x);
        this.dim = dim;
        save(0, index);
    }

    public static Tensor apply(Tensor x, int dim, Tensor index) {
        if (index.dtype() != DType.INT64 || index.dim() != x.dim()) {
            throw new TensorError("gather: the index must be an int64 tensor with as many dims as the input "
                    + Shape.str(x.shapeArray()) + ", but got " + index.dtype() + " of shape " + Shape.str(index.shapeArray())
                    + " (use index.unsqueeze(...) to add dims)");
        }
        int d = Dims.wrap("gather", dim, x.dim(), x.shapeArray());
        for (int i = 0; i < x.dim(); i++) {
            if (i != d && index.size(i) > x.size(i)) {
                throw new TensorError("gather: the index of shape " + Shape.str(index.shapeArray()) + " is larger than the"
                        + " input " + Shape.str(x.shapeArray()) + " in dim " + i + "; it may only be larger in dim " + d);
            }
        }
        int[] offsets = offsets("gather", x, d, index);
        double[] v = new double[offsets.length];
        Storage s = x.storage();
        for (int k = 0; k < v.length; k++) v[k] = s.getDouble(offsets[k]);
        Tensor out = Tensor.wrap(Storage.fromDoubles(x.dtype(), v), index.shapeArray().clone());
        if (Node.needsGrad(x)) new Gather(x, d, index).attach(out);
        return out;
    }

    /** The storage offsets in {@code x} of the elements that {@code index} picks, in index order. */
    private static int[] offsets(String op, Tensor x, int d, Tensor index) {
        long[] idx = index.toLongArray();
        int[] shape = index.shapeArray(), st = x.strideArray();
        int size = x.size(d);
        int[] out = new int[idx.length];
        int[] pos = new int[shape.length];
        for (int k = 0; k < idx.length; k++) {
            long i = idx[k];
            if (i < -size || i >= size) {
                throw new TensorError(op + ": index " + i + " is out of range for dim " + d + " of size " + size
                        + " (shape " + Shape.str(x.shapeArray()) + "): expected indices in [" + (-size) + ", "
                        + (size - 1) + "]");
            }
            int o = x.storageOffset();
            for (int j = 0; j < pos.length; j++) o += (j == d ? (int) (i < 0 ? i + size : i) : pos[j]) * st[j];
            out[k] = o;
            for (int j = pos.length - 1; j >= 0; j--) {
                if (++pos[j] < shape[j]) break;
                pos[j] = 0;
            }
        }
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor z = Tensor.full(inputShape(0), 0, g.dtype());
        int[] offsets = offsets("gather backward", z, dim, saved(0));
        double[] gv = g.toDoubleArray();
        Storage s = z.storage();
        for (int k = 0; k < gv.length; k++) s.setDouble(offsets[k], s.getDouble(offsets[k]) + gv[k]);
        return new Tensor[] {z};
    }
}
