package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Mean squared error {@code (input - target)²}, as {@code torch.nn.MSELoss}. Shape: input and target the same shape; output scalar, or as the input with reduction "none".
 *
 * <pre>
 * jshell> nn.mseLoss().apply(tensor(1f, 2f), tensor(0f, 4f))
 * $1 ==> tensor(2.5000)
 * </pre>
 */
public final class MSELoss extends Loss {
    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Losses.mseLoss(input, target, reduction());
    }
}
