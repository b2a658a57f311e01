package baeum.exercises.ch00;

import static baeum.Baeum.tensor;
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
 * Public tests of chapter 0 (the big picture and history): run by {@code check()} in the
 * student's notebook and again at grading. Expected values are worked out by hand in the
 * comments, never computed by the code under test.
 */
@HiddenTests(exercise = "ch00_iou", count = 2)
@HiddenTests(exercise = "ch00_energy", count = 1)
@HiddenTests(exercise = "ch00_rbm_probs", count = 1)
@HiddenTests(exercise = "ch00_cd1", count = 1)
public final class Ch00PublicTests implements PublicTests {

    @Test
    @DisplayName("a box overlaps itself completely: IoU 1")
    @Graded(exercise = "ch00_iou", points = 1)
    void iouOfTheSameBox(Student s) {
        assertEquals(1.0, s.call("iou", Double.class, new double[] {2, 3, 6, 7}, new double[] {2, 3, 6, 7}), 1e-9);
    }

    @Test
    @DisplayName("two 2x2 boxes that share a 1x2 strip: IoU 2 / 6")
    @Graded(exercise = "ch00_iou", points = 1)
    void iouOfHalfShiftedBoxes(Student s) {
        // (0,0)-(2,2) and (1,0)-(3,2): intersection 1 x 2 = 2, union 4 + 4 - 2 = 6
        assertEquals(2.0 / 6, s.call("iou", Double.class, new double[] {0, 0, 2, 2}, new double[] {1, 0, 3, 2}), 1e-9);
    }

    @Test
    @DisplayName("the energy of (v, h) worked out by hand, and two answers in all")
    @Graded(exercise = "ch00_energy", points = 1)
    void energyByHand(Student s) {
        double[] answers = s.call("energyByHand", double[].class);
        assertEquals(2, answers.length, "energyByHand returns two numbers: the energy and the probability");
        // a.v = 0.5, b.h = -1, v W h = v . (first column of W) = 1 + 2 = 3; E = -0.5 + 1 - 3
        assertEquals(-2.5, answers[0], 1e-6);
    }

    @Test
    @DisplayName("hiddenProb of one visible vector")
    @Graded(exercise = "ch00_rbm_probs", points = 1)
    void hiddenProbOfOneVector(Student s) {
        Tensor v = tensor(new float[][] {{1, 0}});
        Tensor w = tensor(new float[][] {{2, -1, 0}, {5, 5, 5}});
        Tensor b = tensor(0f, 1f, 0f);
        // v W + b = (2, -1, 0) + (0, 1, 0) = (2, 0, 0): sigmoid = (0.880797, 0.5, 0.5)
        assertClose(tensor(new float[][] {{0.88079708f, 0.5f, 0.5f}}), s.tensor("hiddenProb", v, w, b));
    }

    @Test
    @DisplayName("visibleProb of one hidden vector")
    @Graded(exercise = "ch00_rbm_probs", points = 1)
    void visibleProbOfOneVector(Student s) {
        Tensor h = tensor(new float[][] {{0, 1, 1}});
        Tensor w = tensor(new float[][] {{2, -1, 0}, {5, 5, -5}});
        Tensor a = tensor(1f, 0f);
        // h W^T + a = (-1 + 0, 5 - 5) + (1, 0) = (0, 0): sigmoid = (0.5, 0.5)
        assertClose(tensor(new float[][] {{0.5f, 0.5f}}), s.tensor("visibleProb", h, w, a));
    }

    @Test
    @DisplayName("one CD-1 step with zero weights, worked out by hand")
    @Graded(exercise = "ch00_cd1", points = 2)
    void cd1FromZero(Student s) {
        // W = 0, a = 0, b = 0: every probability is sigmoid(0) = 0.5.
        // v0 = (1, 0), h0 = (1): ph0 = 0.5, v1 = (0.5, 0.5), ph1 = 0.5.
        // dW = v0^T ph0 - v1^T ph1 = (0.5, 0) - (0.25, 0.25) = (0.25, -0.25); da = v0 - v1 = (0.5, -0.5); db = 0.
        List<?> out = s.call("cd1Step", List.class, tensor(new float[][] {{1, 0}}), tensor(new float[][] {{1}}),
                tensor(new float[][] {{0}, {0}}), tensor(0f, 0f), tensor(new float[] {0f}), 0.1);
        assertEquals(3, out.size(), "cd1Step returns List.of(newW, newA, newB)");
        assertClose(tensor(new float[][] {{0.025f}, {-0.025f}}), (Tensor) out.get(0));
        assertClose(tensor(0.05f, -0.05f), (Tensor) out.get(1));
        assertClose(tensor(new float[] {0f}), (Tensor) out.get(2));
    }
}
