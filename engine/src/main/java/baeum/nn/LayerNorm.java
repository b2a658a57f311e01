package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Layer normalization, as {@code torch.nn.LayerNorm}: each example is normalized over its last
 * dimensions ({@code normalizedShape}) with its own mean and biased variance, then multiplied by
 * {@code weight} (ones) and shifted by {@code bias} (zeros), both of shape {@code normalizedShape}
 * when {@code elementwiseAffine}. Default eps 1e-5. Same in training and evaluation mode.
 *
 * <p>Shape: input {@code (*, normalizedShape)}; output as input.
 *
 * <pre>
 * jshell> nn.layerNorm(4).forward(tensor(new float[][] {{1, 2, 3, 4}})).detach()
 * $1 ==> tensor([[-1.3416, -0.4472,  0.4472,  1.3416]])
 * </pre>
 */
public final class LayerNorm extends WeightedLayer {
    private final int[] normalizedShape;
    private final double eps;

    public LayerNorm(int[] normalizedShape, double eps, boolean elementwiseAffine) {
        if (normalizedShape.length == 0 || java.util.Arrays.stream(normalizedShape).anyMatch(d -> d <= 0)) {
            throw new TensorError("LayerNorm: normalized_shape must be one or more positive sizes, got "
                    + java.util.Arrays.toString(normalizedShape));
        }
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        if (elementwiseAffine) {
            registerAffine(normalizedShape);
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        int k = normalizedShape.length;
        boolean fits = input.dim() >= k;
        for (int i = 0; fits && i < k; i++) {
            fits = input.size(input.dim() - k + i) == normalizedShape[i];
        }
        if (!fits) {
            String tail = Repr.tuple(normalizedShape).replace(",)", ")").substring(1);
            throw new TensorError(this + ": expected input of shape (*, " + tail + ", got " + input.shape());
        }
        return Normalization.layerNorm(input, normalizedShape, weight(), bias(), eps);
    }

    @Override
    protected String extraRepr() {
        return Repr.tuple(normalizedShape) + ", eps=" + Repr.number(eps) + ", elementwise_affine=" + Repr.bool(weight() != null);
    }
}
