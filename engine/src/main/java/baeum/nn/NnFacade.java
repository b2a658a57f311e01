package baeum.nn;

import baeum.tensor.Tensor;
import java.util.Map;

/**
 * The base of the facade's {@code nn} class ({@code public static final class nn extends NnFacade}
 * in {@code baeum.Baeum}): after {@code import static baeum.Baeum.*}, every layer, activation,
 * function and loss is {@code nn.something(...)}, initialisers are {@code nn.init.something(...)},
 * and a model class is written {@code class Net extends nn.Module}.
 *
 * <pre>
 * jshell> var model = nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10));
 * jshell> model.apply(m -> { if (m instanceof baeum.nn.Linear l) nn.init.zeros(l.bias()); }).parameters().get(1).sum().item()
 * $2 ==> 0.0
 * jshell> nn.crossEntropyLoss().apply(model.forward(zeros(2, 784)), tensor(3L, 1L)).shape()
 * $3 ==> ()
 * </pre>
 */
public class NnFacade {
    protected NnFacade() {}

    // ==== Layers: each returns a new layer with PyTorch's defaults; the layer classes' Javadoc gives
    //      formulas and shapes.

    /** {@code Linear(in, out)}: {@code y = x Wᵀ + b}. Shape: {@code (*, in)} to {@code (*, out)}.
     * <pre>jshell> nn.linear(784, 256)
     * $1 ==> Linear(in_features=784, out_features=256, bias=True)</pre> */
    public static Linear linear(int inFeatures, int outFeatures) {
        return new Linear(inFeatures, outFeatures);
    }

    /** A {@link Linear} layer. Shape: {@code (*, in)} to {@code (*, out)}.
     * <pre>jshell> nn.linear(4, 2, false)
     * $1 ==> Linear(in_features=4, out_features=2, bias=False)</pre> */
    public static Linear linear(int inFeatures, int outFeatures, boolean bias) {
        return new Linear(inFeatures, outFeatures, bias);
    }

    /** {@code Conv1d(in, out, k)}, stride 1, no padding. Shape: {@code (N, in, L)} to {@code (N, out, L - k + 1)}.
     * <pre>jshell> nn.conv1d(2, 4, 3).forward(zeros(1, 2, 10)).shape()
     * $1 ==> (1, 4, 8)</pre> */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize) {
        return conv1d(inChannels, outChannels, kernelSize, 1, 0, 1, 1, true);
    }

    /** {@code padding} {@code "valid"} or {@code "same"} (odd kernel sizes), stride 1.
     * <pre>jshell> nn.conv1d(2, 4, 3, "same").forward(zeros(1, 2, 10)).shape()
     * $1 ==> (1, 4, 10)</pre> */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize, String padding) {
        return conv1d(inChannels, outChannels, kernelSize, 1, ConvSpec.namedPadding("Conv1d", padding, kernelSize, 1));
    }

    /** A {@link Conv1d} layer. Shape: {@code (N, in, L)} to {@code (N, out, OL)}.
     * <pre>jshell> nn.conv1d(2, 4, 3, 2, 1).forward(zeros(1, 2, 10)).shape()
     * $1 ==> (1, 4, 5)</pre> */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        return conv1d(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true);
    }

    /** A {@link Conv1d} layer. Shape: {@code (N, in, L)} to {@code (N, out, OL)}.
     * <pre>jshell> nn.conv1d(4, 4, 3, 1, 2, 2, 2, false)
     * $1 ==> Conv1d(4, 4, kernel_size=(3,), stride=(1,), padding=(2,), dilation=(2,), groups=2, bias=False)</pre> */
    public static Conv1d conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                                int groups, boolean bias) {
        return new Conv1d(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, bias);
    }

    /** {@code Conv2d(in, out, k)}: square kernel, stride 1, no padding. Shape: {@code (N, in, H, W)} to {@code (N, out, H-k+1, W-k+1)}.
     * <pre>jshell> nn.conv2d(1, 6, 5).forward(zeros(1, 1, 28, 28)).shape()
     * $1 ==> (1, 6, 24, 24)</pre> */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize) {
        return conv2d(inChannels, outChannels, kernelSize, 1, 0, 1, 1, true);
    }

    /**
     * {@code padding} {@code "valid"} (none) or {@code "same"} (output as large as the input, stride 1;
     * the kernel size must be odd, since Baeum pads symmetrically). {@code jshell> nn.conv2d(16, 32, 3, "same")}
     * <pre>
     * jshell> nn.conv2d(16, 32, 3, "same").forward(zeros(1, 16, 8, 8)).shape()
     * $1 ==> (1, 32, 8, 8)
     * </pre>
     */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize, String padding) {
        return conv2d(inChannels, outChannels, kernelSize, 1, ConvSpec.namedPadding("Conv2d", padding, kernelSize, 1));
    }

    /** A {@link Conv2d} layer. Shape: {@code (N, in, H, W)} to {@code (N, out, OH, OW)}.
     * <pre>jshell> nn.conv2d(3, 8, 3, 2, 1).forward(zeros(1, 3, 32, 32)).shape()
     * $1 ==> (1, 8, 16, 16)</pre> */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        return conv2d(inChannels, outChannels, kernelSize, stride, padding, 1, 1, true);
    }

    /** A {@link Conv2d} layer. Shape: {@code (N, in, H, W)} to {@code (N, out, OH, OW)}.
     * <pre>jshell> nn.conv2d(4, 8, 3, 1, 1, 1, 2, false)
     * $1 ==> Conv2d(4, 8, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), groups=2, bias=False)</pre> */
    public static Conv2d conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation,
                                int groups, boolean bias) {
        return new Conv2d(inChannels, outChannels, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, new int[] {dilation, dilation}, groups, bias);
    }

    /** Rectangular kernel, stride, padding and dilation as {@code {height, width}} pairs.
     * <pre>jshell> nn.conv2d(1, 4, new int[] {3, 5}, new int[] {1, 1}, new int[] {1, 2}, new int[] {1, 1}, 1, true).forward(zeros(1, 1, 8, 8)).shape()
     * $1 ==> (1, 4, 8, 8)</pre> */
    public static Conv2d conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                                int groups, boolean bias) {
        return new Conv2d(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, bias);
    }

    /** {@code ConvTranspose2d(in, out, k)}: stride 1, no padding. Shape: {@code (N, in, H, W)} to {@code (N, out, H+k-1, W+k-1)}.
     * <pre>jshell> nn.convTranspose2d(8, 4, 3).forward(zeros(1, 8, 5, 5)).shape()
     * $1 ==> (1, 4, 7, 7)</pre> */
    public static ConvTranspose2d convTranspose2d(int inChannels, int outChannels, int kernelSize) {
        return convTranspose2d(inChannels, outChannels, kernelSize, 1, 0, 0);
    }

    /** With stride, padding and output padding: {@code OH = (H - 1)*stride - 2*padding + k + outputPadding}.
     * <pre>jshell> nn.convTranspose2d(8, 4, 3, 2, 1, 1).forward(zeros(1, 8, 5, 5)).shape()
     * $1 ==> (1, 4, 10, 10)</pre> */
    public static ConvTranspose2d convTranspose2d(int inChannels, int outChannels, int kernelSize, int stride, int padding,
                                                  int outputPadding) {
        return convTranspose2d(inChannels, outChannels, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, new int[] {outputPadding, outputPadding}, 1, true, new int[] {1, 1});
    }

    /** Every setting as {@code {height, width}} pairs, in PyTorch's argument order.
     * <pre>jshell> nn.convTranspose2d(8, 4, new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, new int[] {0, 0}, 1, true, new int[] {1, 1}).forward(zeros(1, 8, 5, 5)).shape()
     * $1 ==> (1, 4, 10, 10)</pre> */
    public static ConvTranspose2d convTranspose2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding,
                                                  int[] outputPadding, int groups, boolean bias, int[] dilation) {
        return new ConvTranspose2d(inChannels, outChannels, kernelSize, stride, padding, outputPadding, groups, bias, dilation);
    }

    /** {@code MaxPool2d(k)}: stride k. Shape: {@code (N, C, H, W)} to {@code (N, C, H/k, W/k)} (rounded down).
     * <pre>jshell> nn.maxPool2d(2).forward(arange(16).view(1, 1, 4, 4).to(FLOAT32)).reshape(-1)
     * $1 ==> tensor([ 5.,  7., 13., 15.])</pre> */
    public static MaxPool2d maxPool2d(int kernelSize) {
        return maxPool2d(kernelSize, kernelSize, 0, 1, false);
    }

    /** A {@link MaxPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.maxPool2d(3, 2).forward(zeros(1, 1, 7, 7)).shape()
     * $1 ==> (1, 1, 3, 3)</pre> */
    public static MaxPool2d maxPool2d(int kernelSize, int stride) {
        return maxPool2d(kernelSize, stride, 0, 1, false);
    }

    /** A {@link MaxPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.maxPool2d(3, 2, 1).forward(zeros(1, 1, 8, 8)).shape()
     * $1 ==> (1, 1, 4, 4)</pre> */
    public static MaxPool2d maxPool2d(int kernelSize, int stride, int padding) {
        return maxPool2d(kernelSize, stride, padding, 1, false);
    }

    /** A {@link MaxPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.maxPool2d(2, 2, 0, 1, true).forward(zeros(1, 1, 5, 5)).shape()
     * $1 ==> (1, 1, 3, 3)</pre> */
    public static MaxPool2d maxPool2d(int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        return new MaxPool2d(PoolSettings.of(kernelSize, stride, padding, dilation, ceilMode));
    }

    /** {@code AvgPool2d(k)}: stride k. Shape: {@code (N, C, H, W)} to {@code (N, C, H/k, W/k)}.
     * <pre>jshell> nn.avgPool2d(2).forward(arange(16).view(1, 1, 4, 4).to(FLOAT32)).reshape(-1)
     * $1 ==> tensor([ 2.5000,  4.5000, 10.5000, 12.5000])</pre> */
    public static AvgPool2d avgPool2d(int kernelSize) {
        return avgPool2d(kernelSize, kernelSize, 0, false, true);
    }

    /** An {@link AvgPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.avgPool2d(3, 1).forward(ones(1, 1, 5, 5)).shape()
     * $1 ==> (1, 1, 3, 3)</pre> */
    public static AvgPool2d avgPool2d(int kernelSize, int stride) {
        return avgPool2d(kernelSize, stride, 0, false, true);
    }

    /** An {@link AvgPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.avgPool2d(3, 1, 1).forward(ones(1, 1, 2, 2)).reshape(-1)
     * $1 ==> tensor([0.4444, 0.4444, 0.4444, 0.4444])</pre> */
    public static AvgPool2d avgPool2d(int kernelSize, int stride, int padding) {
        return avgPool2d(kernelSize, stride, padding, false, true);
    }

    /** An {@link AvgPool2d} layer. Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.avgPool2d(3, 1, 1, false, false).forward(ones(1, 1, 2, 2)).reshape(-1)
     * $1 ==> tensor([1., 1., 1., 1.])</pre> */
    public static AvgPool2d avgPool2d(int kernelSize, int stride, int padding, boolean ceilMode, boolean countIncludePad) {
        return new AvgPool2d(PoolSettings.of(kernelSize, stride, padding, 1, ceilMode), countIncludePad);
    }

    /** {@code AdaptiveAvgPool2d(size)}: output {@code (N, C, size, size)}.
     * <pre>jshell> nn.adaptiveAvgPool2d(1).forward(arange(16).view(1, 1, 4, 4).to(FLOAT32)).reshape(-1)
     * $1 ==> tensor([7.5000])</pre> */
    public static AdaptiveAvgPool2d adaptiveAvgPool2d(int outputSize) {
        return new AdaptiveAvgPool2d(outputSize, outputSize, true);
    }

    /** {@code AdaptiveAvgPool2d((outH, outW))}: output {@code (N, C, outH, outW)}.
     * <pre>jshell> nn.adaptiveAvgPool2d(2, 1).forward(zeros(1, 3, 8, 6)).shape()
     * $1 ==> (1, 3, 2, 1)</pre> */
    public static AdaptiveAvgPool2d adaptiveAvgPool2d(int outH, int outW) {
        return new AdaptiveAvgPool2d(outH, outW, false);
    }

    /** {@code Flatten()}: {@code (N, d1, d2, ...)} to {@code (N, d1*d2*...)}.
     * <pre>jshell> nn.flatten().forward(zeros(2, 1, 28, 28)).shape()
     * $1 ==> (2, 784)</pre> */
    public static Flatten flatten() {
        return new Flatten();
    }

    /** A {@link Flatten} layer over dims start..end. Shape: e.g. {@code (N, C, H, W)} to {@code (N, C*H*W)}.
     * <pre>jshell> nn.flatten(0, 1).forward(zeros(2, 3, 4)).shape()
     * $1 ==> (6, 4)</pre> */
    public static Flatten flatten(int startDim, int endDim) {
        return new Flatten(startDim, endDim);
    }

    /** {@code Unflatten(dim, sizes)}: splits one dimension, e.g. {@code nn.unflatten(1, 1, 28, 28)} turns {@code (N, 784)} into {@code (N, 1, 28, 28)}.
     * <pre>jshell> nn.unflatten(1, 1, 28, 28).forward(zeros(2, 784)).shape()
     * $1 ==> (2, 1, 28, 28)</pre> */
    public static Unflatten unflatten(int dim, int... sizes) {
        return new Unflatten(dim, sizes);
    }

    /** {@code Dropout(p=0.5)}.
     * <pre>jshell> nn.dropout()
     * $1 ==> Dropout(p=0.5, inplace=False)</pre> */
    public static Dropout dropout() {
        return new Dropout(0.5, false);
    }

    /** A {@link Dropout} layer with probability p. Shape: any.
     * <pre>jshell> nn.dropout(0.2).eval().forward(ones(3))
     * $1 ==> tensor([1., 1., 1.])</pre> */
    public static Dropout dropout(double p) {
        return new Dropout(p, false);
    }

    /** {@code Dropout2d(p=0.5)}: drops whole channels.
     * <pre>jshell> nn.dropout2d()
     * $1 ==> Dropout2d(p=0.5, inplace=False)</pre> */
    public static Dropout dropout2d() {
        return new Dropout(0.5, true);
    }

    /** A channel {@link Dropout} layer ({@code Dropout2d}) with probability p. Shape: {@code (N, C, H, W)}.
     * <pre>jshell> nn.dropout2d(0.1).forward(ones(2, 3, 4, 4)).shape()
     * $1 ==> (2, 3, 4, 4)</pre> */
    public static Dropout dropout2d(double p) {
        return new Dropout(p, true);
    }

    /** {@code BatchNorm1d(n)}: eps 1e-5, momentum 0.1, affine, running statistics.
     * <pre>jshell> nn.batchNorm1d(3)
     * $1 ==> BatchNorm1d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)</pre> */
    public static BatchNorm1d batchNorm1d(int numFeatures) {
        return new BatchNorm1d(numFeatures, 1e-5, 0.1, true, true);
    }

    /** Momentum NaN means PyTorch's {@code momentum=None} (cumulative average).
     * <pre>jshell> nn.batchNorm1d(3, 1e-3, Double.NaN, false, true)
     * $1 ==> BatchNorm1d(3, eps=0.001, momentum=None, affine=False, track_running_stats=True)</pre> */
    public static BatchNorm1d batchNorm1d(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        return new BatchNorm1d(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    /** {@code BatchNorm2d(c)}: eps 1e-5, momentum 0.1, affine, running statistics.
     * <pre>jshell> nn.batchNorm2d(16).forward(randn(8, 16, 4, 4)).shape()
     * $1 ==> (8, 16, 4, 4)</pre> */
    public static BatchNorm2d batchNorm2d(int numFeatures) {
        return new BatchNorm2d(numFeatures, 1e-5, 0.1, true, true);
    }

    /** A {@link BatchNorm2d} layer with every setting. Shape: {@code (N, C, H, W)}.
     * <pre>jshell> nn.batchNorm2d(16, 1e-5, 0.1, true, false)
     * $1 ==> BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, track_running_stats=False)</pre> */
    public static BatchNorm2d batchNorm2d(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        return new BatchNorm2d(numFeatures, eps, momentum, affine, trackRunningStats);
    }

    /** {@code LayerNorm(shape)} over the last dimensions: eps 1e-5, with weight and bias.
     * <pre>jshell> nn.layerNorm(3, 4).forward(randn(2, 3, 4)).shape()
     * $1 ==> (2, 3, 4)</pre> */
    public static LayerNorm layerNorm(int... normalizedShape) {
        return new LayerNorm(normalizedShape, 1e-5, true);
    }

    /** A {@link LayerNorm} layer with every setting. Shape: {@code (*, normalizedShape)}.
     * <pre>jshell> nn.layerNorm(new int[] {4}, 1e-6, false)
     * $1 ==> LayerNorm((4,), eps=1e-06, elementwise_affine=False)</pre> */
    public static LayerNorm layerNorm(int[] normalizedShape, double eps, boolean elementwiseAffine) {
        return new LayerNorm(normalizedShape, eps, elementwiseAffine);
    }

    /** {@code GroupNorm(groups, channels)}: eps 1e-5, affine.
     * <pre>jshell> nn.groupNorm(2, 6).forward(randn(4, 6, 5)).shape()
     * $1 ==> (4, 6, 5)</pre> */
    public static GroupNorm groupNorm(int numGroups, int numChannels) {
        return new GroupNorm(numGroups, numChannels, 1e-5, true);
    }

    /** A {@link GroupNorm} layer with every setting. Shape: {@code (N, C, *)}.
     * <pre>jshell> nn.groupNorm(2, 6, 1e-6, false)
     * $1 ==> GroupNorm(2, 6, eps=1e-06, affine=False)</pre> */
    public static GroupNorm groupNorm(int numGroups, int numChannels, double eps, boolean affine) {
        return new GroupNorm(numGroups, numChannels, eps, affine);
    }

    /** {@code Embedding(num, dim)}: int64 indices {@code (*)} to {@code (*, dim)}.
     * <pre>jshell> nn.embedding(10, 3).forward(tensor(1L, 2L, 4L)).shape()
     * $1 ==> (3, 3)</pre> */
    public static Embedding embedding(int numEmbeddings, int embeddingDim) {
        return new Embedding(numEmbeddings, embeddingDim);
    }

    /** With a padding row that starts at zero and gets no gradient; negative {@code paddingIdx} counts from the end.
     * <pre>jshell> nn.embedding(10, 3, 0).forward(tensor(0L, 0L)).sum().item()
     * $1 ==> 0.0</pre> */
    public static Embedding embedding(int numEmbeddings, int embeddingDim, int paddingIdx) {
        return new Embedding(numEmbeddings, embeddingDim, paddingIdx);
    }

    /** {@code RNN(in, hidden)}: one layer, tanh, input {@code (L, N, in)}.
     * <pre>jshell> nn.rnn(10, 20).forward(randn(5, 3, 10)).shape()
     * $1 ==> (5, 3, 20)</pre> */
    public static RNN rnn(int inputSize, int hiddenSize) {
        return rnn(inputSize, hiddenSize, 1, false);
    }

    /** An {@link RNN} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}.
     * <pre>jshell> nn.rnn(10, 20, 2, true).forward(randn(3, 5, 10)).shape()
     * $1 ==> (3, 5, 20)</pre> */
    public static RNN rnn(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        return new RNN(inputSize, hiddenSize, numLayers, "tanh", true, batchFirst, 0, false);
    }

    /** An {@link RNN} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}.
     * <pre>jshell> nn.rnn(10, 20, 1, "relu", true, false, 0, true).forward(randn(5, 3, 10)).shape()
     * $1 ==> (5, 3, 40)</pre> */
    public static RNN rnn(int inputSize, int hiddenSize, int numLayers, String nonlinearity, boolean bias, boolean batchFirst,
                          double dropout, boolean bidirectional) {
        return new RNN(inputSize, hiddenSize, numLayers, nonlinearity, bias, batchFirst, dropout, bidirectional);
    }

    /** {@code LSTM(in, hidden)}: one layer, input {@code (L, N, in)}.
     * <pre>jshell> nn.lstm(10, 20).forward(randn(5, 3, 10)).shape()
     * $1 ==> (5, 3, 20)</pre> */
    public static LSTM lstm(int inputSize, int hiddenSize) {
        return lstm(inputSize, hiddenSize, 1, false);
    }

    /** An {@link LSTM} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}.
     * <pre>jshell> nn.lstm(10, 20, 2, true).forward(randn(3, 5, 10)).shape()
     * $1 ==> (3, 5, 20)</pre> */
    public static LSTM lstm(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        return new LSTM(inputSize, hiddenSize, numLayers, true, batchFirst, 0, false);
    }

    /** An {@link LSTM} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}.
     * <pre>jshell> nn.lstm(10, 20, 1, true, false, 0, true).forward(randn(5, 3, 10)).shape()
     * $1 ==> (5, 3, 40)</pre> */
    public static LSTM lstm(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
                             boolean bidirectional) {
        return new LSTM(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    /** {@code GRU(in, hidden)}: one layer, input {@code (L, N, in)}.
     * <pre>jshell> nn.gru(10, 20).forward(randn(5, 3, 10)).shape()
     * $1 ==> (5, 3, 20)</pre> */
    public static GRU gru(int inputSize, int hiddenSize) {
        return gru(inputSize, hiddenSize, 1, false);
    }

    /** A {@link GRU} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}.
     * <pre>jshell> nn.gru(10, 20, 2, true).forward(randn(3, 5, 10)).shape()
     * $1 ==> (3, 5, 20)</pre> */
    public static GRU gru(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        return new GRU(inputSize, hiddenSize, numLayers, true, batchFirst, 0, false);
    }

    /** A {@link GRU} layer. Shape: {@code (L, N, in)} ({@code (N, L, in)} batch first) to {@code (L, N, D*hidden)}.
     * <pre>jshell> nn.gru(10, 20, 1, true, false, 0, true).forward(randn(5, 3, 10)).shape()
     * $1 ==> (5, 3, 40)</pre> */
    public static GRU gru(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
                             boolean bidirectional) {
        return new GRU(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    /** {@code MultiheadAttention(embedDim, numHeads)}: no dropout, bias, input {@code (L, N, E)}.
     * <pre>jshell> nn.multiheadAttention(8, 2).forward(randn(5, 3, 8)).shape()
     * $1 ==> (5, 3, 8)</pre> */
    public static MultiheadAttention multiheadAttention(int embedDim, int numHeads) {
        return new MultiheadAttention(embedDim, numHeads, 0, true, false);
    }

    /** A {@link MultiheadAttention} layer with every setting. Shape: {@code (L, N, E)} ({@code (N, L, E)} batch first).
     * <pre>jshell> nn.multiheadAttention(8, 2, 0.1, true, true).forward(randn(3, 5, 8)).shape()
     * $1 ==> (3, 5, 8)</pre> */
    public static MultiheadAttention multiheadAttention(int embedDim, int numHeads, double dropout, boolean bias, boolean batchFirst) {
        return new MultiheadAttention(embedDim, numHeads, dropout, bias, batchFirst);
    }

    /** {@code Identity()}: returns its input.
     * <pre>jshell> nn.identity().forward(tensor(1f, 2f))
     * $1 ==> tensor([1., 2.])</pre> */
    public static Identity identity() {
        return new Identity();
    }

    /** {@code Sequential(layers...)}: applies the layers in order.
     * <pre>jshell> nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10)).forward(zeros(2, 784)).shape()
     * $1 ==> (2, 10)</pre> */
    public static Sequential seq(baeum.nn.Module... layers) {
        return new Sequential(layers);
    }

    /** The same as {@link #seq}, under PyTorch's name.
     * <pre>jshell> nn.sequential(nn.linear(4, 2), nn.relu()).get(1)
     * $1 ==> ReLU()</pre> */
    public static Sequential sequential(baeum.nn.Module... layers) {
        return new Sequential(layers);
    }

    /** {@code ModuleList(layers...)}: holds layers as sub-modules; iterate it in your forward.
     * <pre>jshell> nn.moduleList(nn.linear(4, 4), nn.linear(4, 2)).get(1)
     * $1 ==> Linear(in_features=4, out_features=2, bias=True)</pre> */
    public static ModuleList moduleList(baeum.nn.Module... layers) {
        return new ModuleList(java.util.List.of(layers));
    }

    // ==== Activation layers: each returns an Activation (or PReLU) printed under PyTorch's class name.

    /** {@code Sigmoid()}: 1 / (1 + exp(-x)).
     * <pre>jshell> nn.sigmoid().forward(tensor(0f))
     * $1 ==> tensor(0.5000)</pre> */
    public static Activation sigmoid() {
        return new Activation("Sigmoid", "", Functions::sigmoid);
    }

    /** {@code Tanh()}.
     * <pre>jshell> nn.tanh().forward(tensor(0f, 100f))
     * $1 ==> tensor([0., 1.])</pre> */
    public static Activation tanh() {
        return new Activation("Tanh", "", Functions::tanh);
    }

    /** {@code ReLU()}: max(0, x).
     * <pre>jshell> nn.relu().forward(tensor(-1f, 2f))
     * $1 ==> tensor([0., 2.])</pre> */
    public static Activation relu() {
        return new Activation("ReLU", "", Functions::relu);
    }

    /** {@code LeakyReLU(negative_slope=0.01)}.
     * <pre>jshell> nn.leakyRelu().forward(tensor(-1f, 2f))
     * $1 ==> tensor([-0.0100,  2.0000])</pre> */
    public static Activation leakyRelu() {
        return leakyRelu(0.01);
    }

    /** A {@code LeakyReLU(negative_slope)} layer. Shape: any.
     * <pre>jshell> nn.leakyRelu(0.2).forward(tensor(-1f, 2f))
     * $1 ==> tensor([-0.2000,  2.0000])</pre> */
    public static Activation leakyRelu(double negativeSlope) {
        return new Activation("LeakyReLU", "negative_slope=" + Repr.number(negativeSlope),
                x -> Functions.leakyRelu(x, negativeSlope));
    }

    /** {@code PReLU()}: one learnable slope, initially 0.25.
     * <pre>jshell> nn.prelu().forward(tensor(-1f, 2f))
     * $1 ==> tensor([-0.2500,  2.0000], grad_fn=<WhereBackward0>)</pre> */
    public static PReLU prelu() {
        return new PReLU();
    }

    /** {@code PReLU(num_parameters)} with one slope per channel, initially {@code init}.
     * <pre>jshell> nn.prelu(3, 0.1)
     * $1 ==> PReLU(num_parameters=3)</pre> */
    public static PReLU prelu(int numParameters, double init) {
        return new PReLU(numParameters, init);
    }

    /** {@code ELU(alpha=1.0)}.
     * <pre>jshell> nn.elu().forward(tensor(-100f, 1f))
     * $1 ==> tensor([-1.,  1.])</pre> */
    public static Activation elu() {
        return elu(1.0);
    }

    /** An {@code ELU(alpha)} layer. Shape: any.
     * <pre>jshell> nn.elu(2).forward(tensor(-100f, 1f))
     * $1 ==> tensor([-2.,  1.])</pre> */
    public static Activation elu(double alpha) {
        return new Activation("ELU", "alpha=" + Repr.number(alpha), x -> Functions.elu(x, alpha));
    }

    /** {@code GELU(approximate='none')}: x Φ(x), exact.
     * <pre>jshell> nn.gelu().forward(tensor(0f, 1f))
     * $1 ==> tensor([0.0000, 0.8413])</pre> */
    public static Activation gelu() {
        return gelu("none");
    }

    /** {@code GELU(approximate)} with {@code "none"} or {@code "tanh"}.
     * <pre>jshell> nn.gelu("tanh").forward(tensor(1f))
     * $1 ==> tensor(0.8412)</pre> */
    public static Activation gelu(String approximate) {
        if (!approximate.equals("none") && !approximate.equals("tanh")) {
            throw new baeum.storage.TensorError("gelu: approximate must be \"none\" or \"tanh\", got \"" + approximate + "\"");
        }
        return new Activation("GELU", "approximate='" + approximate + "'", x -> Functions.gelu(x, approximate));
    }

    /** {@code SiLU()}: x σ(x).
     * <pre>jshell> nn.silu().forward(tensor(0f, 1f))
     * $1 ==> tensor([0.0000, 0.7311])</pre> */
    public static Activation silu() {
        return new Activation("SiLU", "", Functions::silu);
    }

    /** Swish is SiLU: {@code SiLU()}.
     * <pre>jshell> nn.swish()
     * $1 ==> SiLU()</pre> */
    public static Activation swish() {
        return silu();
    }

    /** {@code Softplus(beta=1, threshold=20)}.
     * <pre>jshell> nn.softplus().forward(tensor(0f))
     * $1 ==> tensor(0.6931)</pre> */
    public static Activation softplus() {
        return softplus(1, 20);
    }

    /** A {@code Softplus(beta, threshold)} layer. Shape: any.
     * <pre>jshell> nn.softplus(2, 20)
     * $1 ==> Softplus(beta=2, threshold=20)</pre> */
    public static Activation softplus(double beta, double threshold) {
        return new Activation("Softplus", "beta=" + num(beta) + ", threshold=" + num(threshold),
                x -> Functions.softplus(x, beta, threshold));
    }

    /** {@code Softmax(dim)}.
     * <pre>jshell> nn.softmax(0).forward(zeros(4))
     * $1 ==> tensor([0.2500, 0.2500, 0.2500, 0.2500])</pre> */
    public static Activation softmax(int dim) {
        return new Activation("Softmax", "dim=" + dim, x -> Functions.softmax(x, dim));
    }

    /** {@code LogSoftmax(dim)}.
     * <pre>jshell> nn.logSoftmax(0).forward(zeros(2))
     * $1 ==> tensor([-0.6931, -0.6931])</pre> */
    public static Activation logSoftmax(int dim) {
        return new Activation("LogSoftmax", "dim=" + dim, x -> Functions.logSoftmax(x, dim));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Repr.number(v);
    }

    // ==== Functional forms, as torch.nn.functional: nn.relu(x), nn.conv2d(x, w, b), nn.dropout(x, 0.5, true),
    //      nn.oneHot(y, 10). The implementations: Functions, Convolutions, Pooling, Normalization.

    /** x Wᵀ + b. Shape: x {@code (*, in)}, weight {@code (out, in)}, bias {@code (out)} or null; output {@code (*, out)}.
     * <pre>jshell> nn.linear(ones(2, 3), ones(4, 3), tensor(1f, 2f, 3f, 4f)).get(0)
     * $1 ==> tensor([4., 5., 6., 7.])</pre> */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        return Functions.linear(x, weight, bias);
    }

    /** Conv with stride 1, no padding.
     * <pre>jshell> nn.conv1d(ones(1, 1, 5), ones(1, 1, 3), null)
     * $1 ==> tensor([[[3., 3., 3.]]])</pre> */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias) {
        return Convolutions.conv1d(x, weight, bias, 1, 0, 1, 1);
    }

    /** 1-d convolution (see {@link Convolutions#conv1d}). Shape: {@code (N, Cin, L)} to {@code (N, Cout, OL)}.
     * <pre>jshell> nn.conv1d(ones(1, 2, 5), ones(2, 1, 3), null, 1, 1, 1, 2).shape()
     * $1 ==> (1, 2, 5)</pre> */
    public static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return Convolutions.conv1d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** Conv with stride 1, no padding.
     * <pre>jshell> nn.conv2d(ones(1, 1, 3, 3), ones(1, 1, 2, 2), tensor(new float[] {1})).reshape(-1)
     * $1 ==> tensor([5., 5., 5., 5.])</pre> */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias) {
        return conv2d(x, weight, bias, 1, 0, 1, 1);
    }

    /** 2-d convolution (see {@link Convolutions#conv2d}). Shape: {@code (N, Cin, H, W)} to {@code (N, Cout, OH, OW)}.
     * <pre>jshell> nn.conv2d(ones(1, 1, 3, 3), ones(1, 1, 3, 3), null, 1, 1, 1, 1).reshape(-1)
     * $1 ==> tensor([4., 6., 4., 6., 9., 6., 4., 6., 4.])</pre> */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return Convolutions.conv2d(x, weight, bias, new int[] {stride, stride}, new int[] {padding, padding},
                new int[] {dilation, dilation}, groups);
    }

    /** 2-d convolution (see {@link Convolutions#conv2d}). Shape: {@code (N, Cin, H, W)} to {@code (N, Cout, OH, OW)}.
     * <pre>jshell> nn.conv2d(ones(1, 1, 4, 4), ones(1, 1, 2, 2), null, new int[] {2, 2}, new int[] {0, 0}, new int[] {1, 1}, 1).reshape(-1)
     * $1 ==> tensor([4., 4., 4., 4.])</pre> */
    public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return Convolutions.conv2d(x, weight, bias, stride, padding, dilation, groups);
    }

    /** Transposed convolution; see {@link Convolutions#convTranspose2d}.
     * <pre>jshell> nn.convTranspose2d(ones(1, 1, 2, 2), ones(1, 1, 2, 2), null, new int[] {1, 1}, new int[] {0, 0}, new int[] {0, 0}, 1, new int[] {1, 1}).reshape(-1)
     * $1 ==> tensor([1., 2., 1., 2., 4., 2., 1., 2., 1.])</pre> */
    public static Tensor convTranspose2d(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding,
                                         int groups, int[] dilation) {
        return Convolutions.convTranspose2d(x, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** Max pooling with a square window {@code k} and stride {@code k}.
     * <pre>jshell> nn.maxPool2d(arange(16).view(1, 1, 4, 4).to(FLOAT32), 2).reshape(-1)
     * $1 ==> tensor([ 5.,  7., 13., 15.])</pre> */
    public static Tensor maxPool2d(Tensor x, int kernelSize) {
        return maxPool2d(x, kernelSize, kernelSize, 0);
    }

    /** Max pooling (see {@link Pooling#maxPool2d}). Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.maxPool2d(zeros(1, 1, 8, 8), 3, 2, 1).shape()
     * $1 ==> (1, 1, 4, 4)</pre> */
    public static Tensor maxPool2d(Tensor x, int kernelSize, int stride, int padding) {
        return Pooling.maxPool2d(x, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, new int[] {1, 1}, false);
    }

    /** Average pooling with a square window {@code k} and stride {@code k}.
     * <pre>jshell> nn.avgPool2d(arange(16).view(1, 1, 4, 4).to(FLOAT32), 2).reshape(-1)
     * $1 ==> tensor([ 2.5000,  4.5000, 10.5000, 12.5000])</pre> */
    public static Tensor avgPool2d(Tensor x, int kernelSize) {
        return avgPool2d(x, kernelSize, kernelSize, 0);
    }

    /** Average pooling (see {@link Pooling#avgPool2d}). Shape: {@code (N, C, H, W)} to {@code (N, C, OH, OW)}.
     * <pre>jshell> nn.avgPool2d(ones(1, 1, 2, 2), 3, 1, 1).reshape(-1)
     * $1 ==> tensor([0.4444, 0.4444, 0.4444, 0.4444])</pre> */
    public static Tensor avgPool2d(Tensor x, int kernelSize, int stride, int padding) {
        return Pooling.avgPool2d(x, new int[] {kernelSize, kernelSize}, new int[] {stride, stride},
                new int[] {padding, padding}, false, true);
    }

    /** Adaptive average pooling to {@code (outH, outW)}. Shape: {@code (N, C, H, W)} to {@code (N, C, outH, outW)}.
     * <pre>jshell> nn.adaptiveAvgPool2d(arange(16).view(1, 1, 4, 4).to(FLOAT32), 1, 1).item()
     * $1 ==> 7.5</pre> */
    public static Tensor adaptiveAvgPool2d(Tensor x, int outH, int outW) {
        return Pooling.adaptiveAvgPool2d(x, outH, outW);
    }

    /** Dropout: zeroes with probability p and scales by 1/(1-p) when training. Shape: any.
     * <pre>jshell> nn.dropout(ones(4), 0.5, false)
     * $1 ==> tensor([1., 1., 1., 1.])</pre> */
    public static Tensor dropout(Tensor x, double p, boolean training) {
        return Functions.dropout(x, p, training);
    }

    /** Channel dropout when training. Shape: {@code (N, C, H, W)} or {@code (C, H, W)}.
     * <pre>jshell> nn.dropout2d(ones(1, 2, 2, 2), 0.5, false).sum().item()
     * $1 ==> 8.0</pre> */
    public static Tensor dropout2d(Tensor x, double p, boolean training) {
        return Functions.dropout2d(x, p, training);
    }

    /** Batch normalization (see {@link Normalization#batchNorm}). Shape: {@code (N, C, *)}; stats, weight, bias {@code (C)}.
     * <pre>jshell> nn.batchNorm(tensor(new float[][] {{1}, {3}}), null, null, null, null, true, 0.1, 0).reshape(-1)
     * $1 ==> tensor([-1.,  1.])</pre> */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        return Normalization.batchNorm(x, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    /** Layer normalization over the last dimensions. Shape: {@code (*, normalizedShape)}.
     * <pre>jshell> nn.layerNorm(tensor(1f, 3f), new int[] {2}, null, null, 0)
     * $1 ==> tensor([-1.,  1.])</pre> */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return Normalization.layerNorm(x, normalizedShape, weight, bias, eps);
    }

    /** Group normalization. Shape: {@code (N, C, *)}; weight, bias {@code (C)}.
     * <pre>jshell> nn.groupNorm(tensor(1f, 3f, 5f, 7f).view(1, 2, 2), 2, null, null, 0).reshape(-1)
     * $1 ==> tensor([-1.,  1., -1.,  1.])</pre> */
    public static Tensor groupNorm(Tensor x, int numGroups, Tensor weight, Tensor bias, double eps) {
        return Normalization.groupNorm(x, numGroups, weight, bias, eps);
    }

    /** Rows of {@code weight} {@code (V, D)} picked by int64 {@code indices} {@code (*)}: output {@code (*, D)}.
     * <pre>jshell> nn.embedding(tensor(2L, 0L), arange(6).view(3, 2).to(FLOAT32)).reshape(-1)
     * $1 ==> tensor([4., 5., 0., 1.])</pre> */
    public static Tensor embedding(Tensor indices, Tensor weight) {
        return Embedding.embedding(indices, weight, -1, "embedding");
    }

    /** max(0, x). Shape: any.
     * <pre>jshell> nn.relu(tensor(-1f, 2f))
     * $1 ==> tensor([0., 2.])</pre> */
    public static Tensor relu(Tensor x) {
        return Functions.relu(x);
    }

    /** 1 / (1 + exp(-x)). Shape: any.
     * <pre>jshell> nn.sigmoid(tensor(0f))
     * $1 ==> tensor(0.5000)</pre> */
    public static Tensor sigmoid(Tensor x) {
        return Functions.sigmoid(x);
    }

    /** tanh(x). Shape: any.
     * <pre>jshell> nn.tanh(tensor(0f, 100f))
     * $1 ==> tensor([0., 1.])</pre> */
    public static Tensor tanh(Tensor x) {
        return Functions.tanh(x);
    }

    /** Slope 0.01 for negative inputs.
     * <pre>jshell> nn.leakyRelu(tensor(-1f, 2f))
     * $1 ==> tensor([-0.0100,  2.0000])</pre> */
    public static Tensor leakyRelu(Tensor x) {
        return Functions.leakyRelu(x, 0.01);
    }

    /** x for x > 0, else slope * x. Shape: any.
     * <pre>jshell> nn.leakyRelu(tensor(-1f, 2f), 0.2)
     * $1 ==> tensor([-0.2000,  2.0000])</pre> */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        return Functions.leakyRelu(x, negativeSlope);
    }

    /** x for x > 0, else weight * x (weight per channel, dim 1). Shape: any.
     * <pre>jshell> nn.prelu(tensor(-1f, 2f), tensor(0.25f))
     * $1 ==> tensor([-0.2500,  2.0000])</pre> */
    public static Tensor prelu(Tensor x, Tensor weight) {
        return Functions.prelu(x, weight);
    }

    /** x for x > 0, else alpha (exp(x) - 1). Shape: any.
     * <pre>jshell> nn.elu(tensor(-100f, 1f))
     * $1 ==> tensor([-1.,  1.])</pre> */
    public static Tensor elu(Tensor x) {
        return Functions.elu(x, 1.0);
    }

    /** x for x > 0, else alpha (exp(x) - 1). Shape: any.
     * <pre>jshell> nn.elu(tensor(-100f, 1f), 0.5)
     * $1 ==> tensor([-0.5000,  1.0000])</pre> */
    public static Tensor elu(Tensor x, double alpha) {
        return Functions.elu(x, alpha);
    }

    /** x Φ(x) (exact, or the tanh approximation). Shape: any.
     * <pre>jshell> nn.gelu(tensor(0f, 1f))
     * $1 ==> tensor([0.0000, 0.8413])</pre> */
    public static Tensor gelu(Tensor x) {
        return Functions.gelu(x, "none");
    }

    /** x Φ(x) (exact, or the tanh approximation). Shape: any.
     * <pre>jshell> nn.gelu(tensor(1f), "tanh")
     * $1 ==> tensor(0.8412)</pre> */
    public static Tensor gelu(Tensor x, String approximate) {
        return Functions.gelu(x, approximate);
    }

    /** x σ(x). Shape: any.
     * <pre>jshell> nn.silu(tensor(1f))
     * $1 ==> tensor(0.7311)</pre> */
    public static Tensor silu(Tensor x) {
        return Functions.silu(x);
    }

    /** x σ(x) (the same as silu). Shape: any.
     * <pre>jshell> nn.swish(tensor(1f))
     * $1 ==> tensor(0.7311)</pre> */
    public static Tensor swish(Tensor x) {
        return Functions.silu(x);
    }

    /** log(1 + exp(beta x)) / beta, linear above the threshold. Shape: any.
     * <pre>jshell> nn.softplus(tensor(0f))
     * $1 ==> tensor(0.6931)</pre> */
    public static Tensor softplus(Tensor x) {
        return Functions.softplus(x, 1, 20);
    }

    /** log(1 + exp(beta x)) / beta, linear above the threshold. Shape: any.
     * <pre>jshell> nn.softplus(tensor(0f, 30f), 1, 20)
     * $1 ==> tensor([ 0.6931, 30.0000])</pre> */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        return Functions.softplus(x, beta, threshold);
    }

    /** exp(x) / Σ exp(x) along dim. Shape: any.
     * <pre>jshell> nn.softmax(tensor(0f, 0f), 0)
     * $1 ==> tensor([0.5000, 0.5000])</pre> */
    public static Tensor softmax(Tensor x, int dim) {
        return Functions.softmax(x, dim);
    }

    /** log(softmax(x)) along dim. Shape: any.
     * <pre>jshell> nn.logSoftmax(tensor(0f, 0f), 0)
     * $1 ==> tensor([-0.6931, -0.6931])</pre> */
    public static Tensor logSoftmax(Tensor x, int dim) {
        return Functions.logSoftmax(x, dim);
    }

    /** One-hot int64 encoding with {@code max(labels) + 1} classes. Shape: {@code (*)} to {@code (*, C)}.
     * <pre>jshell> nn.oneHot(tensor(0L, 2L))
     * $1 ==> tensor([[1, 0, 0],
     *         [0, 0, 1]])</pre> */
    public static Tensor oneHot(Tensor labels) {
        return OneHot.apply(labels, -1);
    }

    /**
     * One-hot int64 encoding: {@code out[..., c] = 1} where {@code c} is the label.
     * Shape: int64 {@code (*)} to {@code (*, numClasses)}.
     *
     * <pre>
     * jshell> nn.oneHot(tensor(0L, 2L), 3)
     * $1 ==> tensor([[1, 0, 0], [0, 0, 1]])
     * </pre>
     */
    public static Tensor oneHot(Tensor labels, int numClasses) {
        return OneHot.apply(labels, numClasses);
    }

    /** The bool mask {@code (L, L)} that is true above the diagonal: position i may not attend to j > i.
     * <pre>jshell> nn.causalMask(3)
     * $1 ==> tensor([[False,  True,  True],
     *         [False, False,  True],
     *         [False, False, False]])</pre> */
    public static Tensor causalMask(int length) {
        return AttentionMasks.causalMask(length, length);
    }

    // ==== Losses, gradient clipping, penalties and state-dict files. A loss factory (nn.crossEntropyLoss())
    //      returns a configurable Loss; the two-argument forms compute the loss at once with the defaults.

    /** A {@link MSELoss} (configure it fluently, then {@code apply(input, target)}).
     * <pre>jshell> nn.mseLoss().apply(tensor(1f, 2f), tensor(1f, 4f))
     * $1 ==> tensor(2.)</pre> */
    public static MSELoss mseLoss() {
        return new MSELoss();
    }

    /** A {@link L1Loss} (configure it fluently, then {@code apply(input, target)}).
     * <pre>jshell> nn.l1Loss().apply(tensor(1f, 2f), tensor(1f, 4f))
     * $1 ==> tensor(1.)</pre> */
    public static L1Loss l1Loss() {
        return new L1Loss();
    }

    /** A {@link SmoothL1Loss} (configure it fluently, then {@code apply(input, target)}).
     * <pre>jshell> nn.smoothL1Loss().apply(tensor(0f, 0f), tensor(0.5f, 3f))
     * $1 ==> tensor(1.3125)</pre> */
    public static SmoothL1Loss smoothL1Loss() {
        return new SmoothL1Loss();
    }

    /** A {@link BCELoss} (configure it fluently, then {@code apply(input, target)}).
     * <pre>jshell> nn.bceLoss().apply(tensor(0.5f), tensor(1f))
     * $1 ==> tensor(0.6931)</pre> */
    public static BCELoss bceLoss() {
        return new BCELoss();
    }

    /** A {@link BCEWithLogitsLoss} (configure it fluently, then {@code apply(input, target)}).
     * <pre>jshell> nn.bceWithLogitsLoss().apply(tensor(0f), tensor(1f))
     * $1 ==> tensor(0.6931)</pre> */
    public static BCEWithLogitsLoss bceWithLogitsLoss() {
        return new BCEWithLogitsLoss();
    }

    /** A {@link NLLLoss} (configure it fluently, then {@code apply(input, target)}).
     * <pre>jshell> nn.nllLoss().apply(tensor(new float[][] {{-1, -2}, {-3, -4}}), tensor(1L, 0L))
     * $1 ==> tensor(2.5000)</pre> */
    public static NLLLoss nllLoss() {
        return new NLLLoss();
    }

    /** A {@link CrossEntropyLoss} (configure it fluently, then {@code apply(input, target)}).
     * <pre>jshell> nn.crossEntropyLoss().apply(zeros(2, 4), tensor(3L, 1L))
     * $1 ==> tensor(1.3863)</pre> */
    public static CrossEntropyLoss crossEntropyLoss() {
        return new CrossEntropyLoss();
    }

    /** Mean of {@code (input - target)²}.
     * <pre>jshell> nn.mseLoss(tensor(1f, 2f), tensor(1f, 4f))
     * $1 ==> tensor(2.)</pre> */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return Losses.mseLoss(input, target, "mean");
    }

    /** Mean squared error (see {@link MSELoss}). Shape: input and target alike; a scalar unless reduction "none".
     * <pre>jshell> nn.mseLoss(tensor(1f, 2f), tensor(1f, 4f), "sum")
     * $1 ==> tensor(4.)</pre> */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return Losses.mseLoss(input, target, reduction);
    }

    /** Mean absolute error (see {@link L1Loss}). Shape: input and target alike.
     * <pre>jshell> nn.l1Loss(tensor(1f, 2f), tensor(1f, 4f))
     * $1 ==> tensor(1.)</pre> */
    public static Tensor l1Loss(Tensor input, Tensor target) {
        return Losses.l1Loss(input, target, "mean");
    }

    /** Mean absolute error (see {@link L1Loss}). Shape: input and target alike.
     * <pre>jshell> nn.l1Loss(tensor(1f, 2f), tensor(1f, 4f), "none")
     * $1 ==> tensor([0., 2.])</pre> */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        return Losses.l1Loss(input, target, reduction);
    }

    /** Smooth L1 loss (see {@link SmoothL1Loss}). Shape: input and target alike.
     * <pre>jshell> nn.smoothL1Loss(tensor(0f, 0f), tensor(0.5f, 3f))
     * $1 ==> tensor(1.3125)</pre> */
    public static Tensor smoothL1Loss(Tensor input, Tensor target) {
        return Losses.smoothL1Loss(input, target, "mean", 1.0);
    }

    /** Smooth L1 loss (see {@link SmoothL1Loss}). Shape: input and target alike.
     * <pre>jshell> nn.smoothL1Loss(tensor(0f, 0f), tensor(0.5f, 3f), "sum", 2.0)
     * $1 ==> tensor(2.0625)</pre> */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        return Losses.smoothL1Loss(input, target, reduction, beta);
    }

    /** Binary cross-entropy of probabilities (see {@link BCELoss}). Shape: input and target alike.
     * <pre>jshell> nn.bceLoss(tensor(0.5f), tensor(1f))
     * $1 ==> tensor(0.6931)</pre> */
    public static Tensor bceLoss(Tensor input, Tensor target) {
        return Losses.bceLoss(input, target, null, "mean");
    }

    /** Binary cross-entropy of probabilities (see {@link BCELoss}). Shape: input and target alike.
     * <pre>jshell> nn.bceLoss(tensor(0.5f, 0.5f), tensor(1f, 0f), tensor(2f, 0f), "sum")
     * $1 ==> tensor(1.3863)</pre> */
    public static Tensor bceLoss(Tensor input, Tensor target, Tensor weight, String reduction) {
        return Losses.bceLoss(input, target, weight, reduction);
    }

    /** Binary cross-entropy of raw scores (see {@link BCEWithLogitsLoss}). Shape: input and target alike.
     * <pre>jshell> nn.bceWithLogitsLoss(tensor(0f), tensor(1f))
     * $1 ==> tensor(0.6931)</pre> */
    public static Tensor bceWithLogitsLoss(Tensor input, Tensor target) {
        return Losses.bceWithLogitsLoss(input, target, null, null, "mean");
    }

    /** Binary cross-entropy of raw scores (see {@link BCEWithLogitsLoss}). Shape: input and target alike.
     * <pre>jshell> nn.bceWithLogitsLoss(tensor(0f), tensor(1f), null, tensor(3f), "mean")
     * $1 ==> tensor(2.0794)</pre> */
    public static Tensor bceWithLogitsLoss(Tensor input, Tensor target, Tensor weight, Tensor posWeight, String reduction) {
        return Losses.bceWithLogitsLoss(input, target, weight, posWeight, reduction);
    }

    /** Negative log-likelihood (see {@link NLLLoss}). Shape: input {@code (N, C)}, int64 target {@code (N)}.
     * <pre>jshell> nn.nllLoss(tensor(new float[][] {{-1, -2}, {-3, -4}}), tensor(1L, 0L))
     * $1 ==> tensor(2.5000)</pre> */
    public static Tensor nllLoss(Tensor input, Tensor target) {
        return Losses.nllLoss(input, target, null, -100, "mean");
    }

    /** Negative log-likelihood (see {@link NLLLoss}). Shape: input {@code (N, C)}, int64 target {@code (N)}.
     * <pre>jshell> nn.nllLoss(tensor(new float[][] {{-1, -2}, {-3, -4}}), tensor(1L, 0L), null, 0, "mean")
     * $1 ==> tensor(2.)</pre> */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction) {
        return Losses.nllLoss(input, target, weight, ignoreIndex, reduction);
    }

    /**
     * Cross-entropy of raw scores (see {@link CrossEntropyLoss}).
     * Shape: input {@code (N, C)}, target int64 {@code (N)} or probabilities {@code (N, C)}.
     * <pre>
     * jshell> nn.crossEntropyLoss(zeros(2, 4), tensor(3L, 1L))
     * $1 ==> tensor(1.3863)
     * </pre>
     */
    public static Tensor crossEntropyLoss(Tensor input, Tensor target) {
        return Losses.crossEntropyLoss(input, target, null, -100, "mean", 0);
    }

    /**
     * Cross-entropy of raw scores (see {@link CrossEntropyLoss}).
     * Shape: input {@code (N, C)}, target int64 {@code (N)} or probabilities {@code (N, C)}.
     * <pre>
     * jshell> nn.crossEntropyLoss(zeros(2, 4), tensor(3L, 1L), null, 1, "sum", 0)
     * $1 ==> tensor(1.3863)
     * </pre>
     */
    public static Tensor crossEntropyLoss(Tensor input, Tensor target, Tensor weight, int ignoreIndex, String reduction,
                                          double labelSmoothing) {
        return Losses.crossEntropyLoss(input, target, weight, ignoreIndex, reduction, labelSmoothing);
    }

    /** Scales the gradients so their joint 2-norm is at most {@code maxNorm}; returns the norm before.
     * <pre>jshell> var p = tensor(3f, 4f).requiresGrad_(); p.mul(p).sum().div(2).backward(); nn.clipGradNorm(List.of(p), 1)
     * $1 ==> tensor(5.)</pre> */
    public static Tensor clipGradNorm(Iterable<Tensor> parameters, double maxNorm) {
        return GradClip.clipGradNorm(parameters, maxNorm);
    }

    /** Scales the gradients so their joint norm is at most maxNorm; returns the norm before (see {@link GradClip}).
     * <pre>jshell> var p = tensor(3f, 4f).requiresGrad_(); p.mul(p).sum().div(2).backward(); nn.clipGradNorm(List.of(p), 1, Double.POSITIVE_INFINITY)
     * $1 ==> tensor(4.)</pre> */
    public static Tensor clipGradNorm(Iterable<Tensor> parameters, double maxNorm, double normType) {
        return GradClip.clipGradNorm(parameters, maxNorm, normType);
    }

    /** Clamps each gradient entry into {@code [-clipValue, clipValue]}.
     * <pre>jshell> var p = tensor(3f, -4f).requiresGrad_(); p.mul(p).sum().div(2).backward(); nn.clipGradValue(List.of(p), 1); p.grad()
     * $1 ==> tensor([ 1., -1.])</pre> */
    public static void clipGradValue(Iterable<Tensor> parameters, double clipValue) {
        GradClip.clipGradValue(parameters, clipValue);
    }

    /** {@code Σ |p|}, in the graph.
     * <pre>jshell> nn.l1Penalty(List.of(tensor(1f, -2f), tensor(3f)))
     * $1 ==> tensor(6.)</pre> */
    public static Tensor l1Penalty(Iterable<Tensor> parameters) {
        return Penalties.l1Penalty(parameters);
    }

    /** {@code Σ p²}, in the graph.
     * <pre>jshell> nn.l2Penalty(List.of(tensor(1f, -2f), tensor(3f)))
     * $1 ==> tensor(14.)</pre> */
    public static Tensor l2Penalty(Iterable<Tensor> parameters) {
        return Penalties.l2Penalty(parameters);
    }

    /** Writes a state dict (e.g. {@code model.stateDict()}) to a file; see {@link StateDictFile} for the format.
     * <pre>jshell> var path = System.getProperty("java.io.tmpdir") + "/baeum-doc-w.bin"; nn.save(Map.of("w", ones(2)), path); nn.load(path).get("w")
     * $1 ==> tensor([1., 1.])</pre> */
    public static void save(Map<String, Tensor> stateDict, String path) {
        StateDictFile.write(stateDict, java.nio.file.Path.of(path));
    }

    /** Reads a state dict written by {@link #save} (for {@code model.loadStateDict(...)}).
     * <pre>jshell> var path = System.getProperty("java.io.tmpdir") + "/baeum-doc-lin.bin"; nn.save(nn.linear(2, 1).stateDict(), path); nn.load(path).keySet()
     * $1 ==> [weight, bias]</pre> */
    public static Map<String, Tensor> load(String path) {
        return StateDictFile.read(java.nio.file.Path.of(path));
    }

    // ==== The parameter, init and Module entries

    /**
     * {@code nn.Parameter(t)}: a trainable leaf sharing {@code data}'s values (a {@link Module}
     * subclass's field holding it is one of the module's parameters).
     * Shape: as {@code data}.
     *
     * <pre>
     * jshell> nn.parameter(zeros(2, 3)).requiresGrad()
     * $1 ==> true
     * </pre>
     */
    public static baeum.tensor.Tensor parameter(baeum.tensor.Tensor data) {
        return data.detach().requiresGrad_();
    }

    /** {@code nn.init}: weight initialisation (see {@link Init}). */
    public static class init extends Init {
        protected init() {}
    }

    /**
     * {@code nn.Module}: the type of every built-in layer, and the class to extend to write a model
     * as in PyTorch (see {@link baeum.nn.Module} for how parameters are found). A field or variable
     * of type {@code nn.Module} holds any layer: {@code nn.Module act = nn.relu();}.
     *
     * <pre>
     * class Net extends nn.Module {
     *     nn.Module fc1 = nn.linear(784, 256), fc2 = nn.linear(256, 10);
     *     public Tensor forward(Tensor x) { return fc2.forward(nn.relu(fc1.forward(x))); }
     * }
     * </pre>
     */
    public abstract static class Module extends baeum.nn.Module {
        protected Module() {}
    }
}
