package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.TensorError;
import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CreationTest {
    @Test
    void scalarsVectorsAndNestedArrays() {
        assertEquals(0, tensor(2f).dim());
        assertEquals(2f, tensor(2f).item());
        assertEquals(shape(3), tensor(1f, 2f, 3f).shape());
        assertEquals(shape(1), tensor(new float[] {5f}).shape());
        Tensor m = tensor(new float[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(shape(2, 3), m.shape());
        assertEquals(6f, m.getFloat(1, 2));
        assertEquals(4f, m.getFloat(-1, 0));
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, m.toFloatArray());
        assertEquals(DType.INT64, tensor(1, 2).dtype());
        assertEquals(DType.BOOL, tensor(true).dtype());
        assertEquals(DType.FLOAT32, tensor(1.5, 2.5).dtype());
        assertEquals(DType.FLOAT64, tensor(new double[] {1}, FLOAT64).dtype());
        float[][] back = (float[][]) m.toArray();
        assertEquals(5f, back[1][1]);
    }

    @Test
    void raggedArraysAreRejected() {
        var e = assertThrows(TensorError.class, () -> tensor(new float[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("not rectangular"), e.getMessage());
    }

    @Test
    void fromArrayCopiesAndChecksLength() {
        float[] data = {1, 2, 3, 4};
        Tensor t = fromArray(data, 2, 2);
        data[0] = 99;
        assertEquals(1f, t.getFloat(0, 0));
        var e = assertThrows(TensorError.class, () -> fromArray(data, 3, 2));
        assertEquals("tensor: 4 values cannot fill shape (3, 2) (6 elements); give as many values as the shape holds",
                e.getMessage());
    }

    @Test
    void filledAndRanges() {
        assertArrayEquals(new float[] {0, 0, 0, 0}, zeros(2, 2).toFloatArray());
        assertArrayEquals(new float[] {7, 7}, full(new int[] {2}, 7).toFloatArray());
        assertArrayEquals(new long[] {0, 1, 2, 3}, arange(4).toLongArray());
        assertArrayEquals(new long[] {2, 4, 6}, arange(2, 8, 2).toLongArray());
        assertArrayEquals(new float[] {0f, 0.25f, 0.5f, 0.75f}, arange(0, 1, 0.25).toFloatArray());
        assertArrayEquals(new float[] {0f, 0.25f, 0.5f, 0.75f, 1f}, linspace(0, 1, 5).toFloatArray());
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0}, eye(2, 3).toFloatArray());
        assertEquals(DType.INT64, zerosLike(arange(3)).dtype());
        assertArrayEquals(new float[] {1, 1}, onesLike(zeros(2)).toFloatArray());
    }

    @Test
    void manualSeedMakesRandomOpsRepeat() {
        manualSeed(42);
        float[] a = randn(5).toFloatArray();
        long[] ia = randint(0, 10, 100).toLongArray();
        manualSeed(42);
        assertArrayEquals(a, randn(5).toFloatArray());
        assertArrayEquals(ia, randint(0, 10, 100).toLongArray());
        for (long v : ia) assertTrue(v >= 0 && v < 10);
        for (float v : rand(1000).toFloatArray()) assertTrue(v >= 0 && v < 1);
        Tensor r = randn(20000);
        assertEquals(0, r.mean().item(), 0.03);
        assertEquals(1, r.std().item(), 0.03);
    }

    @Test
    void itemOnManyElementsSaysHowMany() {
        var e = assertThrows(TensorError.class, () -> zeros(2, 3).item());
        assertTrue(e.getMessage().startsWith("item: only a one-element tensor can be converted to a number, but this"
                + " tensor of shape (2, 3) has 6 elements"), e.getMessage());
    }
}
