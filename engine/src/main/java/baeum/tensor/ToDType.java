package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Storage;

/** A copy in another dtype. Backward (between float types): the gradient converted back. */
final class ToDType extends Node {
    private final DType from;

    private ToDType(Tensor x) {
        super("ToCopyBackward0", x);
        from = x.dtype();
    }

    public static Tensor apply(Tensor x, DType dtype) {
        if (x.dtype() == dtype) return x;
        Tensor out = Tensor.wrap(Storage.fromDoubles(dtype, x.toDoubleArray()), x.shapeArray());
        if (Node.needsGrad(x) && dtype.isFloatingPoint()) new ToDType(x).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.to(from)};
    }
}
