package baeum.fused;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.nn.Convolutions;
import baeum.nn.Pooling;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * nn's float32 conv2d and maxPool2d run on the SIMD kernels, float64 on the same nodes' column formulas.
 * The two must agree, forward and backward, with asymmetric stride, padding, dilation and groups.
 */
class NnRoutingTest {
    @Test
    void conv2dFloat32AgreesWithTheFloat64Path() {
        manualSeed(5);
        Tensor x = randn(2, 4, 9, 8), w = randn(6, 2, 3, 2), b = randn(6);
        int[] stride = {2, 1}, padding = {1, 2}, dilation = {2, 1};
        Tensor[] f32 = grads(in -> Convolutions.conv2d(in[0], in[1], in[2], stride, padding, dilation, 2), x, w, b);
        Tensor[] f64 = grads(in -> Convolutions.conv2d(in[0], in[1], in[2], stride, padding, dilation, 2),
                x.to(FLOAT64), w.to(FLOAT64), b.to(FLOAT64));
        assertEquals("ConvolutionBackward0", Convolutions.conv2d(x.requiresGrad_(), w, b, stride, padding, dilation, 2).gradFn().name());
        same(f64, f32);
    }

    @Test
    void maxPool2dFloat32AgreesWithTheFloat64Path() {
        manualSeed(6);
        Tensor x = randn(2, 3, 9, 7);
        int[] k = {3, 2}, s = {2, 2}, p = {1, 1}, d = {1, 2};
        Tensor[] f32 = grads(in -> Pooling.maxPool2d(in[0], k, s, p, d, false), x);
        Tensor[] f64 = grads(in -> Pooling.maxPool2d(in[0], k, s, p, d, false), x.to(FLOAT64));
        same(f64, f32);
    }

    @Test
    void convTranspose2dAndConv1dFloat32AgreeWithTheFloat64Path() {
        manualSeed(10);
        Tensor x = randn(2, 4, 5, 3).transpose(2, 3), w = randn(4, 3, 3, 2), b = randn(6);   // x not contiguous
        int[] stride = {2, 1}, padding = {1, 0}, outputPadding = {1, 0}, dilation = {1, 2};
        Tensor[] f32 = grads(in -> Convolutions.convTranspose2d(in[0], in[1], in[2], stride, padding, outputPadding, 2,
                dilation), x, w, b);
        Tensor[] f64 = grads(in -> Convolutions.convTranspose2d(in[0], in[1], in[2], stride, padding, outputPadding, 2,
                dilation), x.to(FLOAT64), w.to(FLOAT64), b.to(FLOAT64));
        assertEquals("ConvolutionBackward0", Convolutions.convTranspose2d(x.detach().requiresGrad_(), w, b, stride, padding,
                outputPadding, 2, dilation).gradFn().name());
        same(f64, f32);
        Tensor s = randn(3, 4, 11), k = randn(6, 2, 3);
        same(grads(in -> Convolutions.conv1d(in[0], in[1], null, 2, 1, 2, 2), s.to(FLOAT64), k.to(FLOAT64)),
                grads(in -> Convolutions.conv1d(in[0], in[1], null, 2, 1, 2, 2), s, k));
    }

    @Test
    void poolingInCeilModeAndWithoutPaddingInTheDivisorAgreesAcrossDTypes() {
        manualSeed(11);
        Tensor x = randn(2, 3, 7, 8).transpose(2, 3);   // (2, 3, 8, 7), not contiguous
        int[] k = {3, 2}, s = {2, 2}, p = {1, 1}, d = {2, 1};
        same(grads(in -> Pooling.maxPool2d(in[0], k, s, p, d, true), x.to(FLOAT64)),
                grads(in -> Pooling.maxPool2d(in[0], k, s, p, d, true), x));
        for (boolean ceil : new boolean[] {false, true}) {
            for (boolean countPad : new boolean[] {false, true}) {
                same(grads(in -> Pooling.avgPool2d(in[0], k, s, p, ceil, countPad), x.to(FLOAT64)),
                        grads(in -> Pooling.avgPool2d(in[0], k, s, p, ceil, countPad), x));
            }
        }
    }

    @Test
    void lstmFloat32AgreesWithTheFloat64Path() {
        for (boolean bidirectional : new boolean[] {false, true}) {
            manualSeed(7);
            var lstm = new baeum.nn.LSTM(5, 20, 2, true, true, 0.0, bidirectional);   // 2 layers, batch first
            var lstm64 = new baeum.nn.LSTM(5, 20, 2, true, true, 0.0, bidirectional);
            lstm64.loadStateDict(lstm.stateDict());
            lstm64.to(FLOAT64);
            Tensor x = randn(3, 7, 5);
            Tensor[] f32 = grads(in -> lstm.forward(in[0], null, null).output(), x);
            Tensor[] f64 = grads(in -> lstm64.forward(in[0], null, null).output(), x.to(FLOAT64));
            same(f64, f32);
            var p32 = lstm.parameters();
            var p64 = lstm64.parameters();
            for (int i = 0; i < p32.size(); i++) {
                assertTrue(p32.get(i).grad().to(FLOAT64).allclose(p64.get(i).grad(), 1e-4, 1e-4), "parameter " + i);
            }
        }
    }

    @Test
    void crossEntropyFloat32AgreesWithTheFloat64Path() {
        manualSeed(8);
        Tensor logits = randn(7, 5).t();   // (5, 7) scores, transposed: not contiguous
        Tensor labels = tensor(new long[] {3, 0, 6, -100, 2});
        Tensor weights = tensor(new float[] {0.5f, 1, 2, 1, 0.25f, 1, 3});
        for (String reduction : new String[] {"mean", "sum", "none"}) {
            for (Tensor w : new Tensor[] {null, weights}) {
                Tensor[] f32 = grads(in -> nn.crossEntropyLoss(in[0], labels, w, -100, reduction, 0), logits);
                Tensor[] f64 = grads(in -> nn.crossEntropyLoss(in[0], labels, w == null ? null : w.to(FLOAT64), -100,
                        reduction, 0), logits.to(FLOAT64));
                same(f64, f32);
            }
        }
        Tensor loss = nn.crossEntropyLoss(logits.detach().requiresGrad_(), labels, null, -100, "mean", 0);
        assertEquals("NllLossBackward0", loss.gradFn().name());
    }

    /** {out, grad of each input} for the objective Σ out·r with a fixed r. */
    private static Tensor[] grads(java.util.function.Function<Tensor[], Tensor> f, Tensor... inputs) {
        Tensor[] leaves = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) leaves[i] = inputs[i].detach().clone().requiresGrad_();
        Tensor out = f.apply(leaves);
        manualSeed(9);
        out.mul(randn(out.shapeArray()).to(out.dtype())).sum().backward();
        Tensor[] r = new Tensor[inputs.length + 1];
        r[0] = out.detach();
        for (int i = 0; i < inputs.length; i++) r[i + 1] = leaves[i].grad();
        return r;
    }

    private static void same(Tensor[] ref, Tensor[] got) {
        for (int i = 0; i < ref.length; i++) {
            assertEquals(ref[i].shape(), got[i].shape(), "shape of result " + i);
            assertTrue(got[i].to(FLOAT64).allclose(ref[i], 1e-4, 1e-4), "result " + i + " (0 = output, then gradients)");
        }
    }
}
