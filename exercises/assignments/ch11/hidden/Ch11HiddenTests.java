package baeum.exercises.ch11.hidden;

import static baeum.Baeum.fromArray;
import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 11: values by hand, and loops in double precision written independently here. */
public final class Ch11HiddenTests {

    @Test
    @DisplayName("initScales for a layer with more inputs than outputs")
    @Graded(exercise = "ch11_init_scales", points = 1)
    void initScalesMnistLayer(Student s) {
        double[] got = s.call("initScales", double[].class, 784, 256);
        assertEquals(2, got.length);
        assertEquals(Math.sqrt(6.0 / 1040.0), got[0], 1e-9, "Xavier bound sqrt(6 / (784 + 256))");
        assertEquals(Math.sqrt(2.0 / 784.0), got[1], 1e-9, "He std sqrt(2 / 784)");
    }

    @Test
    @DisplayName("initScales uses fan-in alone for He and the sum of fans for Xavier")
    @Graded(exercise = "ch11_init_scales", points = 1)
    void initScalesUneven(Student s) {
        double[] got = s.call("initScales", double[].class, 2, 1);
        assertEquals(Math.sqrt(2.0), got[0], 1e-9, "Xavier bound sqrt(6 / 3)");
        assertEquals(1.0, got[1], 1e-9, "He std sqrt(2 / 2)");
    }

    @Test
    @DisplayName("batchNormTrain applies gamma and beta after normalizing (values by hand)")
    @Graded(exercise = "ch11_batch_norm", points = 1)
    void batchNormAffine(Student s) {
        // column (0, 2, 4): mean 2, biased variance 8/3; x_hat = (-sqrt(3/2), 0, sqrt(3/2)); y = 2 x_hat + 1
        double h = Math.sqrt(1.5);
        Tensor expected = tensor(new float[][] {{(float) (1 - 2 * h)}, {1f}, {(float) (1 + 2 * h)}});
        assertClose(expected, s.tensor("batchNormTrain", tensor(new float[][] {{0}, {2}, {4}}),
                tensor(new float[] {2f}), tensor(new float[] {1f}), 0.0));
    }

    @Test
    @DisplayName("batchNormTrain of a random batch matches a double-precision loop, with eps")
    @Graded(exercise = "ch11_batch_norm", points = 1)
    void batchNormRandom(Student s) {
        manualSeed(1101);
        int n = 6, d = 5;
        Tensor x = randn(n, d).mul(3).add(2), gamma = randn(d), beta = randn(d);
        float[] xv = x.toFloatArray(), gv = gamma.toFloatArray(), bv = beta.toFloatArray();
        float[] out = new float[n * d];
        double eps = 1e-3;
        for (int j = 0; j < d; j++) {
            double mean = 0, var = 0;
            for (int i = 0; i < n; i++) mean += xv[i * d + j];
            mean /= n;
            for (int i = 0; i < n; i++) var += (xv[i * d + j] - mean) * (xv[i * d + j] - mean);
            var /= n;
            for (int i = 0; i < n; i++) out[i * d + j] = (float) (gv[j] * (xv[i * d + j] - mean) / Math.sqrt(var + eps) + bv[j]);
        }
        Tensor got = s.tensor("batchNormTrain", x, gamma, beta, eps);
        assertArrayEquals(new int[] {n, d}, got.shape().toArray(), "output shape");
        assertClose(fromArray(out, n, d), got);
    }

    @Test
    @DisplayName("runningStatsByHand: running_mean and running_var after the step")
    @Graded(exercise = "ch11_running_stats", points = 1)
    void runningStatsBuffers(Student s) {
        double[] got = s.call("runningStatsByHand", double[].class);
        assertEquals(4, got.length);
        assertEquals(0.5, got[1], 1e-6, "running_mean = 0.9 * 0 + 0.1 * 5");
        assertEquals(0.9 + 0.1 * 20.0 / 3.0, got[2], 1e-6, "running_var = 0.9 * 1 + 0.1 * 20/3 (unbiased)");
    }

    @Test
    @DisplayName("runningStatsByHand: the evaluation-mode output uses the running statistics")
    @Graded(exercise = "ch11_running_stats", points = 1)
    void runningStatsEval(Student s) {
        double[] got = s.call("runningStatsByHand", double[].class);
        assertEquals(4, got.length);
        assertEquals(7.5 / Math.sqrt(0.9 + 2.0 / 3.0 + 1e-5), got[3], 1e-4, "(8 - 0.5) / sqrt(running_var + eps)");
    }

    @Test
    @DisplayName("groupNorm of a random batch matches a double-precision loop over each group")
    @Graded(exercise = "ch11_group_norm", points = 1)
    void groupNormRandom(Student s) {
        manualSeed(1102);
        int n = 2, c = 6, h = 3, w = 3, groups = 3;
        Tensor x = randn(n, c, h, w).mul(2).add(1);
        float[] xv = x.toFloatArray();
        float[] out = new float[xv.length];
        int per = c / groups * h * w;
        double eps = 1e-5;
        for (int start = 0; start < xv.length; start += per) {   // groups are contiguous blocks in (N, C, H, W)
            double mean = 0, var = 0;
            for (int i = start; i < start + per; i++) mean += xv[i];
            mean /= per;
            for (int i = start; i < start + per; i++) var += (xv[i] - mean) * (xv[i] - mean);
            var /= per;
            for (int i = start; i < start + per; i++) out[i] = (float) ((xv[i] - mean) / Math.sqrt(var + eps));
        }
        Tensor got = s.tensor("groupNorm", x, groups, eps);
        assertArrayEquals(new int[] {n, c, h, w}, got.shape().toArray(), "output shape");
        assertClose(fromArray(out, n, c, h, w), got);
    }

    @Test
    @DisplayName("groupNorm with one group per channel makes every channel of every example mean 0")
    @Graded(exercise = "ch11_group_norm", points = 1)
    void groupNormInstance(Student s) {
        manualSeed(1103);
        Tensor x = randn(3, 4, 2, 5).mul(4).sub(3);
        Tensor got = s.tensor("groupNorm", x, 4, 1e-5);
        assertArrayEquals(new int[] {3, 4, 2, 5}, got.shape().toArray(), "output shape");
        assertClose(baeum.Baeum.zeros(3, 4), got.mean(new int[] {2, 3}, false), 1e-4, 1e-4);
    }
}
