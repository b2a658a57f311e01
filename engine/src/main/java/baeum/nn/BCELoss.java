package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Binary cross-entropy of probabilities, as {@code torch.nn.BCELoss}:
 * {@code -w (y log x + (1 - y) log(1 - x))}, logs clamped at -100. Optional {@code weight}
 * broadcast over the input. Shape: input (probabilities in [0, 1]) and target the same shape.
 *
 * <pre>
 * jshell> nn.bceLoss().apply(tensor(0.8f), tensor(1f))
 * $1 ==> tensor(0.2231)
 * </pre>
 */
public final class BCELoss extends Loss {
    private Tensor weight;

    /** Sets a per-element weight (broadcast over the input); returns this. */
    public BCELoss weight(Tensor value) {
        this.weight = value;
        return this;
    }

    @Override
    public BCELoss reduction(String value) {
        super.reduction(value);
        return this;
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Losses.bceLoss(input, target, weight, reduction());
    }
}
