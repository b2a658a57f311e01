package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Mean absolute error {@code |input - target|}, as {@code torch.nn.L1Loss}. Shape: input and
 * target the same shape; output scalar, or as the input with reduction "none".
 *
 * <pre>
 * jshell> nn.l1Loss().apply(tensor(1f, 2f), tensor(0f, 4f))
 * $1 ==> tensor(1.5000)
 * </pre>
 */
public final class L1Loss extends Loss {
    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Losses.l1Loss(input, target, reduction());
    }
}
