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

/** Hidden tests of chapter 14: folds and means worked out by hand, a reference computed element by element. */
public final class Ch15HiddenTests {

    @Test
    @DisplayName("kFoldIndices(23, 5, f): folds {0..4}, {5..9}, {10..14}, {15..18}, {19..22}, covering 0..22 once")
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
    @DisplayName("kFoldIndices with k = n (leave-one-out: fold i is {i}) and with k = 2, n = 7 ({0..3}, {4..6})")
    @Graded(exercise = "ch15_kfold", points = 1)
    void kFoldExtremes(Student s) {
        for (int i = 0; i < 6; i++) assertArrayEquals(new int[] {i}, s.call("kFoldIndices", int[].class, 6, 6, i), "fold " + i);
        // 7 = 2 * 3 + 1: fold 0 has 4 indices, fold 1 has 3
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.call("kFoldIndices", int[].class, 7, 2, 0));
        assertArrayEquals(new int[] {4, 5, 6}, s.call("kFoldIndices", int[].class, 7, 2, 1));
    }

    @Test
    @DisplayName("bestDegree averages over the folds: ((0.1, 0.9, 0.8), (0.4, 0.4, 0.4)) has means 0.6, 0.4, so 1")
    @Graded(exercise = "ch15_best_degree", points = 1)
    void bestDegreeUsesTheMean(Student s) {
        // degree 0 has the single lowest error (0.1, fold 0), but the higher mean: (0.1 + 0.9 + 0.8) / 3 = 0.6 > 0.4
        var errors = tensor(new float[][] {{0.1f, 0.9f, 0.8f}, {0.4f, 0.4f, 0.4f}});
        assertEquals(1, s.call("bestDegree", Integer.class, errors));
    }

    @Test
    @DisplayName("bestDegree breaks ties towards the smaller degree: means 0.75, 0.75, 0.5, 0.5 give 2")
    @Graded(exercise = "ch15_best_degree", points = 1)
    void bestDegreeTies(Student s) {
        // means (0.75 + 0.75) / 2, (0.25 + 1.25) / 2, (0.5 + 0.5) / 2, (1 + 0) / 2: exact in float32;
        // the lowest mean 0.5 is shared by degrees 2 and 3, and the simpler one wins
        var errors = tensor(new float[][] {{0.75f, 0.75f}, {0.25f, 1.25f}, {0.5f, 0.5f}, {1f, 0f}});
        assertEquals(2, s.call("bestDegree", Integer.class, errors));
    }

    @Test
    @DisplayName("standardize of a random (7, 3) x by a random (50, 3) train matches an element-by-element reference")
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
    @DisplayName("standardize of a single row uses the training statistics: train ((0, 0), (2, 4)) maps (3, -2) to (2, -2)")
    @Graded(exercise = "ch15_standardize", points = 1)
    void standardizeOneRow(Student s) {
        // mean (1, 2); deviations (±1, ±2), so the standard deviations (divide by 2) are 1 and 2:
        // ((3 - 1) / 1, (-2 - 2) / 2) = (2, -2). The row's own statistics would give 0 / 0.
        var train = tensor(new float[][] {{0, 0}, {2, 4}});
        assertClose(tensor(new float[][] {{2, -2}}), s.tensor("standardize", train, tensor(new float[][] {{3, -2}})));
    }
}
