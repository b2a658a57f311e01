package baeum.nn;

import baeum.tensor.Tensor;

/**
 * A layer whose parameters are PyTorch's {@code weight} and (optionally) {@code bias}: Linear,
 * the convolutions, the normalizations, Embedding, PReLU. The accessors read the registered
 * parameters, so they follow {@link #to} and {@link #loadStateDict}.
 */
public abstract class WeightedLayer extends NnFacade.Module {
    protected WeightedLayer() {}

    /** The {@code weight} parameter, or null when the layer has none (e.g. a norm without affine). */
    public Tensor weight() {
        return parameter("weight");
    }

    /** The {@code bias} parameter, or null when the layer has none ({@code bias=false}). */
    public Tensor bias() {
        return parameter("bias");
    }

    /** Registers the affine parameters of a normalization: {@code weight} ones and {@code bias} zeros of {@code shape}. */
    protected void registerAffine(int... shape) {
        registerParameter("weight", NnTensors.ones(shape));
        registerParameter("bias", NnTensors.zeros(shape));
    }
}
