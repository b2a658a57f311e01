package baeum.nn;

import baeum.tensor.Tensor;

/** Weight penalties for the regularization chapter: sums over parameters that stay in the autograd graph. */
public final class Penalties {
    private Penalties() {}

    /** {@code Σ |p|} over every parameter: add {@code lambda * l1Penalty(params)} to the loss for L1 regularization. */
    public static Tensor l1Penalty(Iterable<Tensor> parameters) {
        Tensor sum = null;
        for (Tensor p : parameters) {
            Tensor t = p.abs().sum();
            sum = sum == null ? t : sum.add(t);
        }
        return sum == null ? NnTensors.scalar(0) : sum;
    }

    /** {@code Σ p²} over every parameter (no ½): add {@code lambda * l2Penalty(params)} to the loss for L2 regularization (weight decay). */
    public static Tensor l2Penalty(Iterable<Tensor> parameters) {
        Tensor sum = null;
        for (Tensor p : parameters) {
            Tensor t = p.mul(p).sum();
            sum = sum == null ? t : sum.add(t);
        }
        return sum == null ? NnTensors.scalar(0) : sum;
    }
}
