package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.kernels.CrossEntropy.Reduction;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Softmax and the fused cross-entropy: values by hand, gradients by finite differences. */
class CrossEntropyTest {
    @Test
    void valuesWorkedOutByHand() {
        float[] y = new float[3];
        Softmax.softmax(new float[] {0, (float) Math.log(2), (float) Math.log(5)}, 0, 1, 3, y, 0);
        assertArrayEquals(new float[] {0.125f, 0.25f, 0.625f}, y, 1e-6f);
        Softmax.logSoftmax(new float[] {1000, 1000}, 0, 1, 2, y, 0);   // stable for huge logits
        assertEquals((float) -Math.log(2), y[0], 1e-6f);
        float[] logp = new float[4];
        // rows: logits (0, 0) target 1 -> ln 2; logits (ln 3, 0) target 0 -> ln(4/3)
        float loss = CrossEntropy.forward(new float[] {0, 0, (float) Math.log(3), 0}, 0, 2, 2,
                new long[] {1, 0}, 0, null, -100, Reduction.MEAN, logp, null);
        assertEquals((Math.log(2) + Math.log(4.0 / 3)) / 2, loss, 1e-6);
        float[] rows = new float[2];
        assertEquals(0f, CrossEntropy.forward(new float[] {0, 0, (float) Math.log(3), 0}, 0, 2, 2,
                new long[] {1, 0}, 0, null, -100, Reduction.NONE, logp, rows));
        assertArrayEquals(new float[] {(float) Math.log(2), (float) Math.log(4.0 / 3)}, rows, 1e-6f);
    }

    @Test
    void weightsAndIgnoreIndexFollowPyTorch() {
        // weighted mean = Σ w[t]·(−logp) / Σ w[t] over rows not ignored
        float[] logits = {0, 0, 0, 0, 0, 0}, logp = new float[6];
        float[] w = {1, 3};
        float loss = CrossEntropy.forward(logits, 0, 3, 2, new long[] {0, 1, -100}, 0, w, -100,
                Reduction.MEAN, logp, null);
        assertEquals(Math.log(2), loss, 1e-6);
        float sum = CrossEntropy.forward(logits, 0, 3, 2, new long[] {0, 1, -100}, 0, w, -100,
                Reduction.SUM, logp, null);
        assertEquals(4 * Math.log(2), sum, 1e-5);
        var e = assertThrows(IllegalArgumentException.class, () -> CrossEntropy.forward(logits, 0,
                3, 2, new long[] {0, 2, 1}, 0, null, -100, Reduction.MEAN, logp, null));
        assertTrue(e.getMessage().contains("target 2 of row 1"), e.getMessage());
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Random rnd = new Random(5);
        int rows = 5, classes = 7;
        float[] w = new float[classes];
        for (int i = 0; i < classes; i++) w[i] = 0.5f + rnd.nextFloat();
        long[] t = {3, 0, -100, 6, 3};
        for (Reduction red : Reduction.values()) {
            for (float[] weight : new float[][] {null, w}) {
                double[] x = new double[rows * classes];
                for (int i = 0; i < x.length; i++) x[i] = rnd.nextGaussian();
                float[] gOut = new float[rows];
                for (int i = 0; i < rows; i++) gOut[i] = 0.5f + i;
                float[] logp = new float[x.length], grad = new float[x.length];
                CrossEntropy.backward(gOut, 0, logpOf(x, t, weight, red, rows, classes, logp), rows,
                        classes, t, 0, weight, -100, red, grad, 0);
                for (int i = 0; i < x.length; i++) {
                    double h = 1e-3, keep = x[i];
                    x[i] = keep + h;
                    double up = objective(x, t, weight, red, rows, classes, gOut);
                    x[i] = keep - h;
                    double down = objective(x, t, weight, red, rows, classes, gOut);
                    x[i] = keep;
                    assertEquals((up - down) / (2 * h), grad[i], 2e-3,
                            red + " weight=" + (weight != null) + " d/dlogit[" + i + "]");
                }
            }
        }
        // log-softmax and softmax backward through the same finite differences (Σ g·y)
        double[] x = new double[rows * classes];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextGaussian();
        float[] g = new float[x.length];
        for (int i = 0; i < g.length; i++) g[i] = (float) rnd.nextGaussian();
        for (boolean log : new boolean[] {true, false}) {
            float[] y = new float[x.length], dx = new float[x.length];
            apply(log, x, y, rows, classes);
            if (log) Softmax.logSoftmaxBackward(g, 0, y, 0, rows, classes, dx, 0);
            else Softmax.softmaxBackward(g, 0, y, 0, rows, classes, dx, 0);
            for (int i = 0; i < x.length; i++) {
                double keep = x[i], h = 1e-3;
                x[i] = keep + h;
                apply(log, x, y, rows, classes);
                double up = dot(g, y);
                x[i] = keep - h;
                apply(log, x, y, rows, classes);
                double down = dot(g, y);
                x[i] = keep;
                assertEquals((up - down) / (2 * h), dx[i], 2e-3, (log ? "logSoftmax" : "softmax") + " d[" + i + "]");
            }
        }
    }

    private static void apply(boolean log, double[] x, float[] y, int rows, int cols) {
        float[] xf = toFloat(x);
        if (log) Softmax.logSoftmax(xf, 0, rows, cols, y, 0);
        else Softmax.softmax(xf, 0, rows, cols, y, 0);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    private static float[] logpOf(double[] x, long[] t, float[] w, Reduction red, int rows, int classes, float[] logp) {
        CrossEntropy.forward(toFloat(x), 0, rows, classes, t, 0, w, -100, red, logp, new float[rows]);
        return logp;
    }

    /** The loss as a scalar: the reduced loss times gOut[0], or Σ gOut[r]·loss[r] with NONE. */
    private static double objective(double[] x, long[] t, float[] w, Reduction red, int rows, int classes, float[] gOut) {
        float[] rowLoss = new float[rows];
        float loss = CrossEntropy.forward(toFloat(x), 0, rows, classes, t, 0, w, -100, red, new float[x.length], rowLoss);
        if (red != Reduction.NONE) return (double) loss * gOut[0];
        double s = 0;
        for (int r = 0; r < rows; r++) s += (double) rowLoss[r] * gOut[r];
        return s;
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) f[i] = (float) x[i];
        return f;
    }
}
