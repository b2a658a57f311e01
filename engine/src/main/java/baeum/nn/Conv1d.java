package baeum.nn;

import baeum.tensor.Tensor;
import baeum.tensor.TensorError;

/**
 * A 1-d convolution layer, as {@code torch.nn.Conv1d}, for sequences and signals.
 *
 * <p>Parameters: {@code weight} {@code (outChannels, inChannels/groups, k)}, {@code bias}
 * {@code (outChannels)}; initialised as PyTorch (U(-1/sqrt(fanIn), 1/sqrt(fanIn)), {@code fanIn = inChannels/groups * k}).
 *
 * <p>Shape: input {@code (N, inChannels, L)} or {@code (inChannels, L)}; output {@code (N, outChannels, OL)},
 * {@code OL = floor((L + 2*padding - dilation*(k-1) - 1) / stride) + 1}.
 *
 * <pre>{@code
 * jshell> nn.conv1d(3, 4, 3).forward(randn(2, 3, 10)).shape()
 * $1 ==> (2, 4, 8)
 * }</pre>
 */
public final class Conv1d extends WeightedLayer {
    private final int inChannels;
    private final int outChannels;
    private final int kernelSize;
    private final int stride;
    private final int padding;
    private final int dilation;
    private final int groups;

    public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                  int groups, boolean bias) {
        ConvChecks.check("Conv1d", inChannels, outChannels, groups, 1, new int[] {kernelSize}, new int[] {stride},
                new int[] {padding}, new int[] {dilation});
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernelSize = kernelSize;
        this.stride = stride;
        this.padding = padding;
        this.dilation = dilation;
        this.groups = groups;
        registerParameter("weight", NnTensors.zeros(outChannels, inChannels / groups, kernelSize));
        if (bias) {
            registerParameter("bias", NnTensors.zeros(outChannels));
        }
        Init.defaultLinear(weight(), bias());
    }

    @Override
    public Tensor forward(Tensor input) {
        if ((input.dim() != 3 && input.dim() != 2) || input.size(-2) != inChannels) {
            throw new TensorError(this + ": expected input of shape (N, " + inChannels + ", L) or ("
                    + inChannels + ", L), got " + input.shape());
        }
        return Convolutions.conv1d(input, weight(), bias(), stride, padding, dilation, groups);
    }

    @Override
    protected String extraRepr() {
        return ConvChecks.repr(inChannels, outChannels, new int[] {kernelSize}, new int[] {stride},
                new int[] {padding}, new int[] {dilation}, groups, bias() != null);
    }
}
