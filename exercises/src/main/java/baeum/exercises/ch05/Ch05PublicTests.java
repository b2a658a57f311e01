package baeum.exercises.ch05;

import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.storage.DType;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 5 (losses); expected values worked out by hand. */
@HiddenTests(exercise = "ch05_huber", count = 2)
@HiddenTests(exercise = "ch05_one_hot", count = 2)
@HiddenTests(exercise = "ch05_cross_entropy", count = 2)
@HiddenTests(exercise = "ch05_bce", count = 2)
@HiddenTests(exercise = "ch05_smoothing", count = 1)
@ExerciseRules(exercise = "ch05_huber", forbidden = {"smoothL1Loss"})
@ExerciseRules(exercise = "ch05_one_hot", forbidden = {"oneHot"})
@ExerciseRules(exercise = "ch05_cross_entropy", forbidden = {"crossEntropyLoss", "crossEntropy", "nllLoss"})
@ExerciseRules(exercise = "ch05_bce", forbidden = {"bceWithLogitsLoss", "bceLoss"})
public final class Ch05PublicTests implements PublicTests {

    @Test
    @DisplayName("huber of errors (0.5, 3) with beta 1 is the mean of 0.125 and 2.5: 1.3125, a 0-d tensor")
    @Graded(exercise = "ch05_huber", points = 1)
    void huberTwo(Student s) {
        // 0.5^2 / 2 = 0.125; |3| - 1/2 = 2.5
        assertClose(tensor(1.3125f), s.tensor("huber", tensor(0.5f, 3f), tensor(0f, 0f), 1.0));
    }

    @Test
    @DisplayName("oneHot of labels (0, 2) with 3 classes is [[1, 0, 0], [0, 0, 1]] in float32")
    @Graded(exercise = "ch05_one_hot", points = 1)
    void oneHotTwo(Student s) {
        Tensor actual = s.tensor("oneHot", tensor(0, 2), 3);
        assertEquals(DType.FLOAT32, actual.dtype(), "oneHot must return float32");
        assertClose(tensor(new float[][] {{1, 0, 0}, {0, 0, 1}}), actual);
    }

    @Test
    @DisplayName("crossEntropy of zero logits (2, 3) is log 3 = 1.0986")
    @Graded(exercise = "ch05_cross_entropy", points = 1)
    void crossEntropyUniform(Student s) {
        assertClose(tensor(1.0986123f), s.tensor("crossEntropy", zeros(2, 3), tensor(0, 2)));
    }

    @Test
    @DisplayName("crossEntropy of [[1, 2, 3]] with label 2 is log(e + e^2 + e^3) - 3 = 0.4076")
    @Graded(exercise = "ch05_cross_entropy", points = 1)
    void crossEntropyOneRow(Student s) {
        assertClose(tensor(0.40760596f), s.tensor("crossEntropy", tensor(new float[][] {{1, 2, 3}}), tensor(new long[] {2})));
    }

    @Test
    @DisplayName("bceWithLogits(0, 1) is log 2 = 0.6931")
    @Graded(exercise = "ch05_bce", points = 1)
    void bceAtZero(Student s) {
        assertClose(tensor(0.6931472f), s.tensor("bceWithLogits", tensor(new float[] {0f}), tensor(new float[] {1f})));
    }

    @Test
    @DisplayName("bceWithLogits of z = (2, -2), y = (1, 1) is the mean of 0.1269 and 2.1269: 1.1269")
    @Graded(exercise = "ch05_bce", points = 1)
    void bceTwo(Student s) {
        // log(1 + e^-2) = 0.12692801; for z = -2: 0 + 2 + 0.12692801
        assertClose(tensor(1.12692801f), s.tensor("bceWithLogits", tensor(2f, -2f), tensor(1f, 1f)));
    }

    @Test
    @DisplayName("plainLossAtSix is -log softmax([6, 0, 0])_0 = log(1 + 2 e^-6) = 0.004945")
    @Graded(exercise = "ch05_smoothing", points = 1)
    void plainAtSix(Student s) {
        double expected = Math.log(1 + 2 * Math.exp(-6));
        assertEquals(expected, s.call("plainLossAtSix", Double.class), 1e-5);
    }
}
