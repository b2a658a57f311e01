package baeum.exercises.ch15.hidden;

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

/** Hidden tests of chapter 15: folds and means worked out by hand, references computed element by element. */
public final class Ch15HiddenTests {

    @Test
    @DisplayName("kFoldIndices: uneven folds cover every index exactly once")
    @Graded(exercise = "ch15_kfold", points = 1)
    void kFoldUneven(Student s) {
        // 23 = 5 * 4 + 3: the first 3 folds have 5 indices, the last 2 have 4
        int[][] expected = {{0, 1, 2, 3, 4}, {5, 6, 7, 8, 9}, {10, 11, 12, 13, 14}, {15, 16, 17, 18}, {19, 20, 21, 22}};
        int[] seen = new int[23];
        for (int f = 0; f < 5; f++) {
            int[] fold = s.call("kFoldIndices", int[].class, 23, 5, f);
            assertArrayEquals(expected[f], fold, "fold " + f);
            for (int i : fold) seen[i]++;
        }
        int[] once = new int[23];
        java.util.Arrays.fill(once, 1);
        assertArrayEquals(once, seen, "every index must be in exactly one fold");
    }

    @Test
    @DisplayName("kFoldIndices: leave-one-out and two folds")
    @Graded(exercise = "ch15_kfold", points = 1)
    void kFoldExtremes(Student s) {
        for (int i = 0; i < 6; i++) assertArrayEquals(new int[] {i}, s.call("kFoldIndices", int[].class, 6, 6, i), "fold " + i);
        // 7 = 2 * 3 + 1: fold 0 has 4 indices, fold 1 has 3
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.call("kFoldIndices", int[].class, 7, 2, 0));
        assertArrayEquals(new int[] {4, 5, 6}, s.call("kFoldIndices", int[].class, 7, 2, 1));
    }

    @Test
    @DisplayName("bestDegree: chooses by the mean over folds, not the single lowest error")
    @Graded(exercise = "ch15_best_degree", points = 1)
    void bestDegreeUsesTheMean(Student s) {
        // degree 0 has the single lowest error (0.1, fold 0), but the higher mean: (0.1 + 0.9 + 0.8) / 3 = 0.6 > 0.4
        var errors = tensor(new float[][] {{0.1f, 0.9f, 0.8f}, {0.4f, 0.4f, 0.4f}});
        assertEquals(1, s.call("bestDegree", Integer.class, errors));
    }

    @Test
    @DisplayName("bestDegree: ties go to the smaller degree")
    @Graded(exercise = "ch15_best_degree", points = 1)
    void bestDegreeTies(Student s) {
        // means (0.75 + 0.75) / 2, (0.25 + 1.25) / 2, (0.5 + 0.5) / 2, (1 + 0) / 2: exact in float32;
        // the lowest mean 0.5 is shared by degrees 2 and 3, and the simpler one wins
        var errors = tensor(new float[][] {{0.75f, 0.75f}, {0.25f, 1.25f}, {0.5f, 0.5f}, {1f, 0f}});
        assertEquals(2, s.call("bestDegree", Integer.class, errors));
    }

    @Test
    @DisplayName("standardize: matches an element-by-element reference")
    @Graded(exercise = "ch15_standardize", points = 1)
    void standardizeRandom(Student s) {
        manualSeed(141);
        Tensor train = randn(50, 3).mul(tensor(2f, 0.5f, 10f)).add(tensor(1f, -3f, 7f));
        Tensor x = randn(7, 3).mul(4);
        float[] t = train.toFloatArray(), xs = x.toFloatArray(), out = new float[21];
        for (int j = 0; j < 3; j++) {
            double mean = 0, var = 0;
            for (int i = 0; i < 50; i++) mean += t[i * 3 + j] / 50.0;
            for (int i = 0; i < 50; i++) var += (t[i * 3 + j] - mean) * (t[i * 3 + j] - mean) / 50.0;
            for (int i = 0; i < 7; i++) out[i * 3 + j] = (float) ((xs[i * 3 + j] - mean) / Math.sqrt(var));
        }
        assertClose(fromArray(out, 7, 3), s.tensor("standardize", train, x));
    }

    @Test
    @DisplayName("standardize: a single row uses the training statistics")
    @Graded(exercise = "ch15_standardize", points = 1)
    void standardizeOneRow(Student s) {
        // mean (1, 2); deviations (±1, ±2), so the standard deviations (divide by 2) are 1 and 2:
        // ((3 - 1) / 1, (-2 - 2) / 2) = (2, -2). The row's own statistics would give 0 / 0.
        var train = tensor(new float[][] {{0, 0}, {2, 4}});
        assertClose(tensor(new float[][] {{2, -2}}), s.tensor("standardize", train, tensor(new float[][] {{3, -2}})));
    }

    @Test
    @DisplayName("biasVariance: matches an element-by-element reference, shape (2)")
    @Graded(exercise = "ch15_bias_variance", points = 1)
    void biasVarianceRandom(Student s) {
        manualSeed(1515);
        Tensor preds = randn(6, 5).mul(0.7).add(0.3);
        Tensor truth = randn(5);
        float[] p = preds.toFloatArray(), t = truth.toFloatArray();
        double bias2 = 0, variance = 0;
        for (int j = 0; j < 5; j++) {
            double mean = 0;
            for (int m = 0; m < 6; m++) mean += p[m * 5 + j] / 6.0;
            bias2 += (mean - t[j]) * (mean - t[j]) / 5.0;
            for (int m = 0; m < 6; m++) variance += (p[m * 5 + j] - mean) * (p[m * 5 + j] - mean) / 30.0;
        }
        Tensor got = s.tensor("biasVariance", preds, truth);
        assertArrayEquals(new int[] {2}, got.shape().toArray(), "biasVariance returns a tensor of shape (2)");
        assertClose(tensor((float) bias2, (float) variance), got);
    }

    @Test
    @DisplayName("biasVariance: one model has no variance; a constant offset is pure bias")
    @Graded(exercise = "ch15_bias_variance", points = 1)
    void biasVarianceOffset(Student s) {
        // every model predicts truth + 2 at each point: bias² = 4, variance = 0
        var truth = tensor(1f, -2f, 0.5f);
        var preds = tensor(new float[][] {{3f, 0f, 2.5f}, {3f, 0f, 2.5f}});
        assertClose(tensor(4f, 0f), s.tensor("biasVariance", preds, truth));
    }

    @Test
    @DisplayName("adaboostWeights: matches the update rule element by element, sums to 1")
    @Graded(exercise = "ch15_adaboost", points = 2)
    void adaboostRandom(Student s) {
        manualSeed(1516);
        float[] raw = randn(9).abs().add(0.1).toFloatArray();
        float[] right = {1, 0, 1, 1, 0, 1, 1, 1, 0};
        double total = 0, eps = 0;
        for (float r : raw) total += r;
        float[] w = new float[9];
        for (int i = 0; i < 9; i++) { w[i] = (float) (raw[i] / total); if (right[i] == 0) eps += w[i]; }
        double alpha = 0.5 * Math.log((1 - eps) / eps);
        double[] updated = new double[9];
        double z = 0;
        for (int i = 0; i < 9; i++) { updated[i] = w[i] * Math.exp(right[i] == 1 ? -alpha : alpha); z += updated[i]; }
        float[] expected = new float[9];
        for (int i = 0; i < 9; i++) expected[i] = (float) (updated[i] / z);
        Tensor got = s.tensor("adaboostWeights", fromArray(w, 9), fromArray(right, 9));
        assertClose(fromArray(expected, 9), got);
    }

    @Test
    @DisplayName("adaboostWeights: the wrong examples hold half the weight afterwards")
    @Graded(exercise = "ch15_adaboost", points = 1)
    void adaboostHalf(Student s) {
        // eps = 0.1 + 0.2 = 0.3: after the update the wrong ones sum to exactly 1/2 (and so do the right ones)
        var w = tensor(0.1f, 0.4f, 0.2f, 0.3f);
        var correct = tensor(0f, 1f, 0f, 1f);
        Tensor got = s.tensor("adaboostWeights", w, correct);
        float[] g = got.toFloatArray();
        assertEquals(0.5, g[0] + g[2], 1e-5, "the examples the learner got wrong should hold half the weight");
        assertEquals(0.5, g[1] + g[3], 1e-5, "the examples the learner got right should hold half the weight");
    }

    @Test
    @DisplayName("expectedUniqueFraction: small and large n")
    @Graded(exercise = "ch15_unique_fraction", points = 1)
    void uniqueFractionMore(Student s) {
        // n = 3: 1 - (2/3)³ = 19/27; n = 1000: 1 - 0.999^1000, close to 1 - 1/e
        assertEquals(19.0 / 27, s.call("expectedUniqueFraction", Double.class, 3), 1e-9);
        assertEquals(1 - Math.pow(0.999, 1000), s.call("expectedUniqueFraction", Double.class, 1000), 1e-9);
    }
}
