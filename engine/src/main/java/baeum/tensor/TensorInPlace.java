package baeum.tensor;

import static baeum.ops.Elementwise.*;

import baeum.ops.UnaryKernel;

import java.util.Random;

/**
 * Ops that change the tensor itself, named with a trailing {@code _} as in PyTorch. Each bumps
 * the tensor's version counter, so that a backward through a graph that saved the old values
 * fails loudly instead of computing a wrong gradient. On a leaf that requires grad they work
 * only inside {@code noGrad()} (or on {@code x.data()}), as in PyTorch.
 */
public sealed interface TensorInPlace permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    /**
     * Adds {@code other} (broadcast to this shape) to this tensor.
     * <pre>
     * jshell> var x = zeros(2); x.add_(tensor(1f)); x
     * $3 ==> tensor([1., 1.])
     * </pre>
     * Shape: unchanged; {@code other} must broadcast to it.
     */
    default Tensor add_(Tensor other) {
        return InPlace.binary(self(), "add_", ADD, other, t -> t.add(other));
    }

    /** Adds a number to every element, in place. Shape: unchanged. <pre>jshell> var x = zeros(2); x.add_(1)
     * $2 ==> tensor([1., 1.])</pre> */
    default Tensor add_(double other) {
        return InPlace.scalar(self(), "add_", UnaryOp.ADD_S.kernel(), other, 0, t -> t.add(other));
    }

    /**
     * Subtracts {@code other} in place: the manual gradient step {@code w.sub_(w.grad().mul(lr))}
     * inside {@code noGrad()}.
     * <pre>
     * jshell> var x = ones(2); x.sub_(tensor(0.5f)); x
     * $3 ==> tensor([0.5000, 0.5000])
     * </pre>
     * Shape: unchanged; {@code other} must broadcast to it.
     */
    default Tensor sub_(Tensor other) {
        return InPlace.binary(self(), "sub_", SUB, other, t -> t.sub(other));
    }

    /**
     * Subtracts a number from every element, in place. Shape: unchanged.
     * <pre>
     * jshell> ones(2).sub_(0.5)
     * $1 ==> tensor([0.5000, 0.5000])
     * </pre>
     */
    default Tensor sub_(double other) {
        return InPlace.scalar(self(), "sub_", UnaryOp.ADD_S.kernel(), -other, 0, t -> t.sub(other));
    }

    /** Multiplies by {@code other} in place. Shape: unchanged. <pre>jshell> var x = ones(2); x.mul_(tensor(3f))
     * $2 ==> tensor([3., 3.])</pre> */
    default Tensor mul_(Tensor other) {
        return InPlace.binary(self(), "mul_", MUL, other, t -> t.mul(other));
    }

    /**
     * Multiplies every element by a number, in place. Shape: unchanged.
     * <pre>
     * jshell> ones(2).mul_(3)
     * $1 ==> tensor([3., 3.])
     * </pre>
     */
    default Tensor mul_(double other) {
        return InPlace.scalar(self(), "mul_", UnaryOp.MUL_S.kernel(), other, 0, t -> t.mul(other));
    }

    /** Divides by {@code other} in place. Shape: unchanged. <pre>jshell> var x = ones(2); x.div_(tensor(4f))
     * $2 ==> tensor([0.2500, 0.2500])</pre> */
    default Tensor div_(Tensor other) {
        return InPlace.binary(self(), "div_", DIV, other, t -> t.div(other));
    }

    /**
     * Divides every element by a number, in place. Shape: unchanged.
     * <pre>
     * jshell> ones(2).div_(4)
     * $1 ==> tensor([0.2500, 0.2500])
     * </pre>
     */
    default Tensor div_(double other) {
        return InPlace.scalar(self(), "div_", UnaryOp.DIV_S.kernel(), other, 0, t -> t.div(other));
    }

    /**
     * Raises every element to {@code exponent}, in place. Shape: unchanged.
     * <pre>
     * jshell> tensor(2f, 3f).pow_(2)
     * $1 ==> tensor([4., 9.])
     * </pre>
     */
    default Tensor pow_(double exponent) {
        return InPlace.scalar(self(), "pow_", UnaryOp.POW_S.kernel(), exponent, 0, t -> t.pow(exponent));
    }

    /** Sets every element to 0 (e.g. {@code w.grad().zero_()}). Shape: unchanged.
     * <pre>jshell> var x = ones(2); x.zero_()
     * $2 ==> tensor([0., 0.])</pre> */
    default Tensor zero_() {
        return fill_(0);
    }

    /** Sets every element to {@code value}. Shape: unchanged. <pre>jshell> zeros(2).fill_(7)
     * $1 ==> tensor([7., 7.])</pre> */
    default Tensor fill_(double value) {
        Tensor x = self();
        return InPlace.scalar(x, "fill_", UnaryKernel.fill(), value, 0, t -> t.mul(0).add(value));
    }

    /**
     * Limits every element to {@code [min, max]}, in place. Shape: unchanged.
     * <pre>
     * jshell> tensor(-2f, 0.5f, 3f).clamp_(0, 1)
     * $1 ==> tensor([0.0000, 0.5000, 1.0000])
     * </pre>
     */
    default Tensor clamp_(double min, double max) {
        return InPlace.scalar(self(), "clamp_", UnaryOp.CLAMP.kernel(), min, max, t -> t.clamp(min, max));
    }

    /**
     * Applies relu in place. Shape: unchanged.
     * <pre>
     * jshell> tensor(-2f, 3f).relu_()
     * $1 ==> tensor([0., 3.])
     * </pre>
     */
    default Tensor relu_() {
        return InPlace.scalar(self(), "relu_", UnaryOp.RELU.kernel(), 0, 0, Tensor::relu);
    }

    /**
     * Sets the elements where {@code mask} is true to {@code value}. Shape: unchanged; mask broadcasts.
     * <pre>
     * jshell> tensor(1f, -2f).maskedFill_(tensor(false, true), 0)
     * $1 ==> tensor([1., 0.])
     * </pre>
     */
    default Tensor maskedFill_(Tensor mask, double value) {
        return InPlace.apply(self(), "maskedFill_", null, t -> t.maskedFill(mask, value),
                () -> InPlace.copyRaw(self(), self().detach().maskedFill(mask, value)));
    }

    /**
     * Copies the elements of {@code src} (broadcast to this shape, converted to this dtype) into this tensor.
     * <pre>
     * jshell> var x = zeros(2, 2); x.select(0, 1).copy_(tensor(1f, 2f)); x
     * $3 ==> tensor([[0., 0.],
     *         [1., 2.]])
     * </pre>
     * Shape: unchanged; {@code src} must broadcast to it.
     */
    default Tensor copy_(Tensor src) {
        return InPlace.binary(self(), "copy_", RIGHT, src, t -> t.mul(0).add(src));
    }

    /** Fills with samples of N(0, 1). Shape: unchanged. <pre>jshell> zeros(2, 3).normal_().shape()
     * $1 ==> (2, 3)</pre> */
    default Tensor normal_() {
        return normal_(0, 1);
    }

    /**
     * Fills with samples of N(mean, std^2). Shape: unchanged.
     * <pre>
     * jshell> zeros(2, 2).normal_(0, 0.01).shape()
     * $1 ==> (2, 2)
     * </pre>
     */
    default Tensor normal_(double mean, double std) {
        Tensor x = self();
        float[] v = new float[(int) x.numel()];
        Random r = Rng.generator();
        for (int i = 0; i < v.length; i++) v[i] = (float) (mean + std * r.nextGaussian());
        return InPlace.fillWith(x, "normal_", v);
    }

    /**
     * Fills with samples of U[0, 1). Shape: unchanged.
     * <pre>
     * jshell> zeros(3).uniform_().shape()
     * $1 ==> (3)
     * </pre>
     */
    default Tensor uniform_() {
        return uniform_(0, 1);
    }

    /** Fills with samples of U[from, to). Shape: unchanged. <pre>jshell> zeros(3).uniform_(-1, 1).shape()
     * $1 ==> (3)</pre> */
    default Tensor uniform_(double from, double to) {
        Tensor x = self();
        float[] v = new float[(int) x.numel()];
        Random r = Rng.generator();
        for (int i = 0; i < v.length; i++) v[i] = (float) (from + (to - from) * r.nextDouble());
        return InPlace.fillWith(x, "uniform_", v);
    }
}
