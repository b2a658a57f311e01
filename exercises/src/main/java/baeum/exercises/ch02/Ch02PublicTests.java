package baeum.exercises.ch02;

import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests of chapter 2 (learning is updating weights). The model is y = wx + b on
 * one-dimensional data, x and y of shape (N), w and b of shape (1); the expected values are worked
 * out by hand from dJ/dw = 2/N sum(r x) and dJ/db = 2/N sum(r), r = wx + b - y, and, for the
 * two-layer network, by the chain rule through relu.
 */
@HiddenTests(exercise = "ch02_grads", count = 2)
@HiddenTests(exercise = "ch02_chain", count = 2)
@HiddenTests(exercise = "ch02_step", count = 1)
@HiddenTests(exercise = "ch02_fit", count = 1)
@HiddenTests(exercise = "ch02_lr", count = 1)
public final class Ch02PublicTests implements PublicTests {

    /** x = (1, 2), y = (2, 4): the line y = 2x through the origin. */
    static final Tensor X = tensor(1f, 2f);
    static final Tensor Y = tensor(2f, 4f);

    static Tensor one(float v) {
        return tensor(new float[] {v});
    }

    /** The student's method's list of two tensors, checked for its length. */
    static List<?> pair(Student s, String method, Object... args) {
        List<?> out = s.call(method, List.class, args);
        assertEquals(2, out.size(), method + " must return a list of two tensors");
        return out;
    }

    @Test
    @DisplayName("mseGrads at w = 0, b = 0 on the points (1, 2), (2, 4) is dw = -10, db = -6, both of shape (1)")
    @Graded(exercise = "ch02_grads", points = 1)
    void gradsFromZero(Student s) {
        // r = (-2, -4): dw = (2/2)(-2*1 - 4*2) = -10, db = (2/2)(-2 - 4) = -6
        List<?> g = pair(s, "mseGrads", one(0), one(0), X, Y);
        assertClose(one(-10), (Tensor) g.get(0));
        assertClose(one(-6), (Tensor) g.get(1));
    }

    @Test
    @DisplayName("mseGrads is zero where the line fits exactly (w = 2, b = 0)")
    @Graded(exercise = "ch02_grads", points = 1)
    void gradsAtTheMinimum(Student s) {
        List<?> g = pair(s, "mseGrads", one(2), one(0), X, Y);
        assertClose(one(0), (Tensor) g.get(0));
        assertClose(one(0), (Tensor) g.get(1));
    }

    @Test
    @DisplayName("twoLayerGrads of one sample with both hidden units active")
    @Graded(exercise = "ch02_chain", points = 1)
    void chainAllActive(Student s) {
        // h = (1, 1), y_hat = 2 + 3 = 5, G = 2(5 - 3) = 4; dW2 = a^T G = (4, 4); G_A = 4 * (2, 3) = (8, 12)
        // dW1 = x^T G_H = (1, 2)^T (8, 12)
        Tensor x = tensor(new float[][] {{1, 2}});
        Tensor w1 = tensor(new float[][] {{1, -1}, {0, 1}});
        Tensor w2 = tensor(new float[][] {{2}, {3}});
        List<?> g = pair(s, "twoLayerGrads", x, w1, w2, tensor(new float[][] {{3}}));
        assertClose(tensor(new float[][] {{8, 12}, {16, 24}}), (Tensor) g.get(0));
        assertClose(tensor(new float[][] {{4}, {4}}), (Tensor) g.get(1));
    }

    @Test
    @DisplayName("twoLayerGrads passes no gradient through a hidden unit that relu switched off")
    @Graded(exercise = "ch02_chain", points = 1)
    void chainOneOff(Student s) {
        // h = (1, -3) -> a = (1, 0), y_hat = 2, G = 2(2 - 3) = -2; dW2 = (-2, 0); G_A = (-4, -6), G_H = (-4, 0)
        Tensor x = tensor(new float[][] {{1, 2}});
        Tensor w1 = tensor(new float[][] {{1, -1}, {0, -1}});
        Tensor w2 = tensor(new float[][] {{2}, {3}});
        List<?> g = pair(s, "twoLayerGrads", x, w1, w2, tensor(new float[][] {{3}}));
        assertClose(tensor(new float[][] {{-4, 0}, {-8, 0}}), (Tensor) g.get(0));
        assertClose(tensor(new float[][] {{-2}, {0}}), (Tensor) g.get(1));
    }

    @Test
    @DisplayName("sgdStep from w = 0, b = 0 on y = 2x with lr 0.1 gives w = 1.0, b = 0.6")
    @Graded(exercise = "ch02_step", points = 1)
    void stepFromZero(Student s) {
        // dw = -10, db = -6: w = 0 + 1.0, b = 0 + 0.6
        List<?> wb = pair(s, "sgdStep", one(0), one(0), X, Y, 0.1);
        assertClose(one(1.0f), (Tensor) wb.get(0));
        assertClose(one(0.6f), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("sgdStep on x = (0, 1, 2), y = (1, 1, 1) from w = 1, b = 1 with lr 0.3 gives w = 0, b = 0.4")
    @Graded(exercise = "ch02_step", points = 1)
    void stepThreePoints(Student s) {
        // r = (0, 1, 2): dw = (2/3)(0 + 1 + 4) = 10/3, db = (2/3)(3) = 2; w = 1 - 1 = 0, b = 1 - 0.6 = 0.4
        List<?> wb = pair(s, "sgdStep", one(1), one(1), tensor(0f, 1f, 2f), tensor(1f, 1f, 1f), 0.3);
        assertClose(one(0f), (Tensor) wb.get(0), 0, 1e-5);
        assertClose(one(0.4f), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("fit with 0 steps returns w = 0 and b = 0, both of shape (1)")
    @Graded(exercise = "ch02_fit", points = 1)
    void fitNoSteps(Student s) {
        List<?> wb = pair(s, "fit", X, Y, 0.1, 0);
        assertClose(zeros(1), (Tensor) wb.get(0));
        assertClose(zeros(1), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("fit with 2 steps of lr 0.1 on y = 2x gives w = 1.32, b = 0.78 (gradients cleared between steps)")
    @Graded(exercise = "ch02_fit", points = 1)
    void fitTwoSteps(Student s) {
        // step 1: w = 1, b = 0.6; step 2: r = (-0.4, -1.4), dw = -3.2, db = -1.8
        List<?> wb = pair(s, "fit", X, Y, 0.1, 2);
        assertClose(one(1.32f), (Tensor) wb.get(0));
        assertClose(one(0.78f), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("largestStableRate reports one of the rates 0.05, 0.10, ..., 1.00")
    @Graded(exercise = "ch02_lr", points = 1)
    void lrOnTheGrid(Student s) {
        double rate = s.call("largestStableRate", Double.class);
        long k = Math.round(rate / 0.05);
        assertTrue(k >= 1 && k <= 20 && Math.abs(rate - 0.05 * k) < 1e-9,
                "expected one of 0.05, 0.10, ..., 1.00 but got " + rate);
    }
}
