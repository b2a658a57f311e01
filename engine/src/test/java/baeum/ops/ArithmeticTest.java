package baeum.ops;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import org.junit.jupiter.api.Test;

class ArithmeticTest {
    static void close(float[] expected, Tensor actual) {
        float[] a = actual.toFloatArray();
        assertEquals(expected.length, a.length, "number of elements");
        for (int i = 0; i < a.length; i++) assertEquals(expected[i], a[i], 1e-5f * Math.max(1, Math.abs(expected[i])), "element " + i);
    }

    @Test
    void broadcastingLikeTheLecture() {
        Tensor img = arange(3 * 2 * 2.0).view(3, 2, 2);
        Tensor w = tensor(0.5f, 2f, 10f).unsqueeze(-1).unsqueeze_(-1);
        Tensor gray = img.mul(w).sum(-3);
        assertEquals(shape(2, 2), gray.shape());
        // element (0, 0): 0*0.5 + 4*2 + 8*10
        close(new float[] {88, 100.5f, 113, 125.5f}, gray);
        close(new float[] {11, 12, 21, 22}, tensor(1f, 2f).add(tensor(10f, 20f).unsqueeze(1)));
        var e = assertThrows(TensorError.class, () -> zeros(2, 3).add(zeros(4)));
        assertTrue(e.getMessage().startsWith("add: cannot broadcast (2, 3) with (4): sizes 3 and 4 differ at dim 1"),
                e.getMessage());
    }

    @Test
    void scalarOverloadsAndMathFunctions() {
        Tensor x = tensor(-1f, 0f, 2f);
        close(new float[] {1, 2, 4}, x.add(2));
        close(new float[] {-3, -2, 0}, x.sub(2));
        close(new float[] {-3, 0, 6}, x.mul(3));
        close(new float[] {-0.5f, 0, 1}, x.div(2));
        close(new float[] {1, 0, 4}, x.pow(2));
        close(new float[] {-1, 0, 8}, x.pow(3));
        close(new float[] {1, 0, -2}, x.neg());
        close(new float[] {2, 1, -1}, x.rsub(1));
        close(new float[] {(float) Math.exp(-1), 1, (float) Math.exp(2)}, x.exp());
        close(new float[] {0, (float) Math.log(2)}, tensor(1f, 2f).log());
        close(new float[] {2, 3}, tensor(4f, 9f).sqrt());
        close(new float[] {1, 0, 2}, x.abs());
        close(new float[] {-0.5f, 0, 0.5f}, x.clamp(-0.5, 0.5));
        close(new float[] {0, 0, 2}, x.relu());
        close(new float[] {0.26894142f, 0.5f, 0.880797f}, x.sigmoid());
        close(new float[] {-0.7615942f, 0, 0.9640276f}, x.tanh());
        close(new float[] {1, 0, 0.25f}, tensor(2f, 3f, 4f).pow(tensor(0f, -100f, -1f)).mul(tensor(1f, 0f, 1f)));
    }

    @Test
    void nonContiguousOperands() {
        Tensor a = arange(6.0).view(2, 3);
        Tensor at = a.t();                                     // (3, 2), strides (1, 3)
        Tensor b = arange(6.0).view(3, 2);
        close(new float[] {0, 4, 3, 7, 6, 10}, at.add(b));
        close(new float[] {0, 3, 1, 4, 2, 5}, at.mul(1));
        Tensor sliced = arange(10.0).get(slice(null, null, 2));  // 0 2 4 6 8, stride 2
        close(new float[] {0, 4, 16, 36, 64}, sliced.mul(sliced));
        Tensor expanded = tensor(1f, 2f).expand(3, 2);
        close(new float[] {1, 8, 2, 10, 3, 12}, expanded.mul(at.add(1)));
    }

    @Test
    void aZeroDimOperandOnEitherSide() {
        Tensor x = tensor(1f, 2f, 4f), s = tensor(2f);
        close(new float[] {3, 4, 6}, x.add(s));
        close(new float[] {-1, 0, 2}, x.sub(s));
        close(new float[] {2, 4, 8}, x.mul(s));
        close(new float[] {0.5f, 1, 2}, x.div(s));
        close(new float[] {1, 0, -2}, s.sub(x));
        close(new float[] {2, 1, 0.5f}, s.div(x));
        close(new float[] {4, 1, 0}, s.pow(tensor(2f, 0f, -100f)).mul(tensor(1f, 1f, 0f)));
    }

    @Test
    void dtypesPromoteLikePyTorch() {
        assertEquals(DType.INT64, tensor(1, 2).add(tensor(3, 4)).dtype());
        assertEquals(DType.FLOAT32, tensor(1, 2).div(tensor(2)).dtype());
        close(new float[] {0.5f, 1}, tensor(1, 2).div(tensor(2)));
        assertEquals(DType.FLOAT32, tensor(1, 2).add(tensor(0.5f)).dtype());
        assertEquals(DType.FLOAT64, tensor(1f).add(tensor(new double[] {1}, FLOAT64)).dtype());
        assertEquals(DType.INT64, tensor(1, 2).mul(3).dtype());
        assertEquals(DType.FLOAT32, tensor(1, 2).mul(0.5).dtype());
        assertEquals(DType.INT64, tensor(true, false).sum().dtype());
        close(new float[] {1.5f, 0}, tensor(1.5f, 2f).mul(tensor(true, false)));           // a dropout-style mask
        close(new float[] {1, 2.5f}, where(tensor(true, false), tensor(1, 2), tensor(0.5f)).add(tensor(0f, 2f)));
        assertArrayEquals(new long[] {1, 0}, tensor(1.5f, 2f).lt(tensor(2, 2)).toLongArray());
        assertEquals(1L, tensor(true, false).sum().itemLong());
    }

    @Test
    void comparisonsWhereAndMaskedFill() {
        Tensor x = tensor(-1f, 0f, 2f);
        Tensor m = x.gt(0);
        assertEquals(DType.BOOL, m.dtype());
        assertArrayEquals(new long[] {0, 0, 1}, m.toLongArray());
        assertArrayEquals(new long[] {1, 1, 0}, x.le(0).toLongArray());
        assertArrayEquals(new long[] {0, 1, 0}, x.eq(0).toLongArray());
        assertArrayEquals(new long[] {1, 0, 1}, x.ne(tensor(0f)).toLongArray());
        assertArrayEquals(new long[] {1, 0, 0}, x.lt(0).toLongArray());
        assertArrayEquals(new long[] {0, 1, 1}, x.ge(0).toLongArray());
        close(new float[] {10, 10, 2}, where(m, x, tensor(10f)));
        close(new float[] {-1, 0, 0}, x.maskedFill(m, 0));
        close(new float[] {1, 0, 2}, x.maximum(x.neg()));
        var e = assertThrows(TensorError.class, () -> where(x, x, x));
        assertTrue(e.getMessage().startsWith("where: the condition must be a bool tensor"), e.getMessage());
    }

    @Test
    void matmulInAllItsForms() {
        Tensor a = tensor(new float[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor b = tensor(new float[][] {{1, 0}, {0, 1}, {1, 1}});
        close(new float[] {4, 5, 10, 11}, a.matmul(b));
        close(new float[] {4, 5, 10, 11}, a.mm(b));
        close(new float[] {14}, tensor(1f, 2f, 3f).matmul(tensor(1f, 2f, 3f)));
        assertEquals(0, tensor(1f, 2f, 3f).matmul(tensor(1f, 2f, 3f)).dim());
        close(new float[] {14, 32}, a.matmul(tensor(1f, 2f, 3f)));
        close(new float[] {9, 12, 15}, tensor(1f, 2f).matmul(a));
        // transposed operands are read in place: (a^T)^T b^T^T
        close(new float[] {4, 5, 10, 11}, a.t().t().matmul(b.t().t()));
        close(new float[] {5, 7, 9, 6, 8, 10}, b.t().matmul(tensor(new float[][] {{1, 2, 3}, {2, 3, 4}, {4, 5, 6}})));
        Tensor batch = stack(0, a, a.mul(2));                  // (2, 2, 3)
        Tensor r = batch.matmul(b);                            // broadcast b over the batch
        assertEquals(shape(2, 2, 2), r.shape());
        close(new float[] {4, 5, 10, 11, 8, 10, 20, 22}, r);
        close(new float[] {4, 5, 10, 11, 8, 10, 20, 22}, batch.bmm(stack(0, b, b)));
        assertEquals(shape(2, 2), batch.matmul(tensor(1f, 2f, 3f)).shape());
        var e = assertThrows(TensorError.class, () -> ones(2, 3).matmul(ones(4, 5)));
        assertEquals("matmul: cannot multiply (2, 3) and (4, 5): inner sizes 3 and 4 differ", e.getMessage());
        assertThrows(TensorError.class, () -> ones(2, 3, 4).mm(ones(4, 5)));
        Tensor big = randn(17, 33), big2 = randn(33, 9);
        double[] ref = new double[17 * 9];
        for (int i = 0; i < 17; i++) for (int j = 0; j < 9; j++) for (int k = 0; k < 33; k++)
            ref[i * 9 + j] += (double) big.getFloat(i, k) * big2.getFloat(k, j);
        float[] got = big.matmul(big2).toFloatArray();
        for (int i = 0; i < ref.length; i++) assertEquals(ref[i], got[i], 1e-4);
        assertTrue(big.to(FLOAT64).matmul(big2.to(FLOAT64)).allclose(big.matmul(big2).to(FLOAT64), 1e-4, 1e-4));
    }

    @Test
    void softmaxAndLogsumexp() {
        close(new float[] {0.09003057f, 0.24472847f, 0.66524096f}, tensor(1f, 2f, 3f).softmax(0));
        close(new float[] {-2.4076059f, -1.4076059f, -0.4076059f}, tensor(1f, 2f, 3f).logSoftmax(0));
        Tensor x = tensor(new float[][] {{1, 2}, {3, 5}});
        close(new float[] {0.11920292f, 0.04742587f, 0.8807971f, 0.95257413f}, x.softmax(0));
        close(new float[] {2.3132617f, 5.126928f}, x.logsumexp(1));
        close(new float[] {1000.6931f}, tensor(1000f, 1000f).logsumexp(0).reshape(1));
        close(new float[] {0.5f, 0.5f}, tensor(1000f, 1000f).softmax(0));
    }
}
