package baeum.ops;

/**
 * Softmax and log-softmax over rows of a contiguous float32 array, forward and backward, each
 * in one pass over a row after its max: {@code y = exp(x - max) / sum} and
 * {@code y = x - max - log(sum exp(x - max))}.
 */
public final class SoftmaxOps {
    private SoftmaxOps() {}

    /** Softmax ({@code log == false}) or log-softmax of each row of length {@code n}. */
    public static void forward(float[] x, float[] y, int rows, int n, boolean log) {
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) max = Math.max(max, x[o + i]);
            if (max == Float.NEGATIVE_INFINITY) max = 0;
            double sum = 0;
            if (log) {
                for (int i = 0; i < n; i++) sum += Math.exp(x[o + i] - max);
                float lse = (float) (max + Math.log(sum));
                for (int i = 0; i < n; i++) y[o + i] = x[o + i] - lse;
            } else {
                for (int i = 0; i < n; i++) {
                    float e = (float) Math.exp(x[o + i] - max);
                    y[o + i] = e;
                    sum += e;
                }
                float inv = (float) (1 / sum);
                for (int i = 0; i < n; i++) y[o + i] *= inv;
            }
        }
    }

    /**
     * The input gradient from the output {@code y} and its gradient {@code g}:
     * softmax {@code y * (g - sum(g * y))}, log-softmax {@code g - exp(y) * sum(g)}.
     */
    public static void backward(float[] y, float[] g, float[] gx, int rows, int n, boolean log) {
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            double s = 0;
            if (log) {
                for (int i = 0; i < n; i++) s += g[o + i];
                float sf = (float) s;
                for (int i = 0; i < n; i++) gx[o + i] = g[o + i] - (float) Math.exp(y[o + i]) * sf;
            } else {
                for (int i = 0; i < n; i++) s += g[o + i] * y[o + i];
                float sf = (float) s;
                for (int i = 0; i < n; i++) gx[o + i] = y[o + i] * (g[o + i] - sf);
            }
        }
    }
}
