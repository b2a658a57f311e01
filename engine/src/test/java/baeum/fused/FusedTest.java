package baeum.fused;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fused ops as autograd sees them: against the same computation written with core ops
 * (cross-entropy, LSTM cell), or by finite differences (convolution and max pooling are linear
 * in each input, so float32 differences with a large step are exact up to rounding).
 */
class FusedTest {
    @Test
    void crossEntropyMatchesLogSoftmaxAndGather() {
        manualSeed(1);
        Tensor logits = randn(6, 5).mul(3).requiresGrad_();
        Tensor target = tensor(new long[] {0, 4, 2, 2, 1, 3});
        Tensor loss = Fused.crossEntropy(logits, target);
        loss.backward();
        Tensor ref = logits.detach().requiresGrad_();
        Tensor refLoss = ref.logSoftmax(1).gather(1, target.unsqueeze(1)).mean().neg();
        refLoss.backward();
        assertEquals(refLoss.item(), loss.item(), 1e-6);
        assertTrue(logits.grad().allclose(ref.grad(), 1e-5, 1e-6));
        assertEquals(0, loss.dim());
        var e = assertThrows(TensorError.class, () -> Fused.crossEntropy(logits, tensor(1f, 2f, 3f, 4f, 5f, 6f)));
        assertTrue(e.getMessage().startsWith("crossEntropy: expected class indices as an int64 tensor of shape (6)"), e.getMessage());
    }

    @Test
    void lstmCellMatchesTheGateFormulasWrittenWithCoreOps() {
        manualSeed(2);
        int b = 3, h = 4;
        Tensor gates = randn(b, 4 * h).requiresGrad_(), c0 = randn(b, h).requiresGrad_();
        Tensor r1 = randn(b, h), r2 = randn(b, h);
        Tensor[] hc = Fused.lstmCell(gates, c0);
        hc[0].mul(r1).sum().add(hc[1].mul(r2).sum()).backward();
        Tensor g2 = gates.detach().requiresGrad_(), c2 = c0.detach().requiresGrad_();
        Tensor i = g2.narrow(1, 0, h).sigmoid(), f = g2.narrow(1, h, h).sigmoid();
        Tensor g = g2.narrow(1, 2 * h, h).tanh(), o = g2.narrow(1, 3 * h, h).sigmoid();
        Tensor c = f.mul(c2).add(i.mul(g)), hh = o.mul(c.tanh());
        hh.mul(r1).sum().add(c.mul(r2).sum()).backward();
        assertTrue(hc[0].allclose(hh, 1e-5, 1e-6) && hc[1].allclose(c, 1e-5, 1e-6), "h and c");
        assertTrue(gates.grad().allclose(g2.grad(), 1e-4, 1e-5), "d gates");
        assertTrue(c0.grad().allclose(c2.grad(), 1e-4, 1e-5), "d cPrev");
    }

    @Test
    void conv2dGradientsOnPermutedInputMatchFiniteDifferences() {
        manualSeed(3);
        // x is a permuted view: the gradient must land in x's own layout
        Tensor x = randn(2, 7, 6, 4).permute(0, 3, 1, 2).requiresGrad_();   // (2, 4, 7, 6)
        Tensor w = randn(6, 2, 3, 2).requiresGrad_(), b = randn(6).requiresGrad_();
        Tensor r = randn(2, 6, 4, 4);
        Function<Tensor[], Tensor> f = in -> Fused.conv2d(in[0], in[1], in[2], 2, 1, 1, 2).mul(r).sum();
        linearCheck(f, x, w, b);
        assertEquals(shape(2, 6, 4, 4), Fused.conv2d(x, w, b, 2, 1, 1, 2).shape());
        var e = assertThrows(TensorError.class, () -> Fused.conv2d(x, randn(6, 3, 3, 3), null, 1, 0, 1, 1));
        assertTrue(e.getMessage().startsWith("conv2d: input (2, 4, 7, 6) and weight (6, 3, 3, 3)"), e.getMessage());
    }

    @Test
    void convolutionsThatOverlapKeepTheirOwnUnfoldedInputs() {
        manualSeed(5);
        Tensor w = randn(4, 3, 3, 3).requiresGrad_(), x1 = randn(2, 3, 8, 8), x2 = randn(2, 3, 8, 8);
        Tensor r = randn(2, 4, 8, 8);
        Tensor[] alone = new Tensor[2];
        for (int i = 0; i < 2; i++) {
            Fused.conv2d(i == 0 ? x1 : x2, w, null, 1, 1, 1, 1).mul(r).sum().backward();
            alone[i] = w.grad().clone();
            w.grad().zero_();
        }
        // two graphs alive at once, then backward in the order A, B, A's shape again: the arrays
        // forward keeps for backward are reused across steps, never shared between live graphs
        Tensor a = Fused.conv2d(x1, w, null, 1, 1, 1, 1).mul(r).sum(), b = Fused.conv2d(x2, w, null, 1, 1, 1, 1).mul(r).sum();
        a.backward();
        assertTrue(w.grad().allclose(alone[0], 1e-5, 1e-5), "first graph");
        w.grad().zero_();
        Tensor c = Fused.conv2d(x1, w, null, 1, 1, 1, 1).mul(r).sum();   // takes the array a gave back
        b.backward();
        assertTrue(w.grad().allclose(alone[1], 1e-5, 1e-5), "second graph, after a third forward");
        w.grad().zero_();
        c.backward();
        assertTrue(w.grad().allclose(alone[0], 1e-5, 1e-5), "third graph");
    }

    @Test
    void poolingGradientsMatchFiniteDifferences() {
        manualSeed(4);
        Tensor x = randn(2, 3, 6, 5).requiresGrad_();
        Tensor r = randn(2, 3, 3, 2);
        linearCheck(in -> Fused.maxPool2d(in[0], 2, 2, 0).mul(r).sum(), x);
        Tensor r2 = randn(2, 3, 3, 3);
        linearCheck(in -> Fused.avgPool2d(in[0], 3, 2, 1, false).mul(r2).sum(), x);
        assertEquals(shape(2, 3, 3, 2), Fused.maxPool2d(x, 2, 2, 0).shape());
    }

    /**
     * Checks the backward of {@code f} (scalar, piecewise linear in each input) against central
     * differences with step 0.01 (written straight into storage) at a handful of entries of every input.
     */
    private static void linearCheck(Function<Tensor[], Tensor> f, Tensor... inputs) {
        for (Tensor in : inputs) in.zeroGrad();
        f.apply(inputs).backward();
        for (int k = 0; k < inputs.length; k++) {
            Tensor in = inputs[k];
            float[] grad = in.grad().contiguous().toFloatArray();
            int n = (int) in.numel();
            for (int idx = 0; idx < n; idx += Math.max(1, n / 7)) {
                int[] at = unravel(idx, in.shapeArray());
                int pos = in.storageOffset();
                for (int d = 0; d < at.length; d++) pos += at[d] * in.strideArray()[d];
                float[] data = in.storage().f;
                float keep = data[pos];
                data[pos] = keep + 0.01f;
                double up = f.apply(inputs).item();
                data[pos] = keep - 0.01f;
                double down = f.apply(inputs).item();
                data[pos] = keep;
                assertEquals((up - down) / 0.02, grad[idx], 2e-2 * (1 + Math.abs(grad[idx])),
                        "input " + k + " entry " + java.util.Arrays.toString(at));
            }
        }
    }

    private static int[] unravel(int idx, int[] shape) {
        int[] at = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = idx % shape[d];
            idx /= shape[d];
        }
        return at;
    }
}
