package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Window settings of a pooling layer; {@code square} remembers that they were given as single
 * numbers, so the layer prints {@code kernel_size=2} rather than {@code (2, 2)}, as PyTorch.
 */
public record PoolSettings(int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode, boolean square) {

    /** Square window {@code k}, stride {@code s} ({@code s <= 0}: the kernel size), padding {@code p}. */
    public static PoolSettings of(int k, int s, int p, int d, boolean ceilMode) {
        int st = s <= 0 ? k : s;
        return new PoolSettings(new int[] {k, k}, new int[] {st, st}, new int[] {p, p}, new int[] {d, d}, ceilMode, true);
    }

    String show(int[] pair) {
        return square ? Integer.toString(pair[0]) : Repr.tuple(pair);
    }

    void checkInput(Module layer, Tensor input) {
        if (input.dim() != 3 && input.dim() != 4) {
            throw new TensorError(layer + ": expected input of shape (N, C, H, W) or (C, H, W), got " + input.shape());
        }
    }
}
