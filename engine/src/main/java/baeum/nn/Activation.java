package baeum.nn;

import baeum.tensor.Tensor;

import java.util.function.UnaryOperator;

/**
 * An activation as a layer (no parameters): {@code ReLU()}, {@code LeakyReLU(negative_slope=0.01)},
 * {@code GELU(approximate='none')}, {@code Softmax(dim=1)}, ... made by {@code nn.relu()},
 * {@code nn.leakyRelu(0.2)}, {@code nn.gelu()}, {@code nn.softmax(1)} and friends. It prints under
 * PyTorch's class name and applies the matching function of {@link Functions}.
 *
 * <p>Shape: any; output same as input.
 *
 * <pre>
 * jshell> nn.seq(nn.linear(4, 8), nn.relu())
 * $1 ==> Sequential(
 *   (0): Linear(in_features=4, out_features=8, bias=True)
 *   (1): ReLU()
 * )
 * </pre>
 */
public final class Activation extends NnFacade.Module {
    private final String name;
    private final String settings;
    private final UnaryOperator<Tensor> fn;

    /** An activation printed as {@code name(settings)} that computes {@code fn}. */
    public Activation(String name, String settings, UnaryOperator<Tensor> fn) {
        this.name = name;
        this.settings = settings;
        this.fn = fn;
    }

    @Override
    public Tensor forward(Tensor input) {
        return fn.apply(input);
    }

    @Override
    protected String typeName() {
        return name;
    }

    @Override
    protected String extraRepr() {
        return settings;
    }
}
