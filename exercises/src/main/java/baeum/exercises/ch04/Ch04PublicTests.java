package baeum.exercises.ch04;

import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests of chapter 4 (activations): run by {@code check()} in the student's notebook and
 * again at grading. Expected values are worked out by hand (or taken from PyTorch's documentation),
 * never computed by the code under test.
 */
@HiddenTests(exercise = "ch04_sigmoid", count = 2)
@HiddenTests(exercise = "ch04_relu", count = 2)
@HiddenTests(exercise = "ch04_softmax", count = 2)
@HiddenTests(exercise = "ch04_chain_by_hand", count = 2)
@ExerciseRules(exercise = "ch04_sigmoid", forbidden = {"sigmoid"})
@ExerciseRules(exercise = "ch04_relu", forbidden = {"relu"})
@ExerciseRules(exercise = "ch04_softmax", forbidden = {"softmax", "logSoftmax"})
public final class Ch04PublicTests implements PublicTests {

    @Test
    @DisplayName("sigmoid(0) is 0.5")
    @Graded(exercise = "ch04_sigmoid", points = 1)
    void sigmoidOfZero(Student s) {
        assertClose(tensor(0.5f), s.tensor("sigmoid", tensor(0f)));
    }

    @Test
    @DisplayName("sigmoid of [-2, 0, 2] is [0.1192, 0.5, 0.8808]")
    @Graded(exercise = "ch04_sigmoid", points = 1)
    void sigmoidOfVector(Student s) {
        // 1 / (1 + e^2) = 0.11920292; 1 / (1 + e^-2) = 0.88079708
        assertClose(tensor(0.11920292f, 0.5f, 0.88079708f), s.tensor("sigmoid", tensor(-2f, 0f, 2f)));
    }

    @Test
    @DisplayName("relu of [-1, 0, 2.5] is [0, 0, 2.5]")
    @Graded(exercise = "ch04_relu", points = 1)
    void reluOfVector(Student s) {
        assertClose(tensor(0f, 0f, 2.5f), s.tensor("relu", tensor(-1f, 0f, 2.5f)));
    }

    @Test
    @DisplayName("relu keeps the shape (2, 2)")
    @Graded(exercise = "ch04_relu", points = 1)
    void reluKeepsShape(Student s) {
        Tensor x = tensor(new float[][] {{-3f, 4f}, {5f, -6f}});
        assertClose(tensor(new float[][] {{0f, 4f}, {5f, 0f}}), s.tensor("relu", x));
    }

    @Test
    @DisplayName("softmax of [1, 2, 3] is [0.0900, 0.2447, 0.6652]")
    @Graded(exercise = "ch04_softmax", points = 1)
    void softmaxOfVector(Student s) {
        // e^k / (e + e^2 + e^3) for k = 1, 2, 3
        assertClose(tensor(0.09003057f, 0.24472847f, 0.66524096f), s.tensor("softmax", tensor(1f, 2f, 3f)));
    }

    @Test
    @DisplayName("softmax works on each row of a (2, 3) matrix")
    @Graded(exercise = "ch04_softmax", points = 1)
    void softmaxRows(Student s) {
        Tensor x = tensor(new float[][] {{1f, 2f, 3f}, {0f, 0f, 0f}});
        float third = 1f / 3;
        assertClose(tensor(new float[][] {{0.09003057f, 0.24472847f, 0.66524096f}, {third, third, third}}),
                s.tensor("softmax", x));
    }

    @Test
    @DisplayName("sigmoidChainGradients returns three numbers, the first dh1/dx = sigma'(0) = 0.25")
    @Graded(exercise = "ch04_chain_by_hand", points = 2)
    void chainFirst(Student s) {
        double[] got = s.call("sigmoidChainGradients", double[].class);
        assertEquals(3, got.length, "sigmoidChainGradients must return three numbers");
        assertEquals(0.25, got[0], 1e-9, "dh1/dx at x = 0 is sigma'(0) = sigma(0) (1 - sigma(0))");
    }
}
