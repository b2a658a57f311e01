package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Parametric ReLU, as {@code torch.nn.PReLU}: {@code x} for {@code x > 0}, else {@code a * x},
 * with a learnable slope {@code weight} of {@code numParameters} entries (1, or one per channel),
 * initialised to {@code init} (0.25).
 *
 * <p>Shape: any; with {@code numParameters > 1} the input's dimension 1 must have that size.
 *
 * <pre>
 * jshell> nn.prelu().forward(tensor(-4f, 2f)).detach()
 * $1 ==> tensor([-1., 2.])
 * </pre>
 */
public final class PReLU extends WeightedLayer {
    public PReLU() {
        this(1, 0.25);
    }

    public PReLU(int numParameters, double init) {
        registerParameter("weight", NnTensors.full(init, numParameters));
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functions.prelu(input, weight());
    }

    @Override
    protected String extraRepr() {
        return "num_parameters=" + weight().numel();
    }
}
