package baeum.fused;

import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** Argument checks and raw-array access shared by the fused ops. */
final class Inputs {
    private Inputs() {}

    /** {@code t} as a contiguous float32 tensor (a copy only if it is not one already). */
    static Tensor floats(String op, String name, Tensor t, int rank) {
        if (t.dtype() != DType.FLOAT32) {
            throw new TensorError(op + ": expected " + name + " as float32 but got " + t.dtype()
                    + "; convert it with " + name + ".to(FLOAT32)");
        }
        if (rank >= 0 && t.dim() != rank) {
            throw new TensorError(op + ": expected " + name + " with " + rank + " dims but got "
                    + Shape.str(t.shapeArray()));
        }
        return t.isContiguous() ? t : t.contiguous();
    }

    /** {@code t} as a contiguous float32 or float64 tensor of {@code rank} dims, as {@link #floats} for float32. */
    static Tensor real(String op, String name, Tensor t, int rank) {
        if (t.dtype() != DType.FLOAT64) return floats(op, name, t, rank);
        if (t.dim() != rank) {
            throw new TensorError(op + ": expected " + name + " with " + rank + " dims but got " + Shape.str(t.shapeArray()));
        }
        return t.contiguous();
    }

    static float[] data(Tensor contiguous) {
        return contiguous.storage().f;
    }

    static int offset(Tensor contiguous) {
        return contiguous.storageOffset();
    }
}
