package baeum.tensor;

import baeum.storage.Shape;
import baeum.storage.TensorError;
import baeum.ops.Elementwise;
import baeum.ops.UnaryKernel;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The machinery of the ops ending in {@code _}: refuse to change a leaf that requires grad
 * while autograd records, write the new values into the tensor's own storage, bump the version
 * counter (so that backward notices tensors changed after they were saved), and, when autograd
 * records, give the tensor a grad_fn computed from a snapshot of its old values.
 */
final class InPlace {
    private InPlace() {}

    /**
     * Changes {@code t} to {@code outOfPlace(t)}. {@code other} is the second operand or null;
     * {@code raw} does the same without autograd, straight into {@code t}'s storage.
     */
    static Tensor apply(Tensor t, String op, Tensor other, UnaryOperator<Tensor> outOfPlace, Runnable raw) {
        t.checkInplace(op);
        boolean record = GradMode.isEnabled() && (t.requiresGrad() || (other != null && other.requiresGrad()));
        if (!record) {
            raw.run();
            t.afterInplace(op, null);
            return t;
        }
        Tensor old = t.copyDetached();
        if (t.gradFn() != null) old.setGradFn(t.gradFn());
        Tensor r = outOfPlace.apply(old);
        if (!Arrays.equals(r.shape, t.shape)) {
            throw new TensorError(op + ": the result of shape " + Shape.str(r.shape) + " does not fit into the tensor of shape "
                    + Shape.str(t.shape) + " changed in place; use the out-of-place op");
        }
        Pointwise.binaryInto(Elementwise.RIGHT, op, t, r);
        t.afterInplace(op, r.gradFn());
        return t;
    }

    static Tensor binary(Tensor t, String op, int code, Tensor other, UnaryOperator<Tensor> outOfPlace) {
        return apply(t, op, other, outOfPlace, () -> Pointwise.binaryInto(code, op, t, other));
    }

    static Tensor scalar(Tensor t, String op, UnaryKernel code, double p, double q, UnaryOperator<Tensor> outOfPlace) {
        return apply(t, op, null, outOfPlace, () -> Pointwise.unaryInto(code, op, t, p, q));
    }

    /** Copies {@code src} into {@code t}'s storage (no checks, no version bump). */
    static void copyRaw(Tensor t, Tensor src) {
        Pointwise.binaryInto(Elementwise.RIGHT, "copy_", t, src);
    }

    /** Overwrites {@code t} with {@code values} (row-major, of t's shape) outside autograd. */
    static Tensor fillWith(Tensor t, String op, float[] values) {
        t.checkInplace(op);
        if (t.requiresGrad() && GradMode.isEnabled()) {
            throw new TensorError(op + ": cannot refill a tensor that is part of the autograd graph; do it inside noGrad()");
        }
        Pointwise.binaryInto(Elementwise.RIGHT, op, t, Tensor.wrap(values, t.shape.clone()));
        t.afterInplace(op, null);
        return t;
    }
}
