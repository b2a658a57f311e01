package baeum.exercises.ch01;

import static baeum.Baeum.ones;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * Public tests of chapter 1 (tensors and broadcasting): run by {@code check()} in the notebook and
 * again at grading. Expected values are worked out by hand.
 */
@HiddenTests(exercise = "ch01_gray", count = 2)
@HiddenTests(exercise = "ch01_normalize", count = 2)
@HiddenTests(exercise = "ch01_broadcast", count = 2)
@HiddenTests(exercise = "ch01_predict", count = 2)
public final class Ch01PublicTests implements PublicTests {

    private static final Tensor BT709 = tensor(0.2126f, 0.7152f, 0.0722f);

    @Test
    @DisplayName("toGray of one (3, 1, 2) image is (1, 2): [0.2848, 0.7874]")
    @Graded(exercise = "ch01_gray", points = 1)
    void grayOneImage(Student s) {
        // red [1, 0], green [0, 1], blue [1, 1]: 0.2126 + 0.0722 and 0.7152 + 0.0722
        Tensor img = tensor(new float[][][] {{{1, 0}}, {{0, 1}}, {{1, 1}}});
        assertClose(tensor(new float[][] {{0.2848f, 0.7874f}}), s.tensor("toGray", img, BT709));
    }

    @Test
    @DisplayName("toGray of a batch (2, 3, 1, 1) with weights (1, 2, 3) is (2, 1, 1): 6 and 7")
    @Graded(exercise = "ch01_gray", points = 1)
    void grayBatch(Student s) {
        // image 0: all ones -> 1 + 2 + 3 = 6; image 1: (1, 0, 2) -> 1 + 0 + 6 = 7
        Tensor batch = tensor(new float[][][][] {{{{1}}, {{1}}, {{1}}}, {{{1}}, {{0}}, {{2}}}});
        assertClose(tensor(new float[][][] {{{6}}, {{7}}}), s.tensor("toGray", batch, tensor(1f, 2f, 3f)));
    }

    @Test
    @DisplayName("normalize of a (1, 2, 1, 2) batch with mean (2, 10) and std (1, 5)")
    @Graded(exercise = "ch01_normalize", points = 1)
    void normalizeSmall(Student s) {
        // channel 0: ([1, 3] - 2) / 1 = [-1, 1]; channel 1: ([10, 20] - 10) / 5 = [0, 2]
        Tensor x = tensor(new float[][][][] {{{{1, 3}}, {{10, 20}}}});
        Tensor expected = tensor(new float[][][][] {{{{-1, 1}}, {{0, 2}}}});
        assertClose(expected, s.tensor("normalize", x, tensor(2f, 10f), tensor(1f, 5f)));
    }

    @Test
    @DisplayName("normalize keeps the shape (2, 3, 2, 2): ones with mean (0, 0.5, 1), std (1, 0.5, 2) give 1, 1, 0")
    @Graded(exercise = "ch01_normalize", points = 1)
    void normalizeShape(Student s) {
        Tensor expected = ones(2, 3, 2, 2).mul(tensor(1f, 1f, 0f).view(1, 3, 1, 1));
        assertClose(expected, s.tensor("normalize", ones(2, 3, 2, 2), tensor(0f, 0.5f, 1f), tensor(1f, 0.5f, 2f)));
    }

    @Test
    @DisplayName("broadcastShape of (2, 3) and (3) is (2, 3)")
    @Graded(exercise = "ch01_broadcast", points = 1)
    void broadcastRowVector(Student s) {
        assertArrayEquals(new int[] {2, 3}, s.call("broadcastShape", int[].class, new int[] {2, 3}, new int[] {3}));
    }

    @Test
    @DisplayName("broadcastShape of (2, 1) and (1, 3) is (2, 3)")
    @Graded(exercise = "ch01_broadcast", points = 1)
    void broadcastOuter(Student s) {
        assertArrayEquals(new int[] {2, 3}, s.call("broadcastShape", int[].class, new int[] {2, 1}, new int[] {1, 3}));
    }

    @Test
    @DisplayName("predictedShapes has five shapes; the first two are (2, 3, 5, 5) and (2, 3, 5)")
    @Graded(exercise = "ch01_predict", points = 1)
    void predictFirstTwo(Student s) {
        // (2, 3, 5, 5) * (3, 1, 1) keeps (2, 3, 5, 5); sum(-1) removes the last axis
        List<?> shapes = s.call("predictedShapes", List.class);
        assertEquals(5, shapes.size(), "predictedShapes must return five shapes");
        assertArrayEquals(new int[] {2, 3, 5, 5}, (int[]) shapes.get(0), "shape 1");
        assertArrayEquals(new int[] {2, 3, 5}, (int[]) shapes.get(1), "shape 2");
    }
}
