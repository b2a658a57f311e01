package baeum.nn;

import baeum.tensor.Tensor;

/**
 * 2-d max pooling, as {@code torch.nn.MaxPool2d}: the maximum of each window; stride defaults to
 * the kernel size, padding 0, dilation 1, ceil mode off.
 *
 * <p>Shape: input {@code (N, C, H, W)} or {@code (C, H, W)}; output {@code (N, C, OH, OW)},
 * {@code OH = floor((H + 2*padding - dilation*(k-1) - 1) / stride) + 1}.
 *
 * <pre>
 * jshell> nn.maxPool2d(2).forward(randn(64, 6, 24, 24)).shape()
 * $1 ==> (64, 6, 12, 12)
 * </pre>
 */
public final class MaxPool2d extends NnFacade.Module {
    private final PoolSettings s;

    public MaxPool2d(PoolSettings settings) {
        this.s = settings;
    }

    @Override
    public Tensor forward(Tensor input) {
        s.checkInput(this, input);
        return Pooling.maxPool2d(input, s.kernel(), s.stride(), s.padding(), s.dilation(), s.ceilMode());
    }

    @Override
    protected String extraRepr() {
        return "kernel_size=" + s.show(s.kernel()) + ", stride=" + s.show(s.stride()) + ", padding=" + s.show(s.padding())
                + ", dilation=" + s.show(s.dilation()) + ", ceil_mode=" + Repr.bool(s.ceilMode());
    }
}
