package baeum.exercises.ch10;

import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 10 (regularization); expected values worked out by hand. */
@HiddenTests(exercise = "ch10_dropout", count = 2)
@HiddenTests(exercise = "ch10_early_stopping", count = 2)
@HiddenTests(exercise = "ch10_label_smoothing", count = 2)
@HiddenTests(exercise = "ch10_by_hand", count = 3)
@ExerciseRules(exercise = "ch10_dropout", forbidden = {"dropout"})
public final class Ch10PublicTests implements PublicTests {

    @Test
    @DisplayName("dropout of (1, 2, 3, 4) with u = (0.1, 0.6, 0.5, 0.9), p = 0.5 is (0, 4, 6, 8)")
    @Graded(exercise = "ch10_dropout", points = 1)
    void dropoutHalf(Student s) {
        assertClose(tensor(0f, 4f, 6f, 8f), s.tensor("dropout", tensor(1f, 2f, 3f, 4f), tensor(0.1f, 0.6f, 0.5f, 0.9f), 0.5));
    }

    @Test
    @DisplayName("dropout with p = 0 keeps everything unchanged")
    @Graded(exercise = "ch10_dropout", points = 1)
    void dropoutNone(Student s) {
        assertClose(tensor(1f, -2f), s.tensor("dropout", tensor(1f, -2f), tensor(0f, 0.3f), 0.0));
    }

    @Test
    @DisplayName("earlyStop of (1.0, 0.8, 0.7, 0.75, 0.72, 0.71, 0.9) with patience 3 is {5, 2}")
    @Graded(exercise = "ch10_early_stopping", points = 1)
    void earlyStopExample(Student s) {
        double[] losses = {1.0, 0.8, 0.7, 0.75, 0.72, 0.71, 0.9};
        assertArrayEquals(new int[] {5, 2}, s.call("earlyStop", int[].class, losses, 3));
    }

    @Test
    @DisplayName("earlyStop of steadily falling losses (3, 2, 1) never stops: {2, 2}")
    @Graded(exercise = "ch10_early_stopping", points = 1)
    void earlyStopNever(Student s) {
        assertArrayEquals(new int[] {2, 2}, s.call("earlyStop", int[].class, new double[] {3, 2, 1}, 2));
    }

    @Test
    @DisplayName("smoothLabels of (0, 2) with 3 classes and eps 0.3 is ((0.8, 0.1, 0.1), (0.1, 0.1, 0.8))")
    @Graded(exercise = "ch10_label_smoothing", points = 2)
    void smoothSmall(Student s) {
        assertClose(tensor(new float[][] {{0.8f, 0.1f, 0.1f}, {0.1f, 0.1f, 0.8f}}), s.tensor("smoothLabels", tensor(0, 2), 3, 0.3));
    }

    @Test
    @DisplayName("byHand returns four values, and the first (SGD with the L2 penalty) is right")
    @Graded(exercise = "ch10_by_hand", points = 1)
    void byHandFirst(Student s) {
        double[] v = s.call("byHand", double[].class);
        assertEquals(4, v.length, "byHand must return the four answers in order");
        assertEquals(2 - 0.1 * (0.5 + 2 * 0.25 * 2), v[0], 1e-6, "question 1: w - lr (dL/dw + 2 lambda w)");
    }
}
