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

    @Test
    void gradientPassesOnlyWherePositive() {
        var x = tensor(-1f, -0f, 0f, 1e-40f, 2.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY).requiresGrad_();
        x.relu().mul(tensor(3f, 3f, 3f, 3f, 3f, 3f, 3f, 3f)).sum().backward();
        // PyTorch: threshold_backward passes the gradient where the output is > 0 (NaN > 0 is false)
        assertArrayEquals(new float[] {0, 0, 0, 3, 3, 0, 3, 0}, x.grad().toFloatArray());
        float[] neg = tensor(-2f, 5f).requiresGrad_().relu().toFloatArray();
        assertArrayEquals(new float[] {0, 5}, neg);
    }
}
