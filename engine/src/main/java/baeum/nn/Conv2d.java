package baeum.nn;

import baeum.tensor.Tensor;
import baeum.tensor.TensorError;

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
 * <pre>{@code
 * jshell> nn.conv2d(1, 6, 5).forward(randn(64, 1, 28, 28)).shape()
 * $1 ==> (64, 6, 24, 24)
 * }</pre>
 */
public final class Conv2d extends WeightedLayer {
    private final int inChannels;
    private final int outChannels;
    private final int[] kernelSize;
    private final int[] stride;
    private final int[] padding;
    private final int[] dilation;
    private final int groups;

    public Conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                  int groups, boolean bias) {
        ConvChecks.check("Conv2d", inChannels, outChannels, groups, 2, kernelSize, stride, padding, dilation);
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernelSize = kernelSize.clone();
        this.stride = stride.clone();
        this.padding = padding.clone();
        this.dilation = dilation.clone();
        this.groups = groups;
        registerParameter("weight", NnTensors.zeros(outChannels, inChannels / groups, kernelSize[0], kernelSize[1]));
        if (bias) {
            registerParameter("bias", NnTensors.zeros(outChannels));
        }
        resetParameters();
    }

    public void resetParameters() {
        Init.defaultLinear(weight(), bias());
    }

    @Override
    public Tensor forward(Tensor input) {
        if ((input.dim() != 4 && input.dim() != 3) || input.size(-3) != inChannels) {
            throw new TensorError(this + ": expected input of shape (N, " + inChannels + ", H, W) or ("
                    + inChannels + ", H, W), got " + input.shape());
        }
        return Convolutions.conv2d(input, weight(), bias(), stride, padding, dilation, groups);
    }

    @Override
    protected String extraRepr() {
        return ConvChecks.repr(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, bias() != null);
    }
}
