package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.util.function.BinaryOperator;

/**
 * A loss as an object, as PyTorch's loss modules: built once ({@code nn.crossEntropyLoss()}),
 * configured fluently ({@code .reduction("sum")}, {@code .weight(w)}, ...), then applied to a
 * model's output and the target. Each subclass's Javadoc gives its formula and shapes.
 *
 * <pre>
 * jshell> var lossFn = nn.mseLoss();
 * jshell> lossFn.apply(tensor(1f, 2f), tensor(0f, 4f))
 * $2 ==> tensor(2.5000)
 * </pre>
 */
public abstract class Loss implements BinaryOperator<Tensor> {
    private String reduction = "mean";

    /** The loss of {@code input} (the model's output) against {@code target}. */
    @Override
    public abstract Tensor apply(Tensor input, Tensor target);

    /** The same as {@link #apply}, under PyTorch's name. */
    public Tensor forward(Tensor input, Tensor target) {
        return apply(input, target);
    }

    /** {@code "none"}, {@code "mean"} (default) or {@code "sum"}. */
    public String reduction() {
        return reduction;
    }

    /** Sets the reduction ({@code "none"}, {@code "mean"}, {@code "sum"}); returns this. */
    public Loss reduction(String value) {
        if (!value.equals("none") && !value.equals("mean") && !value.equals("sum")) {
            throw new TensorError(getClass().getSimpleName() + ": reduction must be \"none\", \"mean\" or \"sum\", got \"" + value + "\"");
        }
        this.reduction = value;
        return this;
    }

    /** The settings PyTorch would print, or empty. */
    protected String extraRepr() {
        return reduction.equals("mean") ? "" : "reduction=" + reduction;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + extraRepr() + ")";
    }
}
