package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Negative log-likelihood of log-probabilities, as {@code torch.nn.NLLLoss}: {@code -w[y] * input[n, y]};
 * labels equal to {@code ignoreIndex} (-100) are skipped; "mean" divides by the summed weights.
 * Shape: input {@code (N, C)} or {@code (N, C, d...)}; target int64 {@code (N)} or {@code (N, d...)}.
 *
 * <pre>
 * jshell> nn.nllLoss().apply(tensor(new float[][] {{-0.1f, -2.4f}}), tensor(new long[] {0}))
 * $1 ==> tensor(0.1000)
 * </pre>
 */
public final class NLLLoss extends Loss {
    private Tensor weight;
    private int ignoreIndex = -100;

    /** Per-class weights {@code (C)}; returns this. */
    public NLLLoss weight(Tensor value) {
        this.weight = value;
        return this;
    }

    /** A label value that contributes nothing (default -100); returns this. */
    public NLLLoss ignoreIndex(int value) {
        this.ignoreIndex = value;
        return this;
    }

    @Override
    public NLLLoss reduction(String value) {
        super.reduction(value);
        return this;
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Losses.nllLoss(input, target, weight, ignoreIndex, reduction());
    }
}
