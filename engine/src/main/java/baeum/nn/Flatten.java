package baeum.nn;

import baeum.tensor.Tensor;

/**
 * Flattens dimensions {@code startDim..endDim} into one, as {@code torch.nn.Flatten} (defaults
 * 1 and -1: keeps the batch dimension).
 *
 * <p>Shape: {@code (N, C, H, W)} becomes {@code (N, C*H*W)} with the defaults.
 *
 * <pre>
 * jshell> nn.flatten().forward(zeros(64, 1, 28, 28)).shape()
 * $1 ==> (64, 784)
 * </pre>
 */
public final class Flatten extends NnFacade.Module {
    private final int startDim;
    private final int endDim;

    public Flatten() {
        this(1, -1);
    }

    public Flatten(int startDim, int endDim) {
        this.startDim = startDim;
        this.endDim = endDim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.flatten(startDim, endDim);
    }

    @Override
    protected String extraRepr() {
        return "start_dim=" + startDim + ", end_dim=" + endDim;
    }
}
