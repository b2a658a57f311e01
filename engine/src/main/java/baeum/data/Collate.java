package baeum.data;

import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.storage.Storage;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Stacking examples into a batch (PyTorch's {@code default_collate}) and copying rows of a big
 * tensor into a batch, both with {@code System.arraycopy} from contiguous storage: no per-element
 * loop and no boxing.
 */
public final class Collate {
    private Collate() {
    }

    /** Stacks the samples' x along a new first dim, and their y likewise. Shape: (B, ...x) and (B, ...y). */
    public static Batch stack(Sample[] samples) {
        if (samples.length == 0) throw new TensorError("collate: cannot make a batch of zero examples");
        Tensor[] xs = new Tensor[samples.length], ys = new Tensor[samples.length];
        for (int i = 0; i < samples.length; i++) {
            xs[i] = samples[i].x();
            ys[i] = samples[i].y();
        }
        return new Batch(stack("x", xs), ys[0] == null ? null : stack("y", ys));
    }

    /** Stacks equally shaped tensors of one dtype along a new first dim. */
    public static Tensor stack(String what, Tensor[] items) {
        Tensor first = items[0];
        int[] itemShape = first.shapeArray();
        int row = (int) first.numel();
        DType dtype = first.dtype();
        Storage out = Storage.allocate(dtype, row * items.length);
        Object dst = array(out);
        for (int i = 0; i < items.length; i++) {
            Tensor t = items[i];
            if (t == null || t.dtype() != dtype || !java.util.Arrays.equals(t.shapeArray(), itemShape)) {
                throw new TensorError("collate: example " + i + "'s " + what + " is "
                        + (t == null ? "null" : t.dtype() + " of shape " + t.shape()) + " but example 0's is "
                        + dtype + " of shape " + Shape.str(itemShape) + "; every example must have the same shape"
                        + " and dtype (resize or crop them in a transform)");
            }
            if (!t.isContiguous()) t = t.copyDetached();
            System.arraycopy(array(t.storage()), t.storageOffset(), dst, i * row, row);
        }
        int[] shape = new int[itemShape.length + 1];
        shape[0] = items.length;
        System.arraycopy(itemShape, 0, shape, 1, itemShape.length);
        return Tensor.wrap(out, shape);
    }

    /** Rows {@code indices[from..to)} of {@code src} (contiguous) as a new tensor. Shape: (to − from, ...src[0]). */
    public static Tensor rows(Tensor src, int[] indices, int from, int to) {
        int[] srcShape = src.shapeArray();
        int row = srcShape[0] == 0 ? 0 : (int) (src.numel() / srcShape[0]);
        int n = to - from;
        Storage out = Storage.allocate(src.dtype(), row * n);
        Object srcArr = array(src.storage()), dst = array(out);
        int base = src.storageOffset();
        for (int k = 0; k < n; k++) System.arraycopy(srcArr, base + indices[from + k] * row, dst, k * row, row);
        int[] shape = srcShape.clone();
        shape[0] = n;
        return Tensor.wrap(out, shape);
    }

    /** The primitive array behind a storage (float[], double[], long[] or boolean[]). */
    static Object array(Storage s) {
        return switch (s.dtype) {
            case FLOAT32 -> s.f;
            case FLOAT64 -> s.d;
            case INT64 -> s.l;
            case BOOL -> s.b;
        };
    }
}
