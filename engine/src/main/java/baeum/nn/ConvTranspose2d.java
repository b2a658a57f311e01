package baeum.nn;

import baeum.tensor.Tensor;

/**
 * A 2-d transposed convolution layer, as {@code torch.nn.ConvTranspose2d}: upsamples, e.g. in a
 * decoder or a GAN generator (see {@link Convolutions#convTranspose2d}).
 *
 * <p>Parameters: {@code weight} {@code (inChannels, outChannels/groups, kh, kw)} and {@code bias}
 * {@code (outChannels)}, initialised as PyTorch: U(-1/sqrt(fanIn), 1/sqrt(fanIn)) with
 * {@code fanIn = outChannels/groups * kh * kw}.
 *
 * <p>Shape: input {@code (N, inChannels, H, W)} or {@code (inChannels, H, W)}; output
 * {@code (N, outChannels, OH, OW)}, {@code OH = (H - 1)*stride - 2*padding + dilation*(kh - 1) + outputPadding + 1}.
 *
 * <pre>
 * jshell> nn.convTranspose2d(16, 8, 3, 2, 1, 1).forward(randn(4, 16, 7, 7)).shape()
 * $1 ==> (4, 8, 14, 14)
 * </pre>
 */
public final class ConvTranspose2d extends WeightedLayer {
    private final ConvSpec spec;
    private final int[] outputPadding;

    public ConvTranspose2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] outputPadding,
                           int groups, boolean bias, int[] dilation) {
        spec = new ConvSpec("ConvTranspose2d", inChannels, outChannels, kernelSize, stride, padding, dilation, groups);
        this.outputPadding = outputPadding.clone();
        spec.registerParameters(this, new int[] {inChannels, outChannels / groups, kernelSize[0], kernelSize[1]}, bias);
    }

    @Override
    public Tensor forward(Tensor input) {
        spec.checkInput(this, input);
        return Convolutions.convTranspose2d(input, weight(), bias(), spec.stride(), spec.padding(), outputPadding,
                spec.groups(), spec.dilation());
    }

    @Override
    protected String extraRepr() {
        String op = outputPadding[0] != 0 || outputPadding[1] != 0 ? ", output_padding=" + Repr.tuple(outputPadding) : "";
        return spec.repr() + op + spec.reprTail(bias() != null);
    }
}
