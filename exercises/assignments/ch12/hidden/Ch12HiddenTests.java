package baeum.exercises.ch12.hidden;

import static baeum.Baeum.fromArray;
import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.shape;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 12: sizes and counts by hand, convolutions against the engine's conv2d. */
public final class Ch12HiddenTests {

    @Test
    @DisplayName("convOutputSize with a stride: a pooling window and a padded strided convolution")
    @Graded(exercise = "ch12_out_size", points = 1)
    void outSizeStrided(Student s) {
        assertEquals(14, s.call("convOutputSize", Integer.class, 28, 2, 2, 0));
        assertEquals(4, s.call("convOutputSize", Integer.class, 7, 3, 2, 1));
    }

    @Test
    @DisplayName("convOutputSize rounds down when the stride does not divide evenly")
    @Graded(exercise = "ch12_out_size", points = 1)
    void outSizeRoundsDown(Student s) {
        assertEquals(3, s.call("convOutputSize", Integer.class, 10, 3, 3, 0));
    }

    @Test
    @DisplayName("conv2dSingle of a random image with a non-square kernel matches a loop over the output entries")
    @Graded(exercise = "ch12_conv", points = 2)
    void convRandom(Student s) {
        manualSeed(111);
        Tensor img = randn(7, 9), k = randn(3, 2);
        float[] x = img.toFloatArray(), kv = k.toFloatArray(), out = new float[5 * 8];
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 8; j++) {
                double sum = 0;
                for (int a = 0; a < 3; a++)
                    for (int b = 0; b < 2; b++) sum += kv[a * 2 + b] * x[(i + a) * 9 + j + b];
                out[i * 8 + j] = (float) sum;
            }
        Tensor got = s.tensor("conv2dSingle", img, k);
        assertEquals(shape(5, 8), got.shape(), "output shape (H - kh + 1, W - kw + 1)");
        assertClose(fromArray(out, 5, 8), got);
    }

    @Test
    @DisplayName("conv2dSingle with a one-entry kernel scales the image")
    @Graded(exercise = "ch12_conv", points = 2)
    void convOneByOne(Student s) {
        manualSeed(112);
        Tensor img = randn(4, 5);
        assertClose(img.mul(2.5), s.tensor("conv2dSingle", img, tensor(new float[][] {{2.5f}})));
    }

    @Test
    @DisplayName("convParams of the two convolutions of the chapter's small CNN, counted by hand")
    @Graded(exercise = "ch12_conv_params", points = 1)
    void convParamsSmallCnn(Student s) {
        assertEquals(80L, s.call("convParams", Long.class, 1, 8, 3));        // 8 * (1 * 9 + 1)
        assertEquals(1168L, s.call("convParams", Long.class, 8, 16, 3));     // 16 * (8 * 9 + 1)
    }

    @Test
    @DisplayName("convParams for a wide layer with a large kernel and for a pointwise layer")
    @Graded(exercise = "ch12_conv_params", points = 1)
    void convParamsOther(Student s) {
        assertEquals(9472L, s.call("convParams", Long.class, 3, 64, 7));     // 64 * (3 * 49 + 1)
        assertEquals(544L, s.call("convParams", Long.class, 16, 32, 1));     // 32 * (16 + 1)
    }

    @Test
    @DisplayName("lenetSizes: the heights after each pooling and the second convolution")
    @Graded(exercise = "ch12_lenet_sizes", points = 1)
    void lenetMiddle(Student s) {
        int[] got = s.call("lenetSizes", int[].class);
        assertEquals(5, got.length);
        assertEquals(14, got[1], "pool1: 28 / 2");
        assertEquals(10, got[2], "conv2: 14 - 5 + 1");
        assertEquals(5, got[3], "pool2: 10 / 2");
    }

    @Test
    @DisplayName("lenetSizes: the flattened length is channels x height x width")
    @Graded(exercise = "ch12_lenet_sizes", points = 1)
    void lenetFlat(Student s) {
        int[] got = s.call("lenetSizes", int[].class);
        assertEquals(5, got.length);
        assertEquals(400, got[4], "16 * 5 * 5");
    }
}
