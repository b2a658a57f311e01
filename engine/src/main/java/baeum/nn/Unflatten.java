package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Splits dimension {@code dim} into {@code sizes}, as {@code torch.nn.Unflatten}: the inverse of
 * {@link Flatten}, e.g. to turn a decoder's {@code (N, 784)} back into images.
 *
 * <p>Shape: {@code (*, sizes[0]*sizes[1]*..., *)} to {@code (*, sizes..., *)}.
 *
 * <pre>
 * jshell> nn.unflatten(1, 1, 28, 28).forward(zeros(64, 784)).shape()
 * $1 ==> (64, 1, 28, 28)
 * </pre>
 */
public final class Unflatten extends NnFacade.Module {
    private final int dim;
    private final int[] sizes;

    public Unflatten(int dim, int... sizes) {
        this.dim = dim;
        this.sizes = sizes.clone();
    }

    @Override
    public Tensor forward(Tensor input) {
        int d = dim < 0 ? dim + input.dim() : dim;
        long product = 1;
        for (int s : sizes) {
            product *= s;
        }
        if (d < 0 || d >= input.dim() || product != input.size(d)) {
            throw new TensorError(this + ": expected an input whose dimension " + dim + " has size " + product
                    + ", got " + input.shape());
        }
        int[] in = input.shape().toArray();
        int[] out = new int[in.length - 1 + sizes.length];
        System.arraycopy(in, 0, out, 0, d);
        System.arraycopy(sizes, 0, out, d, sizes.length);
        System.arraycopy(in, d + 1, out, d + sizes.length, in.length - d - 1);
        return input.reshape(out);
    }

    @Override
    protected String extraRepr() {
        return "dim=" + dim + ", unflattened_size=" + Repr.tuple(sizes);
    }
}
