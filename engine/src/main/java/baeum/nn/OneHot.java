package baeum.nn;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** {@code oneHot}, as {@code torch.nn.functional.one_hot}: int64 labels {@code (*)} to an int64 {@code (*, C)} encoding. */
final class OneHot {
    private OneHot() {}

    static Tensor apply(Tensor labels, int numClasses) {
        if (labels.dtype() != DType.INT64) {
            throw new TensorError("oneHot: expected int64 class labels, got a " + labels.dtype() + " tensor " + labels.shape());
        }
        long[] y = labels.toLongArray();
        long max = -1;
        for (long v : y) {
            max = Math.max(max, v);
        }
        int c = numClasses < 0 ? (int) max + 1 : numClasses;
        for (long v : y) {
            if (v < 0 || v >= c) {
                throw new TensorError("oneHot: label " + v + " is out of range for " + c + " classes (valid labels are 0.."
                        + (c - 1) + "); pass the right number of classes");
            }
        }
        long[] out = new long[y.length * c];
        for (int i = 0; i < y.length; i++) {
            out[i * c + (int) y[i]] = 1;
        }
        int[] shape = labels.shape().toArray();
        int[] outShape = java.util.Arrays.copyOf(shape, shape.length + 1);
        outShape[shape.length] = c;
        return NnTensors.fromLongs(out, outShape);
    }
}
