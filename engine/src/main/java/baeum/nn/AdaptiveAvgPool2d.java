package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Adaptive 2-d average pooling, as {@code torch.nn.AdaptiveAvgPool2d}: averages into a fixed
 * {@code (outH, outW)} grid whatever the input size ({@code (1, 1)} is global average pooling).
 *
 * <p>Shape: input {@code (N, C, H, W)} or {@code (C, H, W)}; output {@code (N, C, outH, outW)}.
 *
 * <pre>
 * jshell> nn.adaptiveAvgPool2d(1, 1).forward(randn(8, 64, 7, 7)).shape()
 * $1 ==> (8, 64, 1, 1)
 * </pre>
 */
public final class AdaptiveAvgPool2d extends NnFacade.Module {
    private final int outH;
    private final int outW;
    private final boolean square;

    public AdaptiveAvgPool2d(int outH, int outW, boolean square) {
        if (outH <= 0 || outW <= 0) {
            throw new TensorError("AdaptiveAvgPool2d: output size must be positive, got (" + outH + ", " + outW + ")");
        }
        this.outH = outH;
        this.outW = outW;
        this.square = square;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != 3 && input.dim() != 4) {
            throw new TensorError(this + ": expected input of shape (N, C, H, W) or (C, H, W), got " + input.shape());
        }
        return Pooling.adaptiveAvgPool2d(input, outH, outW);
    }

    @Override
    protected String extraRepr() {
        return "output_size=" + (square ? Integer.toString(outH) : Repr.tuple(outH, outW));
    }
}
