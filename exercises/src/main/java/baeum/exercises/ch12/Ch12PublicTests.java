package baeum.exercises.ch12;

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

/** Public tests of chapter 12 (convolutional networks); expected values worked out by hand. */
@HiddenTests(exercise = "ch12_out_size", count = 2)
@HiddenTests(exercise = "ch12_conv", count = 2)
@HiddenTests(exercise = "ch12_conv_params", count = 2)
@HiddenTests(exercise = "ch12_lenet_sizes", count = 2)
@ExerciseRules(exercise = "ch12_conv", timeout = 30, forbidden = {"conv2d"})
@ExerciseRules(exercise = "ch12_out_size", timeout = 30)
@ExerciseRules(exercise = "ch12_conv_params", timeout = 30)
@ExerciseRules(exercise = "ch12_lenet_sizes", timeout = 30)
public final class Ch12PublicTests implements PublicTests {

    @Test
    @DisplayName("convOutputSize(28, 3, stride 1, padding 0) is 26")
    @Graded(exercise = "ch12_out_size", points = 1)
    void outSizeValid(Student s) {
        assertEquals(26, s.call("convOutputSize", Integer.class, 28, 3, 1, 0));
    }

    @Test
    @DisplayName("convOutputSize(28, 3, stride 1, padding 1) is 28: padding 1 keeps the size")
    @Graded(exercise = "ch12_out_size", points = 1)
    void outSizeSame(Student s) {
        assertEquals(28, s.call("convOutputSize", Integer.class, 28, 3, 1, 1));
    }

    @Test
    @DisplayName("conv2dSingle of a dark-to-bright (4, 6) image with a vertical-edge kernel is [[0, 3, 3, 0], [0, 3, 3, 0]]")
    @Graded(exercise = "ch12_conv", points = 1)
    void convEdge(Student s) {
        float[] row = {0, 0, 0, 1, 1, 1};
        Tensor img = tensor(new float[][] {row, row, row, row});
        Tensor k = tensor(new float[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}});
        assertClose(tensor(new float[][] {{0, 3, 3, 0}, {0, 3, 3, 0}}), s.tensor("conv2dSingle", img, k));
    }

    @Test
    @DisplayName("conv2dSingle of 0..8 as (3, 3) with a (2, 2) kernel of ones sums each 2 x 2 window: [[8, 12], [20, 24]]")
    @Graded(exercise = "ch12_conv", points = 1)
    void convSums(Student s) {
        Tensor img = tensor(new float[][] {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}});
        Tensor k = tensor(new float[][] {{1, 1}, {1, 1}});
        assertClose(tensor(new float[][] {{8, 12}, {20, 24}}), s.tensor("conv2dSingle", img, k));
    }

    @Test
    @DisplayName("convParams(1, 6, 5) is 156: 6 kernels of 1 x 5 x 5 weights plus 6 biases")
    @Graded(exercise = "ch12_conv_params", points = 1)
    void convParamsLeNetFirst(Student s) {
        assertEquals(156L, s.call("convParams", Long.class, 1, 6, 5));
    }

    @Test
    @DisplayName("lenetSizes returns five numbers; after the first 5 x 5 convolution a 32 x 32 image is 28 high")
    @Graded(exercise = "ch12_lenet_sizes", points = 1)
    void lenetFirst(Student s) {
        int[] got = s.call("lenetSizes", int[].class);
        assertEquals(5, got.length, "five numbers: conv1, pool1, conv2, pool2, flattened length");
        assertEquals(28, got[0], "32 - 5 + 1");
    }
}
