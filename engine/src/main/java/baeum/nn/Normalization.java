package baeum.nn;

import baeum.tensor.GradMode;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** Batch, layer and group normalization as functions (the layers {@link BatchNorm}, {@link LayerNorm}, {@link GroupNorm} call these). */
public final class Normalization {
    private Normalization() {}

    /**
     * Batch normalization over every dimension but the channel dimension 1:
     * {@code y = (x - mean) / sqrt(var + eps) * weight + bias}. When {@code training} (or without
     * running statistics) mean and biased variance come from the batch, and the running
     * statistics, if given, are updated in place: {@code running = (1 - momentum) * running +
     * momentum * batch}, with the unbiased variance. Otherwise the running statistics are used.
     * Shape: input {@code (N, C, *)}; running stats, weight, bias {@code (C)}; output as input.
     */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        if (x.dim() < 2) {
            throw new TensorError("batchNorm: expected an input of shape (N, C, *), got " + x.shape());
        }
        int c = x.size(1);
        int[] dims = allBut(1, x.dim());
        int[] channelShape = channelShape(x);
        boolean batchStats = training || runningMean == null;
        Tensor xhat, std;
        try (var off = GradMode.disable()) {
            if (batchStats) {
                long perChannel = x.numel() / Math.max(c, 1);
                if (training && perChannel <= 1) {
                    throw new TensorError("batchNorm: expected more than 1 value per channel when training, got input "
                            + x.shape() + "; use a batch of more than one example, or call eval()");
                }
                Tensor mean = x.mean(dims, true);
                Tensor centered = x.sub(mean);
                Tensor var = centered.mul(centered).mean(dims, true);
                std = var.add(eps).sqrt();
                xhat = centered.div(std);
                if (training && runningMean != null) {
                    double unbias = perChannel / (double) (perChannel - 1);
                    runningMean.data().mul_(1 - momentum).add_(mean.reshape(c).mul(momentum));
                    runningVar.data().mul_(1 - momentum).add_(var.reshape(c).mul(momentum * unbias));
                }
            } else {
                std = runningVar.reshape(channelShape).add(eps).sqrt();
                xhat = x.sub(runningMean.reshape(channelShape)).div(std);
            }
        }
        return affine("NativeBatchNormBackward0", x, xhat, std, batchStats ? dims : null, dims,
                weight == null ? null : weight.reshape(channelShape), bias == null ? null : bias.reshape(channelShape),
                weight, bias);
    }

    /**
     * Layer normalization over the last {@code normalizedDims} dimensions:
     * {@code y = (x - mean) / sqrt(var + eps) * weight + bias} with the biased variance.
     * Shape: input {@code (*, normalizedShape)}; weight and bias {@code normalizedShape} or null.
     */
    public static Tensor layerNorm(Tensor x, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        int k = normalizedShape.length;
        boolean fits = x.dim() >= k;
        for (int i = 0; fits && i < k; i++) {
            fits = x.size(x.dim() - k + i) == normalizedShape[i];
        }
        if (!fits) {
            throw new TensorError("layerNorm: expected input with shape (*, " + String.join(", ",
                    java.util.Arrays.stream(normalizedShape).mapToObj(Integer::toString).toList()) + "), got " + x.shape());
        }
        int[] dims = new int[k];
        for (int i = 0; i < k; i++) {
            dims[i] = x.dim() - k + i;
        }
        Tensor xhat, std;
        try (var off = GradMode.disable()) {
            Tensor centered = x.sub(x.mean(dims, true));
            std = centered.mul(centered).mean(dims, true).add(eps).sqrt();
            xhat = centered.div(std);
        }
        return affine("NativeLayerNormBackward0", x, xhat, std, dims, allBut(-1, x.dim() - k), weight, bias, weight, bias);
    }

    /**
     * Group normalization: the channels are split into {@code numGroups} groups and each group of
     * each example is normalized over its channels and positions; then a per-channel affine map.
     * Shape: input {@code (N, C, *)} with C divisible by numGroups; weight and bias {@code (C)} or null.
     */
    public static Tensor groupNorm(Tensor x, int numGroups, Tensor weight, Tensor bias, double eps) {
        if (x.dim() < 2 || numGroups <= 0 || x.size(1) % numGroups != 0) {
            throw new TensorError("groupNorm: expected an input (N, C, *) with C divisible by num_groups="
                    + numGroups + ", got " + x.shape());
        }
        int n = x.size(0);
        int[] groupDim = {2};
        Tensor xhat, std;
        try (var off = GradMode.disable()) {
            Tensor grouped = x.reshape(n, numGroups, -1);
            Tensor centered = grouped.sub(grouped.mean(groupDim, true));
            std = centered.mul(centered).mean(groupDim, true).add(eps).sqrt();
            xhat = centered.div(std);
        }
        int[] channelShape = channelShape(x);
        return affine("NativeGroupNormBackward0", x, xhat, std, groupDim, allBut(1, x.dim()),
                weight == null ? null : weight.reshape(channelShape), bias == null ? null : bias.reshape(channelShape),
                weight, bias);
    }

    /**
     * The normalized input {@code xhat = (x - mean) / std} times the weight plus the bias, as one
     * node with PyTorch's {@code name}. {@code xhat} and {@code std} may be grouped (a reshape of
     * {@code x}, as group norm's {@code (N, G, -1)}); {@code statDims} are the dims of xhat the
     * statistics were taken over, null when they are constants (batch norm with running
     * statistics); {@code paramDims} are the dims of x that the weight's and bias's gradients sum
     * over; {@code w} and {@code b} are the weight and bias broadcast to x (or null).
     * Backward: {@code dxhat = g w}; {@code dx = (dxhat - mean(dxhat) - xhat mean(dxhat xhat)) / std}
     * over statDims (just {@code dxhat / std} for constant statistics); {@code dw = Σ g xhat},
     * {@code db = Σ g} over paramDims.
     */
    private static Tensor affine(String name, Tensor x, Tensor xhat, Tensor std, int[] statDims, int[] paramDims,
                                 Tensor w, Tensor b, Tensor weight, Tensor bias) {
        int[] shape = x.shape().toArray();
        Tensor y, scale;
        try (var off = GradMode.disable()) {
            y = xhat.reshape(shape);
            y = w == null ? y : y.mul(w);
            y = b == null ? y : y.add(b);
            scale = w == null ? null : w.clone();                 // backward's own copy: an optimizer may step the weight
        }
        return NnNode.record(name, y, (g, needs) -> {
            Tensor gx = null;
            if (needs[0]) {
                Tensor dxhat = (scale == null ? g : g.mul(scale)).reshape(xhat.shape().toArray());
                if (statDims != null) {
                    dxhat = dxhat.sub(dxhat.mean(statDims, true)).sub(xhat.mul(dxhat.mul(xhat).mean(statDims, true)));
                }
                gx = dxhat.div(std).reshape(shape);
            }
            Tensor gw = needs[1] ? sumOver(g.mul(xhat.reshape(shape)), paramDims, weight) : null;
            Tensor gb = needs[2] ? sumOver(g, paramDims, bias) : null;
            return new Tensor[] {gx, gw, gb};
        }, x, weight, bias);
    }

    /** {@code t} summed over {@code dims}, in the shape of {@code param}. */
    private static Tensor sumOver(Tensor t, int[] dims, Tensor param) {
        return (dims.length == 0 ? t : t.sum(dims, false)).reshape(param.shape().toArray());
    }

    /** The dims {@code 0..rank-1} without {@code skip} (none skipped when skip is -1). */
    private static int[] allBut(int skip, int rank) {
        return java.util.stream.IntStream.range(0, rank).filter(d -> d != skip).toArray();
    }

    /** {@code (1, C, 1, ...)}: a per-channel vector's shape broadcast against {@code x}. */
    private static int[] channelShape(Tensor x) {
        int[] shape = new int[x.dim()];
        java.util.Arrays.fill(shape, 1);
        shape[1] = x.size(1);
        return shape;
    }
}
