package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Cross-entropy of raw scores, as {@code torch.nn.CrossEntropyLoss}: log-softmax over the class
 * dimension 1, then the negative log-likelihood of the labels, or of a probability target.
 * Options: {@code weight} per class, {@code ignoreIndex} (-100), {@code labelSmoothing} (0).
 * See {@link Losses#crossEntropyLoss} for the exact formula.
 *
 * <p>Shape: input {@code (N, C)} or {@code (N, C, d...)}; target int64 labels {@code (N)} /
 * {@code (N, d...)} or float probabilities shaped like the input.
 *
 * <pre>
 * jshell> var lossFn = nn.crossEntropyLoss().labelSmoothing(0.1);
 * jshell> lossFn.apply(tensor(new float[][] {{2, 0, 0}}), tensor(new long[] {0})).item()
 * $2 ==> 0.3728781
 * </pre>
 */
public final class CrossEntropyLoss extends Loss {
    private Tensor weight;
    private int ignoreIndex = -100;
    private double labelSmoothing;

    public CrossEntropyLoss weight(Tensor value) {
        this.weight = value;
        return this;
    }

    public CrossEntropyLoss ignoreIndex(int value) {
        this.ignoreIndex = value;
        return this;
    }

    /** Mixes the target with the uniform distribution: {@code (1 - ε) target + ε / C}; returns this. */
    public CrossEntropyLoss labelSmoothing(double value) {
        this.labelSmoothing = value;
        return this;
    }

    @Override
    public CrossEntropyLoss reduction(String value) {
        super.reduction(value);
        return this;
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Losses.crossEntropyLoss(input, target, weight, ignoreIndex, reduction(), labelSmoothing);
    }

    @Override
    protected String extraRepr() {
        return labelSmoothing == 0 ? super.extraRepr() : SmoothL1Loss.join(super.extraRepr(), "label_smoothing=" + Repr.number(labelSmoothing));
    }
}
