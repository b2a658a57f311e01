package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Sigmoid and binary cross-entropy in one stable step, as {@code torch.nn.BCEWithLogitsLoss}:
 * {@code -w (p y log σ(x) + (1 - y) log(1 - σ(x)))} with {@code posWeight} {@code p} (weight of
 * positives, per class over the last dimension) and {@code weight} {@code w}.
 * Shape: input (raw scores) and target the same shape.
 *
 * <pre>
 * jshell> nn.bceWithLogitsLoss().apply(tensor(0f), tensor(1f))
 * $1 ==> tensor(0.6931)
 * </pre>
 */
public final class BCEWithLogitsLoss extends Loss {
    private Tensor weight;
    private Tensor posWeight;

    public BCEWithLogitsLoss weight(Tensor value) {
        this.weight = value;
        return this;
    }

    /** Weight of positive examples, e.g. {@code negatives / positives} per class; returns this. */
    public BCEWithLogitsLoss posWeight(Tensor value) {
        this.posWeight = value;
        return this;
    }

    @Override
    public BCEWithLogitsLoss reduction(String value) {
        super.reduction(value);
        return this;
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Losses.bceWithLogitsLoss(input, target, weight, posWeight, reduction());
    }
}
