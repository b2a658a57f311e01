package baeum.exercises.ch07;

import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 7 (optimizers and schedules); expected values worked out by hand. */
@HiddenTests(exercise = "ch07_momentum", count = 2)
@HiddenTests(exercise = "ch07_adam", count = 2)
@HiddenTests(exercise = "ch07_by_hand", count = 2)
@HiddenTests(exercise = "ch07_good_lr", count = 1)
@ExerciseRules(exercise = "ch07_good_lr", timeout = 30)
public final class Ch07PublicTests implements PublicTests {

    @Test
    @DisplayName("momentumPath from (1, 1), lr 0.1, momentum 0.9, 2 steps: (1, 1), (0.99, 0.6), (0.9711, 0)")
    @Graded(exercise = "ch07_momentum", points = 1)
    void momentumTwoSteps(Student s) {
        // g1 = (0.1, 4) = v1; g2 = (0.099, 2.4), v2 = 0.9 v1 + g2 = (0.189, 6)
        Tensor expected = tensor(new float[][] {{1, 1}, {0.99f, 0.6f}, {0.9711f, 0}});
        assertClose(expected, s.tensor("momentumPath", tensor(1f, 1f), 0.1, 0.9, 2));
    }

    @Test
    @DisplayName("momentumPath with momentum 0 is plain SGD: (2, -1) -> (1.98, -0.6) with lr 0.1")
    @Graded(exercise = "ch07_momentum", points = 1)
    void momentumZero(Student s) {
        // g = (0.2, -4): p - 0.1 g
        assertClose(tensor(new float[][] {{2, -1}, {1.98f, -0.6f}}), s.tensor("momentumPath", tensor(2f, -1f), 0.1, 0.0, 1));
    }

    @Test
    @DisplayName("adamStep at t = 1 from m = s = 0 moves each parameter by about lr against its gradient")
    @Graded(exercise = "ch07_adam", points = 1)
    void adamFirstStep(Student s) {
        // m = 0.1 g, s = 0.001 g^2; corrected: m^ = g, s^ = g^2, so the step is lr * g / |g|
        List<?> out = s.call("adamStep", List.class, tensor(1f, -2f), tensor(0.5f, -4f), zeros(2), zeros(2), 1, 0.1);
        assertEquals(3, out.size(), "adamStep must return List.of(newParam, newM, newS)");
        assertClose(tensor(0.9f, -1.9f), (Tensor) out.get(0));
        assertClose(tensor(0.05f, -0.4f), (Tensor) out.get(1));
        assertClose(tensor(0.00025f, 0.016f), (Tensor) out.get(2));
    }

    @Test
    @DisplayName("adamStep at t = 2 uses the bias corrections 1 - 0.9^2 and 1 - 0.999^2")
    @Graded(exercise = "ch07_adam", points = 1)
    void adamSecondStep(Student s) {
        // m = 0.9 * 0.1 + 0.1 * 1 = 0.19 -> m^ = 0.19 / 0.19 = 1; s = 0.999 * 0.001 + 0.001 = 0.001999 -> s^ = 1
        List<?> out = s.call("adamStep", List.class, tensor(new float[] {0f}), tensor(new float[] {1f}),
                tensor(new float[] {0.1f}), tensor(new float[] {0.001f}), 2, 0.5);
        assertClose(tensor(new float[] {-0.5f}), (Tensor) out.get(0));
        assertClose(tensor(new float[] {0.19f}), (Tensor) out.get(1));
        assertClose(tensor(new float[] {0.001999f}), (Tensor) out.get(2));
    }

    @Test
    @DisplayName("adagradByHand returns two numbers, and the first step lands at w1 = 0.5")
    @Graded(exercise = "ch07_by_hand", points = 1)
    void adagradFirstStep(Student s) {
        // g0 = 2 w0 = 2, G1 = 4, w1 = 1 - 0.5 * 2 / sqrt(4) = 0.5
        double[] w = s.call("adagradByHand", double[].class);
        assertEquals(2, w.length, "adagradByHand must return new double[] {w1, w2}");
        assertEquals(0.5, w[0], 1e-6, "w1");
    }

    @Test
    @DisplayName("largestGoodLr is one of the learning rates 0.1, 0.2, ..., 0.6")
    @Graded(exercise = "ch07_good_lr", points = 1)
    void goodLrInGrid(Student s) {
        double lr = s.call("largestGoodLr", Double.class);
        boolean inGrid = false;
        for (double c : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) inGrid |= Math.abs(lr - c) < 1e-9;
        assertTrue(inGrid, "largestGoodLr must return one of 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, got " + lr);
    }
}
