package baeum.nn;

import baeum.tensor.Tensor;

/**
 * 2-d average pooling, as {@code torch.nn.AvgPool2d}: the mean of each window; stride defaults to
 * the kernel size, padding 0; zero padding counts in the divisor ({@code count_include_pad=True}).
 *
 * <p>Shape: input {@code (N, C, H, W)} or {@code (C, H, W)}; output {@code (N, C, OH, OW)},
 * {@code OH = floor((H + 2*padding - k) / stride) + 1}.
 *
 * <pre>
 * jshell> nn.avgPool2d(2).forward(ones(1, 1, 4, 4))
 * $1 ==> tensor([[[[1., 1.], [1., 1.]]]])
 * </pre>
 */
public final class AvgPool2d extends NnFacade.Module {
    private final PoolSettings s;
    private final boolean countIncludePad;

    public AvgPool2d(PoolSettings settings, boolean countIncludePad) {
        this.s = settings;
        this.countIncludePad = countIncludePad;
    }

    @Override
    public Tensor forward(Tensor input) {
        s.checkInput(this, input);
        return Pooling.avgPool2d(input, s.kernel(), s.stride(), s.padding(), s.ceilMode(), countIncludePad);
    }

    @Override
    protected String extraRepr() {
        return "kernel_size=" + s.show(s.kernel()) + ", stride=" + s.show(s.stride()) + ", padding=" + s.show(s.padding())
                + (s.ceilMode() ? ", ceil_mode=True" : "") + (countIncludePad ? "" : ", count_include_pad=False");
    }
}
