package baeum.exercises.ch15;

import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 15 (generalization); expected values worked out by hand. */
@HiddenTests(exercise = "ch15_kfold", count = 2)
@HiddenTests(exercise = "ch15_best_degree", count = 2)
@HiddenTests(exercise = "ch15_standardize", count = 2)
@HiddenTests(exercise = "ch15_bias_variance", count = 2)
@HiddenTests(exercise = "ch15_adaboost", count = 2)
@HiddenTests(exercise = "ch15_unique_fraction", count = 1)
public final class Ch15PublicTests implements PublicTests {

    @Test
    @DisplayName("kFoldIndices(10, 3, 0): the first fold takes the extra index, {0, 1, 2, 3}")
    @Graded(exercise = "ch15_kfold", points = 1)
    void kFoldFirst(Student s) {
        // 10 = 3 * 3 + 1: fold 0 is one longer (4 indices), folds 1 and 2 have 3
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.call("kFoldIndices", int[].class, 10, 3, 0));
    }

    @Test
    @DisplayName("kFoldIndices(10, 3, 2): the last fold is {7, 8, 9}")
    @Graded(exercise = "ch15_kfold", points = 1)
    void kFoldLast(Student s) {
        // folds 0 and 1 hold 4 + 3 = 7 indices, so fold 2 starts at 7
        assertArrayEquals(new int[] {7, 8, 9}, s.call("kFoldIndices", int[].class, 10, 3, 2));
    }

    @Test
    @DisplayName("bestDegree of ((0.9, 1.1), (0.3, 0.5), (0.2, 0.8)): means 1.0, 0.4, 0.5, so 1")
    @Graded(exercise = "ch15_best_degree", points = 1)
    void bestDegreeExample(Student s) {
        var errors = tensor(new float[][] {{0.9f, 1.1f}, {0.3f, 0.5f}, {0.2f, 0.8f}});
        assertEquals(1, s.call("bestDegree", Integer.class, errors));
    }

    @Test
    @DisplayName("standardize with train ((1, 10), (3, 30)) maps ((2, 40), (0, 20)) to ((0, 2), (-2, 0))")
    @Graded(exercise = "ch15_standardize", points = 1)
    void standardizeExample(Student s) {
        // column means (2, 20); standard deviations (divide by m = 2) sqrt(1) = 1 and sqrt(100) = 10
        var train = tensor(new float[][] {{1, 10}, {3, 30}});
        var x = tensor(new float[][] {{2, 40}, {0, 20}});
        assertClose(tensor(new float[][] {{0, 2}, {-2, 0}}), s.tensor("standardize", train, x));
    }

    @Test
    @DisplayName("biasVariance of preds ((0, 2), (2, 6)) and truth (1, 1) is (4.5, 2.5)")
    @Graded(exercise = "ch15_bias_variance", points = 1)
    void biasVarianceExample(Student s) {
        // average prediction (1, 4): bias² = (0² + 3²) / 2 = 4.5; variance ((1 + 1) / 2 + (4 + 4) / 2) / 2 = 2.5
        var preds = tensor(new float[][] {{0, 2}, {2, 6}});
        assertClose(tensor(4.5f, 2.5f), s.tensor("biasVariance", preds, tensor(1f, 1f)));
    }

    @Test
    @DisplayName("biasVariance of models that all predict the truth is (0, 0)")
    @Graded(exercise = "ch15_bias_variance", points = 1)
    void biasVariancePerfect(Student s) {
        var truth = tensor(0.5f, -1f, 2f);
        var preds = tensor(new float[][] {{0.5f, -1f, 2f}, {0.5f, -1f, 2f}, {0.5f, -1f, 2f}});
        assertClose(tensor(0f, 0f), s.tensor("biasVariance", preds, truth));
    }

    @Test
    @DisplayName("adaboostWeights of four equal weights, the last one wrong, is (1/6, 1/6, 1/6, 1/2)")
    @Graded(exercise = "ch15_adaboost", points = 1)
    void adaboostExample(Student s) {
        // eps = 1/4, e^alpha = sqrt(3): right ones 1/(4 sqrt 3), the wrong one sqrt(3)/4; their sum is 1/sqrt(3),
        // so after dividing 1/4 each for the right ones becomes 1/6 and the wrong one 3/4 * ... = 1/2
        var w = tensor(0.25f, 0.25f, 0.25f, 0.25f);
        var correct = tensor(1f, 1f, 1f, 0f);
        float sixth = 1f / 6;
        assertClose(tensor(sixth, sixth, sixth, 0.5f), s.tensor("adaboostWeights", w, correct));
    }

    @Test
    @DisplayName("expectedUniqueFraction(1) is 1 and expectedUniqueFraction(2) is 0.75")
    @Graded(exercise = "ch15_unique_fraction", points = 1)
    void uniqueFractionSmall(Student s) {
        // n = 2: a point is missed by both draws with probability (1/2)² = 1/4
        assertEquals(1.0, s.call("expectedUniqueFraction", Double.class, 1), 1e-12);
        assertEquals(0.75, s.call("expectedUniqueFraction", Double.class, 2), 1e-12);
    }
}
