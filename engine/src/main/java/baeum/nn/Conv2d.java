package baeum.nn;

import baeum.tensor.Tensor;

/**
 * A 2-d convolution layer, as {@code torch.nn.Conv2d}: {@code out[n, o] = bias[o] + Σ_c weight[o, c] ⋆ input[n, c]}
 * over the channels of the group of {@code o}, with stride, zero padding, dilation and groups.
 *
 * <p>Parameters: {@code weight} {@code (outChannels, inChannels/groups, kh, kw)}, {@code bias}
 * {@code (outChannels)}; initialised as PyTorch (U(-1/sqrt(fanIn), 1/sqrt(fanIn)),
 * {@code fanIn = inChannels/groups * kh * kw}).
 *
 * <p>Shape: input {@code (N, inChannels, H, W)} or {@code (inChannels, H, W)}; output
 * {@code (N, outChannels, OH, OW)}, {@code OH = floor((H + 2*padding - dilation*(kh-1) - 1) / stride) + 1}.
 *
 * <pre>
 * jshell> nn.conv2d(1, 6, 5).forward(randn(64, 1, 28, 28)).shape()
 * $1 ==> (64, 6, 24, 24)
 * </pre>
 */
public final class Conv2d extends WeightedLayer {
    private final ConvSpec spec;

    public Conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                  int groups, boolean bias) {
        spec = new ConvSpec("Conv2d", inChannels, outChannels, kernelSize, stride, padding, dilation, groups);
        spec.registerParameters(this, new int[] {outChannels, inChannels / groups, kernelSize[0], kernelSize[1]}, bias);
    }

    /** Draws new weights and bias from PyTorch's default distribution. */
    public void resetParameters() {
        Init.defaultLinear(weight(), bias());
    }

    @Override
    public Tensor forward(Tensor input) {
        spec.checkInput(this, input);
        return Convolutions.conv2d(input, weight(), bias(), spec.stride(), spec.padding(), spec.dilation(), spec.groups());
    }

    @Override
    protected String extraRepr() {
        return spec.repr() + spec.reprTail(bias() != null);
    }
}
