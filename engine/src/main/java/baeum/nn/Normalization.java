package baeum.nn;

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
        int[] dims = new int[x.dim() - 1];
        dims[0] = 0;
        for (int d = 2; d < x.dim(); d++) {
            dims[d - 1] = d;
        }
        int[] channelShape = new int[x.dim()];
        java.util.Arrays.fill(channelShape, 1);
        channelShape[1] = c;
        Tensor y;
        boolean batchStats = training || runningMean == null;
        if (batchStats) {
            long perChannel = x.numel() / Math.max(c, 1);
            if (training && perChannel <= 1) {
                throw new TensorError("batchNorm: expected more than 1 value per channel when training, got input "
                        + x.shape() + "; use a batch of more than one example, or call eval()");
            }
            Tensor mean = x.mean(dims, true);
            Tensor centered = x.sub(mean);
            Tensor var = centered.mul(centered).mean(dims, true);
            y = centered.div(var.add(eps).sqrt());
            if (training && runningMean != null) {
                double unbias = perChannel / (double) (perChannel - 1);
                runningMean.data().mul_(1 - momentum).add_(mean.detach().reshape(c).mul(momentum));
                runningVar.data().mul_(1 - momentum).add_(var.detach().reshape(c).mul(momentum * unbias));
            }
        } else {
            y = x.sub(runningMean.reshape(channelShape)).div(runningVar.reshape(channelShape).add(eps).sqrt());
        }
        if (weight != null) {
            y = y.mul(weight.reshape(channelShape));
        }
        if (bias != null) {
            y = y.add(bias.reshape(channelShape));
        }
        return NnNode.named("NativeBatchNormBackward0", y);
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
        Tensor centered = x.sub(x.mean(dims, true));
        Tensor y = centered.div(centered.mul(centered).mean(dims, true).add(eps).sqrt());
        if (weight != null) {
            y = y.mul(weight);
        }
        return NnNode.named("NativeLayerNormBackward0", bias == null ? y : y.add(bias));
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
        int n = x.size(0), c = x.size(1);
        Tensor grouped = x.reshape(n, numGroups, -1);
        Tensor centered = grouped.sub(grouped.mean(new int[] {2}, true));
        Tensor y = centered.div(centered.mul(centered).mean(new int[] {2}, true).add(eps).sqrt()).reshape(x.shape().toArray());
        int[] channelShape = new int[x.dim()];
        java.util.Arrays.fill(channelShape, 1);
        channelShape[1] = c;
        if (weight != null) {
            y = y.mul(weight.reshape(channelShape));
        }
        return NnNode.named("NativeGroupNormBackward0", bias == null ? y : y.add(bias.reshape(channelShape)));
    }
}
