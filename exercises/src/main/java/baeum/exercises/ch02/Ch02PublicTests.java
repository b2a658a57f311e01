package baeum.exercises.ch02;

import static baeum.Baeum.eye;
import static baeum.Baeum.ones;
import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests of chapter 2 (a weight update is learning). The expected weights are worked out by
 * hand from dL/dw = 2/N x^T (xw + b - y) and dL/db = 2/N sum(xw + b - y).
 */
@HiddenTests(exercise = "ch02_step", count = 2)
@HiddenTests(exercise = "ch02_fit", count = 2)
public final class Ch02PublicTests implements PublicTests {

    /** x = (1, 2), y = (2, 4): the line y = 2x through the origin. */
    static final Tensor X = tensor(new float[][] {{1}, {2}});
    static final Tensor Y = tensor(new float[][] {{2}, {4}});

    /** The student's method's list of two tensors, checked for its length. */
    static List<?> weights(Student s, String method, Object... args) {
        List<?> out = s.call(method, List.class, args);
        assertEquals(2, out.size(), method + " must return List.of(w, b)");
        return out;
    }

    @Test
    @DisplayName("sgdStep from w = 0, b = 0 on y = 2x with lr 0.1 gives w = 1.0, b = 0.6")
    @Graded(exercise = "ch02_step", points = 1)
    void stepFromZero(Student s) {
        // residuals (-2, -4): dL/dw = -2*1 - 4*2 = -10, dL/db = -6
        List<?> wb = weights(s, "sgdStep", zeros(1, 1), zeros(1), X, Y, 0.1);
        assertClose(tensor(new float[][] {{1.0f}}), (Tensor) wb.get(0));
        assertClose(tensor(new float[] {0.6f}), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("sgdStep with two features: w = (1, 1), b = 1, lr 0.5 gives w = (0.5, 0.5), b = 0")
    @Graded(exercise = "ch02_step", points = 1)
    void stepTwoFeatures(Student s) {
        // x = I, y = (1, 1), prediction (2, 2): residuals (1, 1), dL/dw = (1, 1), dL/db = 2
        List<?> wb = weights(s, "sgdStep", ones(2, 1), ones(1), eye(2), ones(2, 1), 0.5);
        assertClose(tensor(new float[][] {{0.5f}, {0.5f}}), (Tensor) wb.get(0));
        assertClose(tensor(new float[] {0f}), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("fit with 0 steps returns w = 0 of shape (1, 1) and b = 0 of shape (1)")
    @Graded(exercise = "ch02_fit", points = 1)
    void fitNoSteps(Student s) {
        List<?> wb = weights(s, "fit", X, Y, 0.1, 0);
        assertClose(zeros(1, 1), (Tensor) wb.get(0));
        assertClose(zeros(1), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("fit with 2 steps of lr 0.1 on y = 2x gives w = 1.32, b = 0.78 (gradients cleared between steps)")
    @Graded(exercise = "ch02_fit", points = 1)
    void fitTwoSteps(Student s) {
        // step 1: w = 1, b = 0.6; step 2: residuals (-0.4, -1.4), dL/dw = -3.2, dL/db = -1.8
        List<?> wb = weights(s, "fit", X, Y, 0.1, 2);
        assertClose(tensor(new float[][] {{1.32f}}), (Tensor) wb.get(0));
        assertClose(tensor(new float[] {0.78f}), (Tensor) wb.get(1));
    }
}
