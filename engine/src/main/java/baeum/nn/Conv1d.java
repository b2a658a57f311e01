package baeum.nn;

import baeum.tensor.Tensor;

/**
 * A 1-d convolution layer, as {@code torch.nn.Conv1d}, for sequences and signals.
 *
 * <p>Parameters: {@code weight} {@code (outChannels, inChannels/groups, k)}, {@code bias}
 * {@code (outChannels)}; initialised as PyTorch (U(-1/sqrt(fanIn), 1/sqrt(fanIn)), {@code fanIn = inChannels/groups * k}).
 *
 * <p>Shape: input {@code (N, inChannels, L)} or {@code (inChannels, L)}; output {@code (N, outChannels, OL)},
 * {@code OL = floor((L + 2*padding - dilation*(k-1) - 1) / stride) + 1}.
 *
 * <pre>
 * jshell> nn.conv1d(3, 4, 3).forward(randn(2, 3, 10)).shape()
 * $1 ==> (2, 4, 8)
 * </pre>
 */
public final class Conv1d extends WeightedLayer {
    private final ConvSpec spec;

    public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                  int groups, boolean bias) {
        spec = new ConvSpec("Conv1d", inChannels, outChannels, new int[] {kernelSize}, new int[] {stride},
                new int[] {padding}, new int[] {dilation}, groups);
        spec.registerParameters(this, new int[] {outChannels, inChannels / groups, kernelSize}, bias);
    }

    @Override
    public Tensor forward(Tensor input) {
        spec.checkInput(this, input);
        return Convolutions.conv1d(input, weight(), bias(), spec.stride()[0], spec.padding()[0], spec.dilation()[0], spec.groups());
    }

    @Override
    protected String extraRepr() {
        return spec.repr() + spec.reprTail(bias() != null);
    }
}
