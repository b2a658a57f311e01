package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Smooth L1 (Huber-like) loss, as {@code torch.nn.SmoothL1Loss}: {@code 0.5 d² / beta} where
 * {@code |d| < beta}, else {@code |d| - 0.5 beta}, {@code d = input - target}; beta defaults to 1.
 * Shape: input and target the same shape.
 *
 * <pre>
 * jshell> nn.smoothL1Loss().apply(tensor(0f, 0f), tensor(0.5f, 3f))
 * $1 ==> tensor(1.3125)
 * </pre>
 */
public final class SmoothL1Loss extends Loss {
    private double beta = 1.0;

    /** Sets the threshold between the quadratic and the linear part (default 1); returns this. */
    public SmoothL1Loss beta(double value) {
        this.beta = value;
        return this;
    }

    @Override
    public SmoothL1Loss reduction(String value) {
        super.reduction(value);
        return this;
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Losses.smoothL1Loss(input, target, reduction(), beta);
    }

    @Override
    protected String extraRepr() {
        return beta == 1.0 ? super.extraRepr() : join(super.extraRepr(), "beta=" + Repr.number(beta));
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : a + ", " + b;
    }
}
