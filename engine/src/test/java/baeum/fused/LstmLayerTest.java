package baeum.fused;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.nn.Functions;
import baeum.storage.TensorError;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * {@link Fused#lstmLayer} against the step-by-step graph it replaces (a linear layer for the input
 * and one for the hidden state, their sum, {@link Fused#lstmCell}), in both directions, with and
 * without biases, the loss reading every output, the last hidden state and the last cell state:
 * the same bits for the outputs and the gradients of the input and the initial states; the
 * weights' and biases' gradients within float32 rounding (one product over all steps instead of a
 * sum of per-step products). The step-by-step graph is checked against float64 and finite
 * differences elsewhere (FusedTest, NnRoutingTest). Also a non-contiguous input, no recording
 * without grad, and a bad shape's message.
 */
class LstmLayerTest {
    private static final int T = 5, N = 3, IN = 7, H = 9;

    private record Case(Tensor x, Tensor h0, Tensor c0, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh,
                        Tensor ry, Tensor rh, Tensor rc) {
        Tensor[] leaves() {
            return new Tensor[] {x, h0, c0, wIh, wHh, bIh, bHh};
        }
    }

    private static Case make(long seed, boolean bias) {
        manualSeed(seed);
        return new Case(randn(T, N, IN).requiresGrad_(), randn(N, H).requiresGrad_(), randn(N, H).requiresGrad_(),
                randn(4 * H, IN).mul(0.4).detach().requiresGrad_(), randn(4 * H, H).mul(0.3).detach().requiresGrad_(),
                bias ? randn(4 * H).requiresGrad_() : null, bias ? randn(4 * H).requiresGrad_() : null,
                randn(T, N, H), randn(N, H), randn(N, H));
    }

    /** The step-by-step graph: outputs (T, N, H) in input order, last h, last c. */
    private static Tensor[] stepByStep(Case k, Tensor x, boolean reverse) {
        Tensor h = k.h0, c = k.c0;
        Tensor[] outs = new Tensor[T];
        for (int i = 0; i < T; i++) {
            int t = reverse ? T - 1 - i : i;
            Tensor gates = Functions.linear(x.select(0, t), k.wIh, k.bIh).add(Functions.linear(h, k.wHh, k.bHh));
            Tensor[] hc = Fused.lstmCell(gates, c);
            h = hc[0];
            c = hc[1];
            outs[t] = h;
        }
        return new Tensor[] {stack(0, outs), h, c};
    }

    private static Tensor[] fused(Case k, Tensor x, boolean reverse) {
        Tensor y = Fused.lstmLayer(x, k.h0, k.c0, k.wIh, k.wHh, k.bIh, k.bHh, reverse);
        return new Tensor[] {y.narrow(0, 0, T), y.select(0, reverse ? 0 : T - 1), y.select(0, T)};
    }

    private static Tensor[] run(Case k, Tensor[] ys) {
        Tensor loss = ys[0].mul(k.ry).sum().add(ys[1].mul(k.rh).sum()).add(ys[2].mul(k.rc).sum());
        loss.backward();
        Tensor[] out = new Tensor[3 + 7];
        System.arraycopy(ys, 0, out, 0, 3);
        Tensor[] leaves = k.leaves();
        for (int i = 0; i < leaves.length; i++) {
            if (leaves[i] == null || leaves[i].grad() == null) continue;
            out[3 + i] = leaves[i].grad().clone();
            leaves[i].setGrad(null);
        }
        return out;
    }

    @Test
    void sameAsTheStepByStepGraphForwardAndBackward() {
        for (boolean reverse : new boolean[] {false, true}) {
            for (boolean bias : new boolean[] {true, false}) {
                Case k = make(7, bias);
                Tensor[] want = run(k, stepByStep(k, k.x, reverse));
                Tensor[] got = run(k, fused(k, k.x, reverse));
                String[] names = {"output", "h_n", "c_n", "grad x", "grad h0", "grad c0", "grad weight_ih",
                        "grad weight_hh", "grad bias_ih", "grad bias_hh"};
                for (int i = 0; i < want.length; i++) {
                    if (want[i] == null) continue;
                    float[] w = want[i].detach().toFloatArray(), g = got[i].detach().toFloatArray();
                    float scale = 0;
                    for (float v : w) scale = Math.max(scale, Math.abs(v));
                    assertArrayEquals(w, g, i < 6 ? 0f : 2e-6f * scale * T,
                            names[i] + (reverse ? " (reverse)" : "") + (bias ? "" : " (no bias)"));
                }
            }
        }
    }

    @Test
    void aNonContiguousInputGivesTheSameAsItsContiguousCopy() {
        Case k = make(11, true);
        Tensor batchFirst = k.x.detach().transpose(0, 1).contiguous().requiresGrad_();   // (N, T, IN)
        Tensor[] want = run(k, fused(k, k.x, false));
        Tensor[] got = run(k, fused(k, batchFirst.transpose(0, 1), false));
        for (int i = 0; i < 3; i++) assertArrayEquals(want[i].detach().toFloatArray(), got[i].detach().toFloatArray(), 0f);
        assertArrayEquals(want[3].toFloatArray(), batchFirst.grad().transpose(0, 1).contiguous().toFloatArray(), 0f);
    }

    @Test
    void withoutGradNothingIsRecorded() {
        Case k = make(3, true);
        try (var g = noGrad()) {
            Tensor y = Fused.lstmLayer(k.x, k.h0, k.c0, k.wIh, k.wHh, k.bIh, k.bHh, false);
            assertEquals(null, y.gradFn());
            assertArrayEquals(stepByStep(k, k.x, false)[0].toFloatArray(), y.narrow(0, 0, T).contiguous().toFloatArray(), 0f);
        }
    }

    @Test
    void aWeightOfTheWrongShapeIsNamedWithEveryShape() {
        Case k = make(5, true);
        var e = assertThrows(TensorError.class, () -> Fused.lstmLayer(k.x, k.h0, k.c0, k.wHh, k.wHh, k.bIh, k.bHh, false));
        assertTrue(e.getMessage().contains("weight_ih (36, 9) (4H, in)") && e.getMessage().contains("input (5, 3, 7)"),
                e.getMessage());
    }
}
