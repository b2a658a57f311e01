package baeum.exercises.ch01.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.rand;
import static baeum.Baeum.stack;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 1: compiled and run only by the grader. Expected values come from the
 * engine's own ops taken another way (a matrix product, a loop over channels), in the grader's JVM.
 */
public final class Ch01HiddenTests {

    @Test
    @DisplayName("toGray of a random batch (4, 3, 5, 6) matches a matrix product over channels")
    @Graded(exercise = "ch01_gray", points = 2)
    void grayRandomBatch(Student s) {
        manualSeed(11);
        Tensor x = rand(4, 3, 5, 6);
        Tensor w = tensor(0.2126f, 0.7152f, 0.0722f);
        Tensor expected = x.permute(0, 2, 3, 1).matmul(w);   // (4, 5, 6, 3) @ (3) -> (4, 5, 6)
        assertClose(expected, s.tensor("toGray", x, w));
    }

    @Test
    @DisplayName("toGray works with more leading dimensions: (2, 2, 3, 4, 4)")
    @Graded(exercise = "ch01_gray", points = 1)
    void grayFiveDims(Student s) {
        manualSeed(12);
        Tensor x = rand(2, 2, 3, 4, 4);
        Tensor w = tensor(0.3f, 0.5f, 0.2f);
        Tensor expected = x.select(2, 0).mul(0.3).add(x.select(2, 1).mul(0.5)).add(x.select(2, 2).mul(0.2));
        assertClose(expected, s.tensor("toGray", x, w));
    }

    @Test
    @DisplayName("normalize of a random (4, 3, 5, 5) batch matches channel-by-channel arithmetic")
    @Graded(exercise = "ch01_normalize", points = 2)
    void normalizeRandom(Student s) {
        manualSeed(13);
        Tensor x = rand(4, 3, 5, 5);
        float[] mean = {0.485f, 0.456f, 0.406f}, std = {0.229f, 0.224f, 0.225f};
        Tensor[] channels = new Tensor[3];
        for (int c = 0; c < 3; c++) channels[c] = x.select(1, c).sub(mean[c]).div(std[c]);
        assertClose(stack(1, channels), s.tensor("normalize", x, tensor(mean), tensor(std)));
    }

    @Test
    @DisplayName("normalize of grey images (2, 1, 3, 3): one channel")
    @Graded(exercise = "ch01_normalize", points = 1)
    void normalizeOneChannel(Student s) {
        manualSeed(14);
        Tensor x = rand(2, 1, 3, 3);
        assertClose(x.sub(0.2860).div(0.3530), s.tensor("normalize", x, tensor(new float[] {0.2860f}), tensor(new float[] {0.3530f})));
    }
}
