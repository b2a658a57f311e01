package baeum.tensor;

import baeum.storage.TensorError;
import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ViewsTest {
    @Test
    void viewsShareStorage() {
        Tensor x = arange(6).view(2, 3);
        Tensor t = x.t();
        assertSame(x.storage(), t.storage());
        assertFalse(t.isContiguous());
        assertArrayEquals(new int[] {1, 3}, t.stride());
        t.select(0, 1).fill_(9);          // column 1 of x
        assertArrayEquals(new long[] {0, 9, 2, 3, 9, 5}, x.toLongArray());
    }

    @Test
    void viewInfersMinusOneAndRejectsBadShapes() {
        assertEquals(shape(3, 4), arange(12).view(3, -1).shape());
        var e = assertThrows(TensorError.class, () -> arange(10).view(3, -1));
        assertEquals("view: cannot view a tensor of shape (10) (10 elements) as (3, -1); the new shape must hold the"
                + " same number of elements", e.getMessage());
        var e2 = assertThrows(TensorError.class, () -> arange(6).view(2, 3).t().view(6));
        assertTrue(e2.getMessage().contains("Use reshape(...) instead"), e2.getMessage());
        assertArrayEquals(new long[] {0, 3, 1, 4, 2, 5}, arange(6).view(2, 3).t().reshape(6).toLongArray());
    }

    @Test
    void unsqueezeSqueezeAndTheirInPlaceTwins() {
        Tensor w = tensor(0.2126f, 0.7152f, 0.0722f);
        assertEquals(shape(3, 1), w.unsqueeze(-1).shape());
        assertEquals(shape(1, 3), w.unsqueeze(0).shape());
        Tensor w2 = w.unsqueeze(-1);
        assertSame(w2, w2.unsqueeze_(-1));
        assertEquals(shape(3, 1, 1), w2.shape());
        assertEquals(shape(3), w2.squeeze().shape());
        assertEquals(shape(3, 1), w2.squeeze(-1).shape());
        assertEquals(shape(3, 1, 1), w2.squeeze(0).shape());
        w2.squeeze_();
        assertEquals(shape(3), w2.shape());
        var e = assertThrows(TensorError.class, () -> w.unsqueeze(3));
        assertEquals("unsqueeze: dim 3 is out of range for a tensor of shape (3): expected a dim in [-2, 1]", e.getMessage());
    }

    @Test
    void permuteTransposeExpandFlatten() {
        Tensor x = arange(24).view(2, 3, 4);
        Tensor p = x.permute(2, 0, 1);
        assertEquals(shape(4, 2, 3), p.shape());
        assertEquals(x.getLong(1, 2, 3), p.getLong(3, 1, 2));
        assertEquals(shape(4, 3, 2), x.transpose(0, 2).shape());
        assertEquals(shape(2, 12), x.flatten(1, -1).shape());
        assertEquals(shape(2, 12), x.flatten(1).shape());
        assertEquals(shape(3, 8), x.permute(1, 0, 2).flatten(1).shape());
        assertEquals(shape(24), x.permute(1, 0, 2).flatten().shape());
        assertArrayEquals(new long[] {0, 1, 2, 3, 12, 13, 14, 15}, x.permute(1, 0, 2).flatten().narrow(0, 0, 8).toLongArray());
        Tensor e = tensor(1f, 2f).expand(3, -1);
        assertArrayEquals(new int[] {0, 1}, e.stride());
        assertArrayEquals(new float[] {1, 2, 1, 2, 1, 2}, e.toFloatArray());
        var err = assertThrows(TensorError.class, () -> zeros(3, 2).expand(3, 4));
        assertTrue(err.getMessage().startsWith("expand: cannot expand a tensor of shape (3, 2) to (3, 4)"), err.getMessage());
        assertThrows(TensorError.class, () -> zeros(2, 3, 4).t());
        assertThrows(TensorError.class, () -> x.permute(0, 0, 1));
    }

    @Test
    void selectNarrowAndGet() {
        Tensor x = arange(12).view(3, 4);
        assertArrayEquals(new long[] {2, 6, 10}, x.get(all(), 2).toLongArray());
        assertArrayEquals(new long[] {8, 9, 10, 11}, x.get(-1).toLongArray());
        assertEquals(shape(2, 4), x.get(slice(1, 3)).shape());
        assertArrayEquals(new long[] {4, 6, 8, 10}, x.get(slice(1, 3), slice(null, null, 2)).toLongArray());
        assertArrayEquals(new long[] {9, 10, 11}, x.get(-1, slice(-3, null)).toLongArray());
        assertEquals(shape(3, 1, 4), x.get(all(), newAxis()).shape());
        assertEquals(shape(3), x.get(ellipsis(), 0).shape());
        assertEquals(7L, x.get(1, 3).itemLong());
        assertArrayEquals(new long[] {5, 6}, x.select(0, 1).narrow(0, 1, 2).toLongArray());
        var e = assertThrows(TensorError.class, () -> x.select(0, 3));
        assertEquals("select: index 3 is out of range for dim 0 of size 3 (shape (3, 4)): expected an index in [-3, 2]",
                e.getMessage());
        assertThrows(TensorError.class, () -> x.get(0, 0, 0));
        assertThrows(TensorError.class, () -> x.narrow(1, 2, 3));
    }

    @Test
    void catStackSplitChunk() {
        Tensor a = arange(6).view(2, 3), b = arange(3).view(1, 3);
        Tensor c = cat(0, a, b);
        assertEquals(shape(3, 3), c.shape());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 0, 1, 2}, c.toLongArray());
        assertEquals(shape(2, 6), cat(1, a, a).shape());
        var e = assertThrows(TensorError.class, () -> cat(1, a, b));
        assertTrue(e.getMessage().startsWith("cat: tensor 1 has shape (1, 3) but tensor 0 has shape (2, 3)"), e.getMessage());
        assertEquals(shape(2, 2, 3), stack(0, a, a).shape());
        assertEquals(shape(2, 3, 2), stack(-1, a, a).shape());
        assertArrayEquals(new long[] {0, 0, 1, 1, 2, 2}, stack(1, arange(3), arange(3)).toLongArray());
        Tensor[] parts = arange(5).split(2, 0);
        assertEquals(3, parts.length);
        assertArrayEquals(new long[] {4}, parts[2].toLongArray());
        Tensor[] chunks = arange(6).view(2, 3).chunk(3, 1);
        assertEquals(3, chunks.length);
        assertArrayEquals(new long[] {1, 4}, chunks[1].toLongArray());
        assertSame(a.storage(), a.split(1, 0)[1].storage());
    }

    @Test
    void contiguousCopiesOnlyWhenNeeded() {
        Tensor x = arange(6).view(2, 3);
        assertSame(x, x.contiguous());
        Tensor c = x.t().contiguous();
        assertTrue(c.isContiguous());
        assertArrayEquals(new long[] {0, 3, 1, 4, 2, 5}, c.toLongArray());
    }

    @Test
    void copyingIndexOps() {
        Tensor x = arange(6).view(3, 2);
        assertArrayEquals(new long[] {4, 5, 0, 1, 4, 5}, x.indexSelect(0, tensor(2, 0, -1)).toLongArray());
        assertArrayEquals(new long[] {1, 3, 5}, x.indexSelect(1, tensor(1)).toLongArray());
        assertArrayEquals(new long[] {4, 5, 0, 1}, x.get(tensor(2, 0)).toLongArray());
        assertEquals(shape(3, 2, 2), x.get(all(), tensor(new int[][] {{1, 0}, {0, 0}})).shape());
        Tensor scores = tensor(new float[][] {{0.1f, 0.9f}, {0.8f, 0.2f}, {0.3f, 0.7f}});
        Tensor labels = tensor(1, 0, 0);
        assertArrayEquals(new float[] {0.9f, 0.8f, 0.3f}, scores.gather(1, labels.unsqueeze(1)).toFloatArray());
        assertArrayEquals(new float[] {0.9f, 0.8f, 0.7f}, scores.maskedSelect(scores.gt(0.5)).toFloatArray());
        assertArrayEquals(new float[] {0.9f, 0.8f, 0.7f}, scores.get(scores.gt(0.5)).toFloatArray());
        var e = assertThrows(TensorError.class, () -> x.indexSelect(0, tensor(3)));
        assertTrue(e.getMessage().startsWith("indexSelect: index 3 is out of range for dim 0 of size 3"), e.getMessage());
        assertThrows(TensorError.class, () -> scores.gather(1, tensor(2, 0, 0).unsqueeze(1)));
        assertThrows(TensorError.class, () -> x.indexSelect(0, tensor(0f)));
    }

    @Test
    void int64ArithmeticIsExact() {
        long big = (1L << 60) + 1;
        assertEquals(big + 2, tensor(big).add(tensor(2L)).toLongArray()[0]);
        assertEquals(big * 1 - 1, tensor(big).sub(tensor(1L)).toLongArray()[0]);
    }
}
