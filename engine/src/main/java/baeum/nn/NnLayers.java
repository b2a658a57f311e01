package baeum.nn;

/**
 * Layer factories of the {@code nn.*} facade (see {@link NnFacade}): each returns a new layer with
 * PyTorch's defaults. The layer classes' Javadoc gives formulas and shapes.
 */
public class NnLayers {
    protected NnLayers() {}

    /** {@code Linear(in, out)}: {@code y = x Wᵀ + b}. Shape: {@code (*, in)} to {@code (*, out)}. {@code jshell> nn.linear(784, 256)} */
    public static Linear linear(int inFeatures, int outFeatures) {
        return new Linear(inFeatures, outFeatures);
    }

    /** A {@link Linear} layer. Shape: {@code (*, in)} to {@code (*, out)}. */
    public static Linear linear(int inFeatures, int outFeatures, boolean bias) {
        return new Linear(inFeatures, outFeatures, bias);
    }

    /** {@code Conv1d(in, out, k)}, stride 1, no padding. Shape: {@code (N, in, L)} to {@code (N, out, L - k + 1)}. */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize) {
        return conv1d(inChannels, outChannels, kernelSize, 1, 0, 1, 1, true);
    }

    /** {@code padding} {@code "valid"} or {@code "same"} (odd kernel sizes), stride 1. */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize, String padding) {
        return conv1d(inChannels, outChannels, kernelSize, 1, ConvSpec.namedPadding("Conv1d", padding, kernelSize, 1));
    }

    /** A {@link Conv1d} layer. Shape: {@code (N, in, L)} to {@code (N, out, OL)}. */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        return conv1d(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true);
    }

    /** A {@link Conv1d} layer. Shape: {@code (N, in, L)} to {@code (N, out, OL)}. */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                                int groups, boolean bias) {
        return new Conv1d(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, bias);
    }

    /** {@code Conv2d(in, out, k)}: square kernel, stride 1, no padding. Shape: {@code (N, in, H, W)} to {@code (N, out, H-k+1, W-k+1)}. {@code jshell> nn.conv2d(1, 6, 5)} */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize) {
        return conv2d(inChannels, outChannels, kernelSize, 1, 0, 1, 1, true);
    }

    /**
     * {@code padding} {@code "valid"} (none) or {@code "same"} (output as large as the input, stride 1;
     * the kernel size must be odd, since Baeum pads symmetrically). {@code jshell> nn.conv2d(16, 32, 3, "same")}
     */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize, String padding) {
        return conv2d(inChannels, outChannels, kernelSize, 1, ConvSpec.namedPadding("Conv2d", padding, kernelSize, 1));
    }

    /** A {@link Conv2d} layer. Shape: {@code (N, in, H, W)} to {@code (N, out, OH, OW)}. */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        return conv2d(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true);
    }

    /** A {@link Conv2d} layer. Shape: {@code (N, in, H, W)} to {@code (N, out, OH, OW)}. */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                                int groups, boolean bias) {
        return new Conv2d(inChannels, outChannels, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, new int[] {dilation, dilation}, groups, bias);
    }

    /** Rectangular kernel, stride, padding and dilation as {@code {height, width}} pairs. */
    public static Conv2d conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                                int groups, boolean bias) {
        return new Conv2d(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, bias);
    }

    /** {@code ConvTranspose2d(in, out, k)}: stride 1, no padding. Shape: {@code (N, in, H, W)} to {@code (N, out, H+k-1, W+k-1)}. */
    public static ConvTranspose2d convTranspose2d(int inChannels, int outChannels, int kernelSize) {
        return convTranspose2d(inChannels, outChannels, kernelSize, 1, 0, 0);
    }

    /** With stride, padding and output padding: {@code OH = (H - 1)*stride - 2*padding + k + outputPadding}. */
    public static ConvTranspose2d convTranspose2d(int inChannels, int outChannels, int kernelSize, int stride, int padding,
                                                  int outputPadding) {
        return convTranspose2d(inChannels, outChannels, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, new int[] {outputPadding, outputPadding}, 1, true, new int[] {1, 1});
    }

    /** Every setting as {@code {height, width}} pairs, in PyTorch's argument order. */
    public static ConvTranspose2d convTranspose2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding,
                                                  int[] outputPadding, int groups, boolean bias, int[] dilation) {
        return new ConvTranspose2d(inChannels, outChannels, kernelSize, stride, padding, outputPadding, groups, bias, dilation);
    }

    /** {@code MaxPool2d(k)}: stride k. Shape: {@code (N, C, H, W)} to {@code (N, C, H/k, W/k)} (rounded down). {@code jshell> nn.maxPool2d(2)} */
    public static MaxPool2d maxPool2d(int kernelSize) {
        return maxPool2d(kernelSize, kernelSize, 0, 1, false);
    }

    /** A {@link MaxPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static MaxPool2d maxPool2d(int kernelSize, int stride) {
        return maxPool2d(kernelSize, stride, 0, 1, false);
    }

    /** A {@link MaxPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static MaxPool2d maxPool2d(int kernelSize, int stride, int padding) {
        return maxPool2d(kernelSize, stride, padding, 1, false);
    }

    /** A {@link MaxPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static MaxPool2d maxPool2d(int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return new MaxPool2d(PoolSettings.of(kernelSize, stride, padding, dilation, ceilMode));
    }

    /** {@code AvgPool2d(k)}: stride k. Shape: {@code (N, C, H, W)} to {@code (N, C, H/k, W/k)}. */
    public static AvgPool2d avgPool2d(int kernelSize) {
        return avgPool2d(kernelSize, kernelSize, 0, false, true);
    }

    /** An {@link AvgPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static AvgPool2d avgPool2d(int kernelSize, int stride) {
        return avgPool2d(kernelSize, stride, 0, false, true);
    }

    /** An {@link AvgPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static AvgPool2d avgPool2d(int kernelSize, int stride, int padding) {
        return avgPool2d(kernelSize, stride, padding, false, true);
    }

    /** An {@link AvgPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}. */
    public static AvgPool2d avgPool2d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        return new AvgPool2d(PoolSettings.of(kernelSize, stride, padding, 1, ceilMode), countIncludePad);
    }

    /** {@code AdaptiveAvgPool2d(size)}: output {@code (N, C, size, size)}. */
    public static AdaptiveAvgPool2d adaptiveAvgPool2d(int outputSize) {
        return new AdaptiveAvgPool2d(outputSize, outputSize, true);
    }

    /** {@code AdaptiveAvgPool2d((outH, outW))}: output {@code (N, C, outH, outW)}. */
    public static AdaptiveAvgPool2d adaptiveAvgPool2d(int outH, int outW) {
        return new AdaptiveAvgPool2d(outH, outW, false);
    }

    /** {@code Flatten()}: {@code (N, d1, d2, ...)} to {@code (N, d1*d2*...)}. */
    public static Flatten flatten() {
        return new Flatten();
    }

    /** A {@link Flatten} layer over dims start..end. Shape: e.g. {@code (N, C, H, W)} to {@code (N, C*H*W)}. */
    public static Flatten flatten(int startDim, int endDim) {
        return new Flatten(startDim, endDim);
    }

    /** {@code Unflatten(dim, sizes)}: splits one dimension, e.g. {@code nn.unflatten(1, 1, 28, 28)} turns {@code (N, 784)} into {@code (N, 1, 28, 28)}. */
    public static Unflatten unflatten(int dim, int... sizes) {
        return new Unflatten(dim, sizes);
    }

    /** {@code Dropout(p=0.5)}. */
    public static Dropout dropout() {
        return new Dropout(0.5, false);
    }

    /** A {@link Dropout} layer with probability p. Shape: any. */
    public static Dropout dropout(double p) {
        return new Dropout(p, false);
    }

    /** {@code Dropout2d(p=0.5)}: drops whole channels. */
    public static Dropout dropout2d() {
        return new Dropout(0.5, true);
    }

    /** A channel {@link Dropout} layer ({@code Dropout2d}) with probability p. Shape: {@code (N, C, H, W)}. */
    public static Dropout dropout2d(double p) {
        return new Dropout(p, true);
    }

    /** {@code BatchNorm1d(n)}: eps 1e-5, momentum 0.1, affine, running statistics. */
    public static BatchNorm1d batchNorm1d(int numFeatures) {
        return new BatchNorm1d(numFeatures, 1e-5, 0.1, true, true);
    }

    /** Momentum NaN means PyTorch's {@code momentum=None} (cumulative average). */
    public static BatchNorm1d batchNorm1d(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        return new BatchNorm1d(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    /** {@code BatchNorm2d(c)}: eps 1e-5, momentum 0.1, affine, running statistics. */
    public static BatchNorm2d batchNorm2d(int numFeatures) {
        return new BatchNorm2d(numFeatures, 1e-5, 0.1, true, true);
    }

    /** A {@link BatchNorm2d} layer with every setting. Shape: {@code (N, C, H, W)}. */
    public static BatchNorm2d batchNorm2d(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        return new BatchNorm2d(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    /** {@code LayerNorm(shape)} over the last dimensions: eps 1e-5, with weight and bias. */
    public static LayerNorm layerNorm(int... normalizedShape) {
        return new LayerNorm(normalizedShape, 1e-5, true);
    }

    /** A {@link LayerNorm} layer with every setting. Shape: {@code (*, normalizedShape)}. */
    public static LayerNorm layerNorm(int[] normalizedShape, double eps, boolean elementwiseAffine) {
        return new LayerNorm(normalizedShape, eps, elementwiseAffine);
    }

    /** {@code GroupNorm(groups, channels)}: eps 1e-5, affine. */
    public static GroupNorm groupNorm(int numGroups, int numChannels) {
        return new GroupNorm(numGroups, numChannels, 1e-5, true);
    }

    /** A {@link GroupNorm} layer with every setting. Shape: {@code (N, C, *)}. */
    public static GroupNorm groupNorm(int numGroups, int numChannels, double eps, boolean affine) {
        return new GroupNorm(numGroups, numChannels, eps, affine);
    }

    /** {@code Embedding(num, dim)}: int64 indices {@code (*)} to {@code (*, dim)}. */
    public static Embedding embedding(int numEmbeddings, int embeddingDim) {
        return new Embedding(numEmbeddings, embeddingDim);
    }

    /** With a padding row that starts at zero and gets no gradient; negative {@code paddingIdx} counts from the end. */
    public static Embedding embedding(int numEmbeddings, int embeddingDim, int paddingIdx) {
        return new Embedding(numEmbeddings, embeddingDim, paddingIdx);
    }

    /** {@code RNN(in, hidden)}: one layer, tanh, input {@code (L, N, in)}. */
    public static RNN rnn(int inputSize, int hiddenSize) {
        return rnn(inputSize, hiddenSize, 1, false);
    }

    /** An {@link RNN} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}. */
    public static RNN rnn(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        return new RNN(inputSize, hiddenSize, numLayers, "tanh", true, batchFirst, 0, false);
    }

    /** An {@link RNN} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}. */
    public static RNN rnn(int inputSize, int hiddenSize, int numLayers, String nonlinearity, boolean bias, boolean batchFirst,
                          double dropout, boolean bidirectional) {
        return new RNN(inputSize, hiddenSize, numLayers, nonlinearity, bias, batchFirst, dropout, bidirectional);
    }

    /** {@code LSTM(in, hidden)}: one layer, input {@code (L, N, in)}. */
    public static LSTM lstm(int inputSize, int hiddenSize) {
        return lstm(inputSize, hiddenSize, 1, false);
    }

    /** An {@link LSTM} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}. */
    public static LSTM lstm(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        return new LSTM(inputSize, hiddenSize, numLayers, true, batchFirst, 0, false);
    }

    /** An {@link LSTM} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}. */
    public static LSTM lstm(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
                             boolean bidirectional) {
        return new LSTM(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    /** {@code GRU(in, hidden)}: one layer, input {@code (L, N, in)}. */
    public static GRU gru(int inputSize, int hiddenSize) {
        return gru(inputSize, hiddenSize, 1, false);
    }

    /** A {@link GRU} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}. */
    public static GRU gru(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        return new GRU(inputSize, hiddenSize, numLayers, true, batchFirst, 0, false);
    }

    /** A {@link GRU} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}. */
    public static GRU gru(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
                             boolean bidirectional) {
        return new GRU(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    /** {@code MultiheadAttention(embedDim, numHeads)}: no dropout, bias, input {@code (L, N, E)}. */
    public static MultiheadAttention multiheadAttention(int embedDim, int numHeads) {
        return new MultiheadAttention(embedDim, numHeads, 0, true, false);
    }

    /** A {@link MultiheadAttention} layer with every setting. Shape: {@code (L, N, E)} ({@code (N, L, E)} batch first). */
    public static MultiheadAttention multiheadAttention(int embedDim, int numHeads, double dropout, boolean bias, boolean batchFirst) {
        return new MultiheadAttention(embedDim, numHeads, dropout, bias, batchFirst);
    }

    /** {@code Identity()}: returns its input. */
    public static Identity identity() {
        return new Identity();
    }

    /** {@code Sequential(layers...)}: applies the layers in order. {@code jshell> nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10))} */
    public static Sequential seq(Module... layers) {
        return new Sequential(layers);
    }

    /** The same as {@link #seq}, under PyTorch's name. */
    public static Sequential sequential(Module... layers) {
        return new Sequential(layers);
    }

    /** {@code ModuleList(layers...)}: holds layers as sub-modules; iterate it in your forward. */
    public static ModuleList moduleList(Module... layers) {
        return new ModuleList(java.util.List.of(layers));
    }
}
