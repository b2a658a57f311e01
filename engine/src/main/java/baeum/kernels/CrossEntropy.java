package baeum.kernels;

/**
 * Fused cross-entropy of logits against class indices (PyTorch's {@code cross_entropy}): one pass
 * computes log-softmax and the loss; the backward is {@code (softmax − onehot)·scale}, with no
 * log-softmax graph in between. Supports class weights, {@code ignoreIndex} and the three
 * reductions; mean divides by the summed weights of the counted rows, as PyTorch does.
 *
 * <pre>{@code
 * jshell> float[] logits = {0, 0}, logp = new float[2]; long[] target = {1};
 * jshell> CrossEntropy.forward(logits, 0, 1, 2, target, 0, null, -100, CrossEntropy.Reduction.MEAN, logp, null)
 * $3 ==> 0.6931472
 * }</pre>
 *
 * Shape: logits (rows, classes), target (rows) with values in [0, classes) → a scalar, or
 * (rows) with {@code Reduction.NONE}.
 */
public final class CrossEntropy {
    private CrossEntropy() {}

    /** How per-row losses combine, as PyTorch's {@code reduction}. */
    public enum Reduction { NONE, MEAN, SUM }

    /**
     * Returns the reduced loss (with {@code NONE}: 0, and the per-row losses go to
     * {@code rowLoss}). Writes the log-probabilities into {@code logProb} (rows x classes) for
     * {@link #backward}. {@code weight} (per class) may be null.
     */
    public static float forward(float[] logits, int off, int rows, int classes, long[] target,
            int tOff, float[] weight, long ignoreIndex, Reduction reduction, float[] logProb,
            float[] rowLoss) {
        Softmax.logSoftmax(logits, off, rows, classes, logProb, 0);
        double total = 0, weights = 0;
        for (int r = 0; r < rows; r++) {
            long t = target[tOff + r];
            float loss = 0f;
            if (t != ignoreIndex) {
                int c = checkClass(t, r, classes);
                float wc = weight == null ? 1f : weight[c];
                loss = -wc * logProb[r * classes + c];
                weights += wc;
            }
            if (rowLoss != null) rowLoss[r] = loss;
            total += loss;
        }
        return switch (reduction) {
            case NONE -> 0f;
            case SUM -> (float) total;
            case MEAN -> (float) (total / weights);   // NaN when every row is ignored, as PyTorch
        };
    }

    /**
     * Overwrites {@code dLogits} with the gradient of the loss: {@code gradOut[gOff]} is the
     * upstream gradient of the scalar loss, or with {@code NONE} one per row.
     */
    public static void backward(float[] gradOut, int gOff, float[] logProb, int rows, int classes,
            long[] target, int tOff, float[] weight, long ignoreIndex, Reduction reduction,
            float[] dLogits, int dOff) {
        double scale = 1;
        if (reduction == Reduction.MEAN) {
            double weights = 0;
            for (int r = 0; r < rows; r++) {
                long t = target[tOff + r];
                if (t != ignoreIndex) weights += weight == null ? 1 : weight[checkClass(t, r, classes)];
            }
            scale = 1 / weights;
        }
        for (int r = 0; r < rows; r++) {
            long t = target[tOff + r];
            int d = dOff + r * classes, o = r * classes;
            if (t == ignoreIndex) {
                java.util.Arrays.fill(dLogits, d, d + classes, 0f);
                continue;
            }
            int c = checkClass(t, r, classes);
            float g = reduction == Reduction.NONE ? gradOut[gOff + r] : gradOut[gOff];
            float s = (float) (g * scale * (weight == null ? 1 : weight[c]));
            for (int j = 0; j < classes; j++) dLogits[d + j] = (float) Math.exp(logProb[o + j]) * s;
            dLogits[d + c] -= s;
        }
    }

    private static int checkClass(long t, int row, int classes) {
        if (t < 0 || t >= classes) {
            throw new IllegalArgumentException("crossEntropy: target " + t + " of row " + row
                    + " is not a class index in [0, " + classes + "); targets must be class "
                    + "indices (int64), not one-hot rows");
        }
        return (int) t;
    }
}
