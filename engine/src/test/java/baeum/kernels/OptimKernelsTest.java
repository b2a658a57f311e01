package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The optimizer updates against the algorithms of the PyTorch docs, written out in double. */
class OptimKernelsTest {
    @Test
    void adamFollowsTheDocumentedAlgorithmOverSeveralSteps() {
        Random rnd = new Random(2);
        int off = 3, n = 37;   // a vector body and a scalar tail
        for (float wd : new float[] {0f, 0.01f}) {
            float[] p = new float[off + n], m = new float[off + n], v = new float[off + n];
            double[] rp = new double[n], rm = new double[n], rv = new double[n];
            for (int i = 0; i < n; i++) rp[i] = p[off + i] = (float) rnd.nextGaussian();
            double lr = 1e-2, b1 = 0.9, b2 = 0.999, eps = 1e-8;
            for (int t = 1; t <= 5; t++) {
                float[] g = new float[off + n];
                for (int i = 0; i < n; i++) g[off + i] = (float) rnd.nextGaussian();
                OptimKernels.adam(p, g, m, v, off, n, (float) lr, (float) b1, (float) b2, (float) eps, wd, t);
                for (int i = 0; i < n; i++) {
                    double gi = g[off + i] + wd * rp[i];
                    rm[i] = b1 * rm[i] + (1 - b1) * gi;
                    rv[i] = b2 * rv[i] + (1 - b2) * gi * gi;
                    double mh = rm[i] / (1 - Math.pow(b1, t)), vh = rv[i] / (1 - Math.pow(b2, t));
                    rp[i] -= lr * mh / (Math.sqrt(vh) + eps);
                }
            }
            for (int i = 0; i < n; i++) assertEquals(rp[i], p[off + i], 1e-5, "wd=" + wd + " p[" + i + "]");
            assertEquals(0f, p[0]);   // outside the range: untouched
        }
    }

    @Test
    void sgdWithMomentumFollowsTheDocumentedAlgorithm() {
        float[] p = {1, 2}, buf = new float[2];
        // step 1: buf = g; step 2: buf = 0.9·buf + g (dampening 0)
        OptimKernels.sgd(p, new float[] {1, 1}, buf, 0, 2, 0.1f, 0.9f, 0f, 0f, true);
        assertEquals(0.9f, p[0], 1e-7f);
        OptimKernels.sgd(p, new float[] {1, 1}, buf, 0, 2, 0.1f, 0.9f, 0f, 0f, false);
        assertEquals(0.9f - 0.1f * 1.9f, p[0], 1e-6f);
        float[] q = {2};
        OptimKernels.sgd(q, new float[] {1}, null, 0, 1, 0.5f, 0f, 0f, 0.5f, false);   // plain, wd
        assertEquals(2f - 0.5f * (1f + 0.5f * 2f), q[0], 1e-7f);
    }
}
