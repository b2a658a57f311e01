package baeum.kernels;

/**
 * Row-wise softmax and log-softmax over the last dimension of a (rows, cols) block, forward and
 * backward, computed stably (the row maximum is subtracted first).
 *
 * <pre>{@code
 * jshell> float[] x = {0, 0}, y = new float[2];
 * jshell> Softmax.logSoftmax(x, 0, 1, 2, y, 0);
 * jshell> y
 * y ==> float[2] { -0.6931472, -0.6931472 }
 * }</pre>
 *
 * Shape: x (rows, cols) → y (rows, cols).
 */
public final class Softmax {
    private Softmax() {}

    /** {@code y[r, :] = x[r, :] − logsumexp(x[r, :])}. {@code y} may be {@code x}. */
    public static void logSoftmax(float[] x, int xOff, int rows, int cols, float[] y, int yOff) {
        for (int r = 0; r < rows; r++) {
            int xi = xOff + r * cols, yi = yOff + r * cols;
            float max = max(x, xi, cols);
            double sum = 0;
            for (int j = 0; j < cols; j++) sum += Math.exp(x[xi + j] - max);
            float logSum = (float) Math.log(sum);
            for (int j = 0; j < cols; j++) y[yi + j] = (x[xi + j] - max) - logSum;
        }
    }

    /** {@code y[r, :] = exp(x[r, :]) / Σ exp(x[r, :])}. {@code y} may be {@code x}. */
    public static void softmax(float[] x, int xOff, int rows, int cols, float[] y, int yOff) {
        for (int r = 0; r < rows; r++) {
            int xi = xOff + r * cols, yi = yOff + r * cols;
            float max = max(x, xi, cols);
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                float e = (float) Math.exp(x[xi + j] - max);
                y[yi + j] = e;
                sum += e;
            }
            float inv = (float) (1.0 / sum);
            for (int j = 0; j < cols; j++) y[yi + j] *= inv;
        }
    }

    /** Gradient of log-softmax from its output y: {@code dx = dy − exp(y)·Σdy}. Overwrites dx. */
    public static void logSoftmaxBackward(float[] dy, int dyOff, float[] y, int yOff, int rows,
            int cols, float[] dx, int dxOff) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double s = 0;
            for (int j = 0; j < cols; j++) s += dy[dyOff + o + j];
            float sf = (float) s;
            for (int j = 0; j < cols; j++) {
                dx[dxOff + o + j] = dy[dyOff + o + j] - (float) Math.exp(y[yOff + o + j]) * sf;
            }
        }
    }

    /** Gradient of softmax from its output y: {@code dx = y·(dy − Σ dy·y)}. Overwrites dx. */
    public static void softmaxBackward(float[] dy, int dyOff, float[] y, int yOff, int rows,
            int cols, float[] dx, int dxOff) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double s = 0;
            for (int j = 0; j < cols; j++) s += dy[dyOff + o + j] * y[yOff + o + j];
            float sf = (float) s;
            for (int j = 0; j < cols; j++) {
                dx[dxOff + o + j] = y[yOff + o + j] * (dy[dyOff + o + j] - sf);
            }
        }
    }

    private static float max(float[] x, int off, int n) {
        float m = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            float v = x[off + j];
            if (v > m || Float.isNaN(v)) m = v;
            if (Float.isNaN(m)) return m;
        }
        return m;
    }
}
