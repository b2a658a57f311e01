package baeum.data;

import baeum.storage.DType;
import baeum.tensor.Rng;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.Random;

/**
 * Batch-mixing augmentations. Both draw λ ~ Beta(α, α), pair each example with another of the same
 * batch (a random permutation π) and return soft targets, λ·onehot(y) + (1 − λ)·onehot(y_π), to
 * train with a cross-entropy loss that accepts class probabilities.
 * <ul>
 * <li>mixup (Zhang et al., 2018): x ← λ·x + (1 − λ)·x_π.
 * <li>cutmix (Yun et al., 2019): a box of area (1 − λ)·H·W at a uniform random centre, clipped
 *     to the image, is pasted from x_π; λ is then recomputed as 1 − (box area)/(H·W).
 * </ul>
 */
public final class Mixing {
    private Mixing() {
    }

    /** mixup of a batch with class labels y (N) or soft targets (N, C). Shape: x (N, ...), y → (N, C). */
    public static Batch mixup(Batch batch, double alpha, int numClasses) {
        Random r = Rng.generator();
        double lam = beta(alpha, r);
        int n = batch.size();
        int[] perm = Splits.permutation(n, r);
        float[] x = batch.x().toFloatArray();
        int row = x.length / n;
        float[] out = new float[x.length];
        float l = (float) lam, k = (float) (1 - lam);
        for (int i = 0; i < n; i++) {
            int a = i * row, b = perm[i] * row;
            for (int j = 0; j < row; j++) out[a + j] = l * x[a + j] + k * x[b + j];
        }
        return new Batch(Tensor.wrap(out, batch.x().shapeArray().clone()), mixTargets(batch.y(), perm, lam, numClasses));
    }

    /** cutmix of a batch of images (N, C, H, W). Shape: x unchanged, y → (N, C). */
    public static Batch cutmix(Batch batch, double alpha, int numClasses) {
        Tensor xt = batch.x();
        if (xt.dim() < 3) {
            throw new TensorError("cutmix: expected images (N, C, H, W) or (N, H, W), got shape " + xt.shape());
        }
        Random r = Rng.generator();
        double lam = beta(alpha, r);
        int n = xt.size(0), h = xt.size(-2), w = xt.size(-1);
        int[] perm = Splits.permutation(n, r);
        double cut = Math.sqrt(1 - lam);
        int ch = (int) (h * cut), cw = (int) (w * cut);
        int cy = r.nextInt(h), cx = r.nextInt(w);
        int y0 = clamp(cy - ch / 2, h), y1 = clamp(cy + ch / 2, h), x0 = clamp(cx - cw / 2, w), x1 = clamp(cx + cw / 2, w);
        float[] src = xt.toFloatArray();
        float[] out = src.clone();
        int row = src.length / n, planes = row / (h * w);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < planes; p++) {
                for (int y = y0; y < y1; y++) {
                    int off = p * h * w + y * w + x0;
                    System.arraycopy(src, perm[i] * row + off, out, i * row + off, x1 - x0);
                }
            }
        }
        double adjusted = 1 - (double) (y1 - y0) * (x1 - x0) / (h * w);
        return new Batch(Tensor.wrap(out, xt.shapeArray().clone()), mixTargets(batch.y(), perm, adjusted, numClasses));
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size, v));
    }

    /** λ·t + (1 − λ)·t_π with t the one-hot (or given soft) targets. Shape: (N, C). */
    static Tensor mixTargets(Tensor y, int[] perm, double lam, int numClasses) {
        int n = perm.length;
        float[] t;
        if (y.dtype() == DType.INT64 && y.dim() == 1) {
            long[] labels = y.toLongArray();
            t = new float[n * numClasses];
            for (int i = 0; i < n; i++) {
                if (labels[i] < 0 || labels[i] >= numClasses) {
                    throw new TensorError("mixup/cutmix: label " + labels[i] + " of example " + i
                            + " is outside the class range [0, " + (numClasses - 1) + "]");
                }
                t[i * numClasses + (int) labels[i]] = 1;
            }
        } else if (y.dim() == 2 && y.size(1) == numClasses) {
            t = y.toFloatArray();
        } else {
            throw new TensorError("mixup/cutmix: targets must be class labels (N) or probabilities (N, " + numClasses
                    + "), got " + y.dtype() + " of shape " + y.shape());
        }
        float[] out = new float[t.length];
        float l = (float) lam, k = (float) (1 - lam);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < numClasses; c++) {
                out[i * numClasses + c] = l * t[i * numClasses + c] + k * t[perm[i] * numClasses + c];
            }
        }
        return Tensor.wrap(out, n, numClasses);
    }

    /** A draw from Beta(a, a) as X/(X + Y) with X, Y ~ Gamma(a). */
    static double beta(double a, Random r) {
        if (a <= 0) throw new TensorError("mixup/cutmix: alpha must be > 0, got " + a);
        double x = gamma(a, r), y = gamma(a, r);
        return x / (x + y);
    }

    /** Gamma(shape k, scale 1) by Marsaglia and Tsang's method (with the U^(1/k) boost for k &lt; 1). */
    static double gamma(double k, Random r) {
        if (k < 1) return gamma(k + 1, r) * Math.pow(r.nextDouble(), 1 / k);
        double d = k - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = r.nextGaussian(), v = 1 + c * z;
            if (v <= 0) continue;
            v = v * v * v;
            double u = r.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
        }
    }
}
