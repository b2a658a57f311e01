package baeum.tensor;

import baeum.ops.Elementwise;
import java.util.function.UnaryOperator;

/**
 * The backward of the views (outputs that share storage with their input). Each view op
 * computes its layout in {@code baeum.tensor} and calls one of these to record itself:
 * reshapes send the gradient back reshaped, permutes permuted back, expands unchanged (the
 * engine sums it down to the input's shape), and slices into a zero tensor at the same place.
 */
final class ViewNodes {
    private ViewNodes() {}

    /** Records {@code out} as a reshape of {@code x} (view, reshape, flatten, squeeze, unsqueeze). */
    public static Tensor reshape(String name, Tensor x, Tensor out) {
        if (Node.needsGrad(x)) new Reshape(name, x).attach(out);
        return out;
    }

    /** Records {@code out} as {@code x.permute(dims)} (also transpose and t). */
    public static Tensor permute(String name, Tensor x, Tensor out, int[] dims) {
        if (Node.needsGrad(x)) new Permute(name, x, dims).attach(out);
        return out;
    }

    /** Records {@code out} as an expand of {@code x}. */
    public static Tensor expand(Tensor x, Tensor out) {
        if (Node.needsGrad(x)) new Expand(x).attach(out);
        return out;
    }

    /** Records {@code out} as {@code recipe.apply(x)}, a view selecting part of {@code x}. */
    public static Tensor slice(String name, Tensor x, Tensor out, UnaryOperator<Tensor> recipe) {
        if (Node.needsGrad(x)) new Slice(name, x, recipe).attach(out);
        return out;
    }

    static final class Reshape extends Node {
        Reshape(String name, Tensor x) {
            super(name, x);
        }

        @Override
        protected Tensor[] backward(Tensor g) {
            return new Tensor[] {g.reshape(inputShape(0))};
        }
    }

    static final class Permute extends Node {
        private final int[] inverse;

        Permute(String name, Tensor x, int[] dims) {
            super(name, x);
            inverse = new int[dims.length];
            for (int i = 0; i < dims.length; i++) inverse[dims[i]] = i;
        }

        @Override
        protected Tensor[] backward(Tensor g) {
            return new Tensor[] {g.permute(inverse)};
        }
    }

    static final class Expand extends Node {
        Expand(Tensor x) {
            super("ExpandBackward0", x);
        }

        @Override
        protected Tensor[] backward(Tensor g) {
            return new Tensor[] {g};
        }
    }

    static final class Slice extends Node {
        private final UnaryOperator<Tensor> recipe;

        Slice(String name, Tensor x, UnaryOperator<Tensor> recipe) {
            super(name, x);
            this.recipe = recipe;
        }

        @Override
        protected Tensor[] backward(Tensor g) {
            Tensor z = Tensor.full(inputShape(0), 0, g.dtype());
            Pointwise.binaryInto(Elementwise.ADD, "slice backward", recipe.apply(z), g);
            return new Tensor[] {z};
        }
    }
}
