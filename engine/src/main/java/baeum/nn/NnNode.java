package baeum.nn;

import baeum.tensor.Node;
import baeum.tensor.Tensor;

/**
 * An autograd node for the nn toolkit's own ops (losses, normalizations, GELU, unfold, pooling,
 * embedding): the op computes its output (on raw arrays, or with tensor ops while recording is
 * off) and hands over its backward as a function with PyTorch's grad_fn name, so forward and
 * backward stay side by side in the op's method.
 */
final class NnNode extends Node {
    /** The gradients of the inputs from the gradient of the output; {@code needs[i]} says whether input i wants one. */
    interface Backward {
        Tensor[] grads(Tensor gradOutput, boolean[] needs);
    }

    private final Backward backward;
    private final int inputs;

    private NnNode(String name, Backward backward, Tensor... inputs) {
        super(name, inputs);
        this.backward = backward;
        this.inputs = inputs.length;
    }

    /** Records {@code backward} as the grad_fn of {@code out} when an input needs a gradient; returns {@code out}. */
    static Tensor record(String name, Tensor out, Backward backward, Tensor... inputs) {
        if (Node.needsGrad(inputs)) {
            new NnNode(name, backward, inputs).attach(out);
        }
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        boolean[] needs = new boolean[inputs];
        for (int i = 0; i < inputs; i++) {
            needs[i] = needsInputGrad(i);
        }
        return backward.grads(grad, needs);
    }
}
