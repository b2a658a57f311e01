package baeum.tensor;

import baeum.storage.TensorError;
import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class InPlaceTest {
    @Test
    void arithmeticInPlaceChangesTheTensorAndItsViews() {
        Tensor x = arange(6.0).view(2, 3);
        Tensor row = x.select(0, 1);
        row.add_(tensor(10f));
        row.mul_(2);
        assertArrayEquals(new float[] {0, 1, 2, 26, 28, 30}, x.toFloatArray());
        x.t().sub_(1);                                  // through a transposed view
        x.div_(tensor(1f, 2f, 4f));
        assertArrayEquals(new float[] {-1, 0, 0.25f, 25, 13.5f, 7.25f}, x.toFloatArray());
        assertEquals(4, x.version());
        assertEquals(4, row.version());                 // views share the counter
        var e = assertThrows(TensorError.class, () -> zeros(3).add_(zeros(2, 3)));
        assertTrue(e.getMessage().startsWith("add_: cannot broadcast") || e.getMessage().startsWith("add_: the result of shape (2, 3)"),
                e.getMessage());
    }

    @Test
    void fillZeroClampCopyMaskedFill() {
        Tensor x = tensor(-2f, 0.5f, 3f);
        x.clamp_(0, 1);
        assertArrayEquals(new float[] {0, 0.5f, 1}, x.toFloatArray());
        x.maskedFill_(x.gt(0.75), -1);
        assertArrayEquals(new float[] {0, 0.5f, -1}, x.toFloatArray());
        x.fill_(7);
        assertArrayEquals(new float[] {7, 7, 7}, x.toFloatArray());
        x.zero_();
        assertArrayEquals(new float[] {0, 0, 0}, x.toFloatArray());
        Tensor m = zeros(2, 3);
        m.copy_(tensor(1f, 2f, 3f));                   // broadcast over rows
        assertArrayEquals(new float[] {1, 2, 3, 1, 2, 3}, m.toFloatArray());
        Tensor ints = zeros(2).to(INT64);
        ints.copy_(tensor(1.9f, -1.9f));                // converts like PyTorch: truncation
        assertArrayEquals(new long[] {1, -1}, ints.toLongArray());
        assertArrayEquals(new float[] {4, 9}, tensor(2f, 3f).pow_(2).toFloatArray());
        assertArrayEquals(new float[] {0, 3}, tensor(-2f, 3f).relu_().toFloatArray());
        var e = assertThrows(TensorError.class, () -> tensor(1, 2).add_(0.5));
        assertTrue(e.getMessage().startsWith("add_: the result type FLOAT32 cannot be stored in place into a tensor of type INT64"),
                e.getMessage());
    }

    @Test
    void randomFills() {
        manualSeed(3);
        Tensor n = zeros(200, 100).normal_(2, 0.5);
        assertEquals(2, n.mean().item(), 0.02);
        assertEquals(0.5, n.std().item(), 0.02);
        Tensor u = zeros(20000).uniform_(-1, 3);
        assertTrue(u.min().item() >= -1 && u.max().item() < 3);
        assertEquals(1, u.mean().item(), 0.05);
        Tensor w = ones(2).requiresGrad_();
        assertThrows(TensorError.class, () -> w.normal_());
        try (var g = noGrad()) {
            w.normal_();
        }
    }
}
