package baeum.exercises.ch12.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 11: sizes by hand, convolutions against the engine's conv2d. */
public final class Ch12HiddenTests {

    @Test
    @DisplayName("convOutputSize for pooling (28, 2, stride 2, padding 0) is 14 and for (7, 3, stride 2, padding 1) is 4")
    @Graded(exercise = "ch12_out_size", points = 1)
    void outSizeStrided(Student s) {
        assertEquals(14, s.call("convOutputSize", Integer.class, 28, 2, 2, 0));
        assertEquals(4, s.call("convOutputSize", Integer.class, 7, 3, 2, 1));
    }

    @Test
    @DisplayName("convOutputSize rounds down: (10, 3, stride 3, padding 0) is 3")
    @Graded(exercise = "ch12_out_size", points = 1)
    void outSizeRoundsDown(Student s) {
        assertEquals(3, s.call("convOutputSize", Integer.class, 10, 3, 3, 0));
    }

    @Test
    @DisplayName("conv2dSingle of a random (7, 9) image with a (3, 2) kernel matches nn.conv2d")
    @Graded(exercise = "ch12_conv", points = 2)
    void convRandom(Student s) {
        manualSeed(111);
        Tensor img = randn(7, 9), k = randn(3, 2);
        Tensor expected = nn.conv2d(img.view(1, 1, 7, 9), k.view(1, 1, 3, 2), null).view(5, 8);
        assertClose(expected, s.tensor("conv2dSingle", img, k));
    }

    @Test
    @DisplayName("conv2dSingle with a (1, 1) kernel of 2.5 scales the image")
    @Graded(exercise = "ch12_conv", points = 2)
    void convOneByOne(Student s) {
        manualSeed(112);
        Tensor img = randn(4, 5);
        assertClose(img.mul(2.5), s.tensor("conv2dSingle", img, tensor(new float[][] {{2.5f}})));
    }
}
