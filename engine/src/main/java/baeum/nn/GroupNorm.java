package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Group normalization, as {@code torch.nn.GroupNorm}: the {@code numChannels} channels are split
 * into {@code numGroups} groups, each normalized per example over its channels and positions; then
 * a per-channel {@code weight} (ones) and {@code bias} (zeros) when {@code affine}. Default eps 1e-5.
 *
 * <p>Shape: input {@code (N, numChannels, *)}; output as input.
 *
 * <pre>
 * jshell> nn.groupNorm(2, 4).forward(randn(3, 4, 5)).shape()
 * $1 ==> (3, 4, 5)
 * </pre>
 */
public final class GroupNorm extends WeightedLayer {
    private final int numGroups;
    private final int numChannels;
    private final double eps;

    public GroupNorm(int numGroups, int numChannels, double eps, boolean affine) {
        if (numGroups <= 0 || numChannels % numGroups != 0) {
            throw new TensorError("GroupNorm: num_channels=" + numChannels + " must be divisible by num_groups=" + numGroups);
        }
        this.numGroups = numGroups;
        this.numChannels = numChannels;
        this.eps = eps;
        if (affine) {
            registerAffine(numChannels);
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() < 2 || input.size(1) != numChannels) {
            throw new TensorError(this + ": expected input of shape (N, " + numChannels + ", *), got " + input.shape());
        }
        return Normalization.groupNorm(input, numGroups, weight(), bias(), eps);
    }

    @Override
    protected String extraRepr() {
        return numGroups + ", " + numChannels + ", eps=" + Repr.number(eps) + ", affine=" + Repr.bool(weight() != null);
    }
}
