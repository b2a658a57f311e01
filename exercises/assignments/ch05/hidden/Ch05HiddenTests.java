package baeum.exercises.ch05.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.rand;
import static baeum.Baeum.randint;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.storage.DType;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 5. References are computed here in plain Java doubles from the formulas
 * (never with the engine's own loss), or worked out by hand; every tensor result's shape is checked.
 */
public final class Ch05HiddenTests {

    @Test
    @DisplayName("huber with another threshold: both branches and a zero error")
    @Graded(exercise = "ch05_huber", points = 1)
    void huberOtherBeta(Student s) {
        // beta 2: |1| < 2 -> 1/4 = 0.25; |-3| -> 3 - 1 = 2; 0 -> 0; mean 0.75
        assertClose(tensor(0.75f), s.tensor("huber", tensor(2f, -1f, 5f), tensor(1f, 2f, 5f), 2.0));
    }

    @Test
    @DisplayName("huber on a random batch matches the formula in plain Java")
    @Graded(exercise = "ch05_huber", points = 1)
    void huberRandom(Student s) {
        manualSeed(501);
        Tensor p = randn(4, 3).mul(2), t = randn(4, 3);
        double beta = 0.7, sum = 0;
        float[] pa = p.toFloatArray(), ta = t.toFloatArray();
        for (int i = 0; i < pa.length; i++) {
            double e = Math.abs((double) pa[i] - ta[i]);
            sum += e < beta ? e * e / (2 * beta) : e - beta / 2;
        }
        assertClose(tensor((float) (sum / pa.length)), s.tensor("huber", p, t, beta));
    }

    @Test
    @DisplayName("oneHot of the notes' labels with an extra class: shape, values, float32")
    @Graded(exercise = "ch05_one_hot", points = 1)
    void oneHotNotes(Student s) {
        Tensor actual = s.tensor("oneHot", tensor(0, 2, 2, 1, 1, 0), 4);
        assertEquals(DType.FLOAT32, actual.dtype(), "oneHot must return float32");
        assertClose(tensor(new float[][] {{1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 1, 0}, {0, 1, 0, 0}, {0, 1, 0, 0}, {1, 0, 0, 0}}),
                actual);
    }

    @Test
    @DisplayName("oneHot of a single label in the last class")
    @Graded(exercise = "ch05_one_hot", points = 1)
    void oneHotLastClass(Student s) {
        assertClose(tensor(new float[][] {{0, 0, 0, 0, 1}}), s.tensor("oneHot", tensor(new long[] {4}), 5));
    }

    @Test
    @DisplayName("crossEntropy on random logits matches log-sum-exp minus the correct logit, in plain Java")
    @Graded(exercise = "ch05_cross_entropy", points = 1)
    void crossEntropyRandom(Student s) {
        manualSeed(51);
        Tensor logits = randn(6, 5).mul(3), labels = randint(0, 5, 6);
        float[] z = logits.toFloatArray();
        long[] y = labels.toLongArray();
        double total = 0;
        for (int i = 0; i < 6; i++) {
            double m = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j < 5; j++) m = Math.max(m, z[i * 5 + j]);
            for (int j = 0; j < 5; j++) sum += Math.exp(z[i * 5 + j] - m);
            total += m + Math.log(sum) - z[i * 5 + (int) y[i]];
        }
        assertClose(tensor((float) (total / 6)), s.tensor("crossEntropy", logits, labels));
    }

    @Test
    @DisplayName("crossEntropy stays finite for very large logits")
    @Graded(exercise = "ch05_cross_entropy", points = 1)
    void crossEntropyStable(Student s) {
        // row 0: log(e^1000 + 1) - 0 = 1000; row 1: log(1 + e^1000) - 1000 = 0; mean 500
        Tensor logits = tensor(new float[][] {{1000, 0}, {0, 1000}});
        assertClose(tensor(500f), s.tensor("crossEntropy", logits, tensor(1, 1)));
    }

    @Test
    @DisplayName("bceWithLogits on random logits and soft targets matches the BCE formula in plain Java")
    @Graded(exercise = "ch05_bce", points = 1)
    void bceRandom(Student s) {
        manualSeed(52);
        Tensor z = randn(4, 3).mul(4), y = rand(4, 3);
        float[] za = z.toFloatArray(), ya = y.toFloatArray();
        double sum = 0;
        for (int i = 0; i < za.length; i++) {
            double p = 1 / (1 + Math.exp(-za[i]));
            sum += -(ya[i] * Math.log(p) + (1 - ya[i]) * Math.log(1 - p));
        }
        assertClose(tensor((float) (sum / za.length)), s.tensor("bceWithLogits", z, y));
    }

    @Test
    @DisplayName("bceWithLogits stays finite for confident wrong answers")
    @Graded(exercise = "ch05_bce", points = 1)
    void bceStable(Student s) {
        // z = 100, y = 0: 100; z = -100, y = 1: 0 + 100 + log(1 + e^-100) = 100
        assertClose(tensor(100f), s.tensor("bceWithLogits", tensor(100f, -100f), tensor(0f, 1f)));
    }

    @Test
    @DisplayName("smoothedLossAtSix is the cross-entropy against the smoothed target, by hand")
    @Graded(exercise = "ch05_smoothing", points = 2)
    void smoothedAtSix(Student s) {
        // log p_0 = -L, log p_1 = log p_2 = -6 - L with L = log(1 + 2e^-6); q = (1 - 0.2 + 0.2/3, 0.2/3, 0.2/3)
        // loss = L + 2 * (0.2/3) * 6 = L + 0.8
        double expected = Math.log(1 + 2 * Math.exp(-6)) + 0.8;
        assertEquals(expected, s.call("smoothedLossAtSix", Double.class), 1e-4);
    }
}
