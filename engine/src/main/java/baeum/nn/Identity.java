package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Returns its input unchanged, as {@code torch.nn.Identity}; a placeholder where a layer is optional.
 *
 * <p>Shape: any; output same as input.
 *
 * <pre>
 * jshell> nn.identity().forward(tensor(1f, 2f))
 * $1 ==> tensor([1., 2.])
 * </pre>
 */
public final class Identity extends NnFacade.Module {
    @Override
    public Tensor forward(Tensor input) {
        return input;
    }
}
