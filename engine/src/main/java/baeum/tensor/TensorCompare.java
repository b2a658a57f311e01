package baeum.tensor;

import baeum.storage.DType;
import static baeum.ops.Elementwise.*;


/**
 * Comparisons (bool results), logical ops, and choosing elements by a mask. Comparisons are not
 * differentiable; {@code maskedFill}, {@code maximum} and {@code minimum} are.
 */
public sealed interface TensorCompare permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    private static Tensor scalar(double v, Tensor like) {
        DType dt = like.dtype().isFloatingPoint() ? like.dtype() : (v == Math.rint(v) ? DType.INT64 : DType.FLOAT32);
        return Tensor.full(new int[0], v, dt);
    }

    /** Elementwise {@code ==}, as a bool tensor. Shape: broadcast. <pre>jshell> tensor(1, 2).eq(tensor(1, 3))
     * $1 ==> tensor([ True, False])</pre> */
    default Tensor eq(Tensor other) {
        return Pointwise.binary(EQ, "eq", self(), other);
    }

    /** Elementwise {@code == value}. Shape: unchanged. <pre>jshell> tensor(1, 2).eq(2)
     * $1 ==> tensor([False,  True])</pre> */
    default Tensor eq(double value) {
        return eq(scalar(value, self()));
    }

    /** Elementwise {@code !=}. Shape: broadcast. <pre>jshell> tensor(1, 2).ne(tensor(1, 3))
     * $1 ==> tensor([False,  True])</pre> */
    default Tensor ne(Tensor other) {
        return Pointwise.binary(NE, "ne", self(), other);
    }

    /**
     * Elementwise {@code != value}. Shape: unchanged.
     * <pre>
     * jshell> tensor(1, 2).ne(1)
     * $1 ==> tensor([False,  True])
     * </pre>
     */
    default Tensor ne(double value) {
        return ne(scalar(value, self()));
    }

    /** Elementwise {@code <}. Shape: broadcast. <pre>jshell> tensor(1f, 3f).lt(tensor(2f))
     * $1 ==> tensor([ True, False])</pre> */
    default Tensor lt(Tensor other) {
        return Pointwise.binary(LT, "lt", self(), other);
    }

    /**
     * Elementwise {@code < value}. Shape: unchanged.
     * <pre>
     * jshell> tensor(1f, 3f).lt(2)
     * $1 ==> tensor([ True, False])
     * </pre>
     */
    default Tensor lt(double value) {
        return lt(scalar(value, self()));
    }

    /**
     * Elementwise {@code <=}. Shape: broadcast.
     * <pre>
     * jshell> tensor(1f, 2f, 3f).le(2)
     * $1 ==> tensor([ True,  True, False])
     * </pre>
     */
    default Tensor le(Tensor other) {
        return Pointwise.binary(LE, "le", self(), other);
    }

    /**
     * Elementwise {@code <= value}. Shape: unchanged.
     * <pre>
     * jshell> tensor(1f, 2f, 3f).le(2)
     * $1 ==> tensor([ True,  True, False])
     * </pre>
     */
    default Tensor le(double value) {
        return le(scalar(value, self()));
    }

    /** Elementwise {@code >}. Shape: broadcast. <pre>jshell> tensor(-1f, 2f).gt(0)
     * $1 ==> tensor([False,  True])</pre> */
    default Tensor gt(Tensor other) {
        return Pointwise.binary(GT, "gt", self(), other);
    }

    /**
     * Elementwise {@code > value}. Shape: unchanged.
     * <pre>
     * jshell> tensor(-1f, 2f).gt(tensor(0f))
     * $1 ==> tensor([False,  True])
     * </pre>
     */
    default Tensor gt(double value) {
        return gt(scalar(value, self()));
    }

    /**
     * Elementwise {@code >=}. Shape: broadcast.
     * <pre>
     * jshell> tensor(1f, 2f, 3f).ge(2)
     * $1 ==> tensor([False,  True,  True])
     * </pre>
     */
    default Tensor ge(Tensor other) {
        return Pointwise.binary(GE, "ge", self(), other);
    }

    /**
     * Elementwise {@code >= value}. Shape: unchanged.
     * <pre>
     * jshell> tensor(1f, 2f, 3f).ge(2)
     * $1 ==> tensor([False,  True,  True])
     * </pre>
     */
    default Tensor ge(double value) {
        return ge(scalar(value, self()));
    }

    /** Elementwise not of a bool tensor. Shape: unchanged. <pre>jshell> tensor(true, false).logicalNot()
     * $1 ==> tensor([False,  True])</pre> */
    default Tensor logicalNot() {
        return self().eq(0);
    }

    /**
     * Elementwise and (nonzero is true). Shape: broadcast.
     * <pre>
     * jshell> tensor(true, true).logicalAnd(tensor(true, false))
     * $1 ==> tensor([ True, False])
     * </pre>
     */
    default Tensor logicalAnd(Tensor other) {
        return self().ne(0).mul(other.ne(0)).ne(0);
    }

    /**
     * Elementwise or (nonzero is true). Shape: broadcast.
     * <pre>
     * jshell> tensor(true, false).logicalOr(tensor(false, false))
     * $1 ==> tensor([ True, False])
     * </pre>
     */
    default Tensor logicalOr(Tensor other) {
        return self().ne(0).add(other.ne(0)).ne(0);
    }

    /**
     * This tensor where {@code mask} is false, {@code value} where it is true.
     * <pre>
     * jshell> tensor(1f, -2f, 3f).maskedFill(tensor(1f, -2f, 3f).lt(0), 0)
     * $1 ==> tensor([1., 0., 3.])
     * </pre>
     * Shape: broadcast of this and {@code mask}.
     */
    default Tensor maskedFill(Tensor mask, double value) {
        Tensor x = self();
        return Where.apply("MaskedFillBackward0", mask, Tensor.full(new int[0], value, x.dtype()), x);
    }

    /** Elementwise maximum of two tensors. Shape: broadcast. <pre>jshell> tensor(1f, 5f).maximum(tensor(3f))
     * $1 ==> tensor([3., 5.])</pre> */
    default Tensor maximum(Tensor other) {
        return Where.apply("MaximumBackward0", self().ge(other), self(), other);
    }

    /**
     * Elementwise minimum of two tensors. Shape: broadcast.
     * <pre>
     * jshell> tensor(1f, 5f).minimum(tensor(3f))
     * $1 ==> tensor([1., 3.])
     * </pre>
     */
    default Tensor minimum(Tensor other) {
        return Where.apply("MinimumBackward0", self().le(other), self(), other);
    }
}
