package baeum.exercises.ch03.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 3: references computed with the engine's ops in the grader's JVM. */
public final class Ch03HiddenTests {

    @Test
    @DisplayName("perceptronPredict on random inputs (10, 3) matches the sign of x.w + b")
    @Graded(exercise = "ch03_perceptron", points = 2)
    void perceptronRandom(Student s) {
        manualSeed(31);
        Tensor x = randn(10, 3), w = randn(3);
        Tensor z = x.matmul(w).add(0.3);
        assertClose(z.sign().clampMin(0), s.tensor("perceptronPredict", x, w, 0.3));
    }

    @Test
    @DisplayName("perceptronPredict with a large negative bias answers 0 everywhere")
    @Graded(exercise = "ch03_perceptron", points = 1)
    void perceptronAllZero(Student s) {
        Tensor x = tensor(new float[][] {{1, 1}, {2, 3}, {-4, 5}});
        assertClose(tensor(0f, 0f, 0f), s.tensor("perceptronPredict", x, tensor(1f, 1f), -100.0));
    }

    @Test
    @DisplayName("mlpForward on random (5, 3) inputs, H = 4, K = 2 matches the reference")
    @Graded(exercise = "ch03_mlp", points = 2)
    void mlpRandom(Student s) {
        manualSeed(32);
        Tensor x = randn(5, 3), w1 = randn(3, 4), b1 = randn(4), w2 = randn(4, 2), b2 = randn(2);
        Tensor expected = x.matmul(w1).add(b1).clampMin(0).matmul(w2).add(b2);
        assertClose(expected, s.tensor("mlpForward", x, w1, b1, w2, b2));
    }

    @Test
    @DisplayName("mlpForward with all hidden units negative returns b2 for every row")
    @Graded(exercise = "ch03_mlp", points = 1)
    void mlpDeadHidden(Student s) {
        Tensor x = tensor(new float[][] {{1, 2}, {3, 4}});
        Tensor w1 = tensor(new float[][] {{1, 1, 1}, {1, 1, 1}}), b1 = tensor(-100f, -100f, -100f);
        Tensor w2 = tensor(new float[][] {{5}, {6}, {7}}), b2 = tensor(new float[] {0.25f});
        assertClose(tensor(new float[][] {{0.25f}, {0.25f}}), s.tensor("mlpForward", x, w1, b1, w2, b2));
    }
}
