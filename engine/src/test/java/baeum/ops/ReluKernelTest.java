package baeum.ops;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The branch-free relu loop keeps PyTorch's values, NaN included, on contiguous and strided input. */
class ReluKernelTest {
    @Test
    void negativesToZeroPositivesKeptNaNPropagated() {
        float[] got = tensor(-1f, -0f, 0f, 2.5f, Float.NaN, Float.NEGATIVE_INFINITY).relu().toFloatArray();
        assertArrayEquals(new float[] {0, 0, 0, 2.5f, Float.NaN, 0}, got);
        float[] strided = tensor(new float[][] {{-1, 3}, {4, -2}}).t().relu().toFloatArray();
        assertArrayEquals(new float[] {0, 4, 3, 0}, strided);
        assertTrue(Float.isNaN(tensor(Float.NaN, 1f).relu().toFloatArray()[0]));
    }
}
