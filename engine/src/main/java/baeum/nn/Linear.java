package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * A fully connected layer: {@code y = x · Wᵀ + b}, as {@code torch.nn.Linear}.
 *
 * <p>Parameters: {@code weight} {@code (outFeatures, inFeatures)} and {@code bias}
 * {@code (outFeatures)}, both initialised from U(-1/sqrt(inFeatures), 1/sqrt(inFeatures)) (PyTorch's
 * Kaiming-uniform with a = sqrt(5)).
 *
 * <p>Shape: input {@code (*, inFeatures)}, output {@code (*, outFeatures)}.
 *
 * <pre>
 * jshell> var fc = nn.linear(784, 256);
 * jshell> fc.forward(randn(64, 784)).shape()
 * $2 ==> (64, 256)
 * </pre>
 */
public final class Linear extends WeightedLayer {
    private final int inFeatures;
    private final int outFeatures;

    public Linear(int inFeatures, int outFeatures) {
        this(inFeatures, outFeatures, true);
    }

    public Linear(int inFeatures, int outFeatures, boolean bias) {
        if (inFeatures < 0 || outFeatures < 0) {
            throw new TensorError("Linear: sizes must not be negative, got in_features=" + inFeatures
                    + ", out_features=" + outFeatures);
        }
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        registerParameter("weight", NnTensors.zeros(outFeatures, inFeatures));
        if (bias) {
            registerParameter("bias", NnTensors.zeros(outFeatures));
        }
        resetParameters();
    }

    /** Draws new weights and bias from PyTorch's default distribution. */
    public void resetParameters() {
        Init.defaultLinear(weight(), bias());
    }

    public int inFeatures() {
        return inFeatures;
    }

    public int outFeatures() {
        return outFeatures;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() == 0 || input.size(-1) != inFeatures) {
            throw new TensorError(this + ": expected input of shape (*, " + inFeatures + "), got "
                    + input.shape() + "; the last dimension must be in_features=" + inFeatures);
        }
        return Functions.linear(input, weight(), bias());
    }

    @Override
    protected String extraRepr() {
        return "in_features=" + inFeatures + ", out_features=" + outFeatures + ", bias=" + Repr.bool(bias() != null);
    }
}
