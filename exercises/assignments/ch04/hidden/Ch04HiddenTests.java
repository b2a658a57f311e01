package baeum.exercises.ch04.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 4: compiled and run only by the grader. Inputs are made here and the
 * expected values come from values worked out by hand or from the engine's own ops, in the
 * grader's JVM; the student's session only ever returns its answers.
 */
public final class Ch04HiddenTests {

    private static Tensor randomInput(long seed, int... shape) {
        manualSeed(seed);
        return randn(shape).mul(4);
    }

    @Test
    @DisplayName("sigmoid saturates without NaN at -100 and 100")
    @Graded(exercise = "ch04_sigmoid", points = 1)
    void sigmoidExtremes(Student s) {
        assertClose(tensor(0f, 1f), s.tensor("sigmoid", tensor(-100f, 100f)), 0, 1e-6);
    }

    @Test
    @DisplayName("sigmoid matches the reference on a random (4, 5) tensor")
    @Graded(exercise = "ch04_sigmoid", points = 2)
    void sigmoidRandom(Student s) {
        Tensor x = randomInput(41, 4, 5);
        assertClose(x.sigmoid(), s.tensor("sigmoid", x));
    }

    @Test
    @DisplayName("relu matches the reference on a random (3, 4, 2) tensor")
    @Graded(exercise = "ch04_relu", points = 2)
    void reluRandom(Student s) {
        Tensor x = randomInput(42, 3, 4, 2);
        assertClose(x.relu(), s.tensor("relu", x));
    }

    @Test
    @DisplayName("relu of all-negative input is all zeros")
    @Graded(exercise = "ch04_relu", points = 1)
    void reluNegative(Student s) {
        assertClose(tensor(0f, 0f, 0f), s.tensor("relu", tensor(-0.5f, -7f, -1e-3f)));
    }

    @Test
    @DisplayName("softmax is stable for large inputs ([1000, 1001, 1002])")
    @Graded(exercise = "ch04_softmax", points = 2)
    void softmaxStable(Student s) {
        assertClose(tensor(0.09003057f, 0.24472847f, 0.66524096f), s.tensor("softmax", tensor(1000f, 1001f, 1002f)));
    }

    @Test
    @DisplayName("softmax matches the reference on a random (4, 6) tensor")
    @Graded(exercise = "ch04_softmax", points = 2)
    void softmaxRandom(Student s) {
        Tensor x = randomInput(43, 4, 6);
        assertClose(x.softmax(-1), s.tensor("softmax", x));
    }
}
