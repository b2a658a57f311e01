package baeum.ops;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Tensor matmul through the SIMD kernel (sizes past its tiny-product loop and its blocks) against
 * the float64 path, on fresh, transposed, sliced, expanded and batched operands.
 */
class MatmulKernelTest {
    private static void same(Tensor a, Tensor b) {
        Tensor fast = a.matmul(b);
        Tensor ref = a.to(FLOAT64).matmul(b.to(FLOAT64));
        assertEquals(ref.shape(), fast.shape());
        assertTrue(fast.to(FLOAT64).allclose(ref, 1e-4, 1e-4),
                "matmul of " + a.shape() + " and " + b.shape() + " differs from float64");
    }

    @Test
    void nonContiguousOperandsOfBlockedSizes() {
        manualSeed(3);
        same(randn(70, 300), randn(300, 45));                            // fresh
        same(randn(300, 70).t(), randn(45, 300).t());                    // both transposed
        same(randn(80, 310).narrow(1, 5, 300), randn(300, 90).narrow(1, 3, 40)); // sliced rows
        same(randn(300, 1).expand(300, 37).t(), randn(300, 29));         // expanded (stride 0)
        same(randn(3, 1, 40, 50).permute(0, 1, 3, 2), randn(2, 40, 33)); // permuted, broadcast batch
    }

    @Test
    void gradientsOfAProductLargeEnoughForBothCores() {
        manualSeed(4);
        Tensor a = randn(64, 200).requiresGrad_(), w = randn(128, 200).requiresGrad_();
        Tensor g = randn(64, 128);
        a.matmul(w.t()).backward(g);
        // d(a wᵀ)/da = g w ; d/dw = gᵀ a
        assertTrue(a.grad().allclose(g.to(FLOAT64).matmul(w.detach().to(FLOAT64)).to(FLOAT32), 1e-3, 1e-3));
        assertTrue(w.grad().allclose(g.t().to(FLOAT64).matmul(a.detach().to(FLOAT64)).to(FLOAT32), 1e-3, 1e-3));
    }
}
