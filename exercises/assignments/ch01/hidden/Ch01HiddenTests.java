package baeum.exercises.ch01.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.rand;
import static baeum.Baeum.stack;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.exercises.StudentException;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 1: compiled and run only by the grader. Expected values come from the
 * engine's ops taken another way (a matrix product, a loop over channels) in the grader's JVM, and
 * expected shapes are worked out by hand.
 */
public final class Ch01HiddenTests {

    @Test
    @DisplayName("toGray of a random batch matches a matrix product over channels")
    @Graded(exercise = "ch01_gray", points = 1)
    void grayRandomBatch(Student s) {
        manualSeed(11);
        Tensor x = rand(4, 3, 5, 6);
        Tensor w = tensor(0.2126f, 0.7152f, 0.0722f);
        Tensor expected = x.permute(0, 2, 3, 1).matmul(w);   // (4, 5, 6, 3) @ (3) -> (4, 5, 6)
        assertClose(expected, s.tensor("toGray", x, w));
    }

    @Test
    @DisplayName("toGray works with more leading dimensions")
    @Graded(exercise = "ch01_gray", points = 1)
    void grayFiveDims(Student s) {
        manualSeed(12);
        Tensor x = rand(2, 2, 3, 4, 4);
        Tensor w = tensor(0.3f, 0.5f, 0.2f);
        Tensor expected = x.select(2, 0).mul(0.3).add(x.select(2, 1).mul(0.5)).add(x.select(2, 2).mul(0.2));
        assertClose(expected, s.tensor("toGray", x, w));
    }

    @Test
    @DisplayName("normalize of a random colour batch matches channel-by-channel arithmetic")
    @Graded(exercise = "ch01_normalize", points = 1)
    void normalizeRandom(Student s) {
        manualSeed(13);
        Tensor x = rand(4, 3, 5, 5);
        float[] mean = {0.485f, 0.456f, 0.406f}, std = {0.229f, 0.224f, 0.225f};
        Tensor[] channels = new Tensor[3];
        for (int c = 0; c < 3; c++) channels[c] = x.select(1, c).sub(mean[c]).div(std[c]);
        assertClose(stack(1, channels), s.tensor("normalize", x, tensor(mean), tensor(std)));
    }

    @Test
    @DisplayName("normalize of grey images: one channel")
    @Graded(exercise = "ch01_normalize", points = 1)
    void normalizeOneChannel(Student s) {
        manualSeed(14);
        Tensor x = rand(2, 1, 3, 3);
        assertClose(x.sub(0.2860).div(0.3530), s.tensor("normalize", x, tensor(new float[] {0.2860f}), tensor(new float[] {0.3530f})));
    }

    @Test
    @DisplayName("broadcastShape of shapes of different lengths, and of a scalar shape")
    @Graded(exercise = "ch01_broadcast", points = 1)
    void broadcastLonger(Student s) {
        // from the right: 1|5 -> 5, 6|1 -> 6, 1|7 -> 7, 8|(none) -> 8
        assertArrayEquals(new int[] {8, 7, 6, 5},
                s.call("broadcastShape", int[].class, new int[] {8, 1, 6, 1}, new int[] {7, 1, 5}));
        assertArrayEquals(new int[] {3, 4}, s.call("broadcastShape", int[].class, new int[] {}, new int[] {3, 4}));
    }

    @Test
    @DisplayName("broadcastShape throws for shapes that do not fit")
    @Graded(exercise = "ch01_broadcast", points = 1)
    void broadcastMismatch(Student s) {
        StudentException e = assertThrows(StudentException.class,
                () -> s.call("broadcastShape", int[].class, new int[] {2, 3}, new int[] {2}));
        assertEquals(StudentException.Kind.THREW, e.kind(), e.getMessage());
        assertFalse(e.getMessage().contains("not done yet"), e.getMessage());
    }

    @Test
    @DisplayName("predictedShapes: the reduction and the unsqueeze")
    @Graded(exercise = "ch01_predict", points = 1)
    void predictMiddle(Student s) {
        List<?> shapes = s.call("predictedShapes", List.class);
        assertEquals(5, shapes.size());
        assertArrayEquals(new int[] {3, 5, 5}, (int[]) shapes.get(2), "shape 3");
        assertArrayEquals(new int[] {1, 3, 48, 64}, (int[]) shapes.get(3), "shape 4");
    }

    @Test
    @DisplayName("predictedShapes: the last broadcast")
    @Graded(exercise = "ch01_predict", points = 1)
    void predictLast(Student s) {
        List<?> shapes = s.call("predictedShapes", List.class);
        assertEquals(5, shapes.size());
        assertArrayEquals(new int[] {4, 3}, (int[]) shapes.get(4), "shape 5");
    }
}
