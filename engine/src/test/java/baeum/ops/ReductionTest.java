package baeum.ops;

import static baeum.Baeum.*;
import static baeum.ops.ArithmeticTest.close;
import static org.junit.jupiter.api.Assertions.*;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import org.junit.jupiter.api.Test;

class ReductionTest {
    final Tensor x = tensor(new float[][] {{1, 5, 2}, {7, 0, 7}});

    @Test
    void sumAndMeanWithDimAndKeepdim() {
        close(new float[] {22}, x.sum().reshape(1));
        assertEquals(0, x.sum().dim());
        close(new float[] {8, 5, 9}, x.sum(0));
        close(new float[] {8, 14}, x.sum(-1));
        assertEquals(shape(2, 1), x.sum(1, true).shape());
        assertEquals(shape(1, 3), x.mean(0, true).shape());
        close(new float[] {8f / 3, 14f / 3}, x.mean(1));
        close(new float[] {22f / 6}, x.mean().reshape(1));
        close(new float[] {22}, x.sum(new int[] {0, 1}, false).reshape(1));
        close(new float[] {8, 14}, x.t().sum(0));                    // non-contiguous input
        close(new float[] {15, 15, 15}, arange(30.0).view(2, 5, 3).sum(new int[] {0, 1}, false).sub(arange(3.0).mul(10)).sub(120));
        var e = assertThrows(TensorError.class, () -> x.sum(2));
        assertEquals("sum: dim 2 is out of range for a tensor of shape (2, 3): expected a dim in [-2, 1]", e.getMessage());
    }

    @Test
    void maxMinArgmax() {
        var r = x.max(1);
        close(new float[] {5, 7}, r.values());
        assertArrayEquals(new long[] {1, 0}, r.indices().toLongArray());   // first of the tied 7s
        assertArrayEquals(new long[] {0, 1}, x.min(1).indices().toLongArray());
        assertEquals(shape(2, 1), x.max(1, true).values().shape());
        assertEquals(7f, x.max().item());
        assertEquals(0f, x.min().item());
        assertEquals(3L, x.argmax().itemLong());
        assertArrayEquals(new long[] {1, 0, 1}, x.argmax(0).toLongArray());
        assertArrayEquals(new long[] {0, 1, 0}, x.argmin(0).toLongArray());
        close(new float[] {7, 5, 7}, x.amax(0, false));
        assertTrue(Float.isNaN(tensor(1f, Float.NaN, 3f).max().item()));
    }

    @Test
    void varStdProdAllAny() {
        Tensor v = tensor(1f, 2f, 3f, 4f);
        assertEquals(5f / 3, v.var().item(), 1e-6);
        assertEquals(1.25f, v.var(0, false, false).item(), 1e-6);
        assertEquals((float) Math.sqrt(5.0 / 3), v.std().item(), 1e-6);
        close(new float[] {13f / 3, 49f / 3}, x.var(1));
        close(new float[] {0, 0}, x.var(1, false, true).mul(0));
        assertEquals(24f, v.prod().item());
        close(new float[] {10, 0}, x.prod(1));
        close(new float[] {7, 0, 14}, x.prod(0));
        assertFalse(x.all().itemBoolean());
        assertTrue(x.any().itemBoolean());
        assertArrayEquals(new long[] {1, 0}, x.all(1).toLongArray());
        assertArrayEquals(new long[] {1, 1, 1}, x.any(0).toLongArray());
    }

    @Test
    void allcloseUsesPyTorchTolerances() {
        assertTrue(tensor(1f, 2f).allclose(tensor(1f, 2.00001f)));
        assertFalse(tensor(1f, 2f).allclose(tensor(1f, 2.001f)));
        assertTrue(tensor(1f, 2f).allclose(tensor(1f, 2.001f), 1e-2, 0));
        assertFalse(tensor(Float.NaN).allclose(tensor(Float.NaN)));
    }
}
