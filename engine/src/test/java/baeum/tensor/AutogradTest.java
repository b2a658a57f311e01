package baeum.tensor;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import baeum.storage.TensorError;
import org.junit.jupiter.api.Test;

class AutogradTest {
    @Test
    void gradientOfAPolynomial() {
        Tensor x = tensor(2f).requiresGrad_();
        Tensor y = x.mul(x).add(x.mul(3));                 // y = x^2 + 3x, dy/dx = 2x + 3
        assertEquals("AddBackward0", y.gradFn().name());
        assertFalse(y.isLeaf());
        y.backward();
        assertEquals(7f, x.grad().item());
        assertTrue(x.grad().isLeaf());
        assertFalse(x.grad().requiresGrad());
    }

    @Test
    void gradientsAccumulateUntilZeroed() {
        Tensor w = tensor(1f, 2f).requiresGrad_();
        w.mul(3).sum().backward();
        w.mul(3).sum().backward();
        assertArrayEquals(new float[] {6, 6}, w.grad().toFloatArray());
        w.grad().zero_();
        w.mul(w).sum().backward();
        assertArrayEquals(new float[] {2, 4}, w.grad().toFloatArray());
        w.zeroGrad();
        assertNull(w.grad());
    }

    @Test
    void broadcastInputsGetGradientsOfTheirOwnShape() {
        Tensor a = ones(2, 3).requiresGrad_();
        Tensor b = tensor(1f, 2f, 3f).requiresGrad_();
        Tensor c = tensor(5f).requiresGrad_();
        a.mul(b).add(c).sum().backward();
        assertEquals(shape(3), b.grad().shape());
        assertArrayEquals(new float[] {2, 2, 2}, b.grad().toFloatArray());
        assertArrayEquals(new float[] {1, 2, 3, 1, 2, 3}, a.grad().toFloatArray());
        assertEquals(0, c.grad().dim());
        assertEquals(6f, c.grad().item());
    }

    @Test
    void nonScalarBackwardNeedsAGradient() {
        Tensor x = ones(2, 2).requiresGrad_();
        Tensor y = x.mul(2);
        var e = assertThrows(TensorError.class, y::backward);
        assertTrue(e.getMessage().startsWith("backward: grad can be implicitly created only for a scalar output, but this"
                + " tensor has shape (2, 2) (4 elements)"), e.getMessage());
        y.backward(tensor(new float[][] {{1, 2}, {3, 4}}));
        assertArrayEquals(new float[] {2, 4, 6, 8}, x.grad().toFloatArray());
        var e2 = assertThrows(TensorError.class, () -> ones(2).backward());
        assertTrue(e2.getMessage().contains("does not require grad"), e2.getMessage());
    }

    @Test
    void retainGraphAllowsASecondBackward() {
        Tensor x = tensor(3f).requiresGrad_();
        Tensor y = x.exp();
        y.backward(null, true);
        y.backward();
        assertEquals(2 * Math.exp(3), x.grad().item(), 1e-4);
        Tensor z = x.exp();
        z.backward();
        var e = assertThrows(TensorError.class, z::backward);
        assertTrue(e.getMessage().contains("retainGraph"), e.getMessage());
    }

    @Test
    void noGradDetachAndData() {
        Tensor w = ones(2).requiresGrad_();
        try (var g = noGrad()) {
            assertFalse(isGradEnabled());
            Tensor y = w.mul(2);
            assertFalse(y.requiresGrad());
            assertNull(y.gradFn());
        }
        assertTrue(isGradEnabled());
        Tensor d = w.detach();
        assertFalse(d.requiresGrad());
        assertSame(w.storage(), d.storage());
        assertFalse(w.mul(2).detach().requiresGrad());
        w.data().mul_(5);
        assertArrayEquals(new float[] {5, 5}, w.toFloatArray());
        assertEquals(0, w.version());         // data() has its own version counter
    }

    @Test
    void inPlaceOnALeafThatRequiresGradFailsOutsideNoGrad() {
        Tensor w = ones(2).requiresGrad_();
        var e = assertThrows(TensorError.class, () -> w.sub_(tensor(0.1f)));
        assertEquals("sub_: a leaf tensor that requires grad cannot be changed in place while autograd records, since"
                + " its gradient would be lost. Do it inside try (var g = noGrad()) { ... }, or on x.data()", e.getMessage());
        w.mul(w).sum().backward();
        try (var g = noGrad()) {
            w.sub_(w.grad().mul(0.5));
        }
        assertArrayEquals(new float[] {0, 0}, w.toFloatArray());
        assertEquals(1, w.version());
        w.data().sub_(w.grad().mul(-0.5));
        assertArrayEquals(new float[] {1, 1}, w.toFloatArray());
    }

    @Test
    void changingASavedTensorInPlaceIsCaughtAtBackward() {
        Tensor w = tensor(1f, 2f).requiresGrad_();
        Tensor x = tensor(3f, 4f);
        Tensor y = w.mul(x).sum();                        // MulBackward0 saved x
        x.add_(1);
        var e = assertThrows(TensorError.class, y::backward);
        assertEquals("backward of MulBackward0: a tensor of shape (2) (an input that does not require grad) that"
                + " MulBackward0 saved for backward was changed in place by add_ afterwards (it is at version 1; expected version 0). Use the out-of-place op (add"
                + " instead of add_) or change a clone() of the tensor instead", e.getMessage());
        Tensor h = w.exp();
        h.mul_(2);                                        // exp saved its output h
        var e2 = assertThrows(TensorError.class, () -> h.sum().backward());
        assertTrue(e2.getMessage().startsWith("backward of ExpBackward0: a tensor of shape (2) (the output of MulBackward0)"
                + " that ExpBackward0 saved for backward was changed in place by mul_"), e2.getMessage());
    }

    @Test
    void aFailedBackwardLeavesNoHalfSummedGradients() {
        Tensor w = tensor(0.5f, 1f).requiresGrad_();
        Tensor x = tensor(3f, 4f);
        Tensor h = w.exp();
        Tensor a = h.mul(x);                              // saves x
        Tensor b = h.mul(2);
        x.add_(1);
        assertThrows(TensorError.class, () -> a.add(b).sum().backward());
        b.sum().backward();                               // reaches exp's node again
        float[] g = w.grad().toFloatArray();
        assertEquals(2 * Math.exp(0.5), g[0], 1e-5);
        assertEquals(2 * Math.exp(1), g[1], 1e-5);
    }

    @Test
    void inPlaceOnANonLeafIsRecorded() {
        Tensor w = tensor(1f, 2f).requiresGrad_();
        Tensor y = w.mul(3);
        y.add_(1);
        assertEquals("AddBackward0", y.gradFn().name());
        y.mul_(tensor(2f, 4f));
        assertEquals(1 + 1, y.version());
        y.sum().backward();
        assertArrayEquals(new float[] {6, 12}, w.grad().toFloatArray());
    }

    @Test
    void retainGradKeepsANonLeafGradient() {
        Tensor x = tensor(1f, 2f).requiresGrad_();
        Tensor h = x.mul(2).retainGrad();
        h.mul(h).sum().backward();
        assertArrayEquals(new float[] {4, 8}, h.grad().toFloatArray());
        assertArrayEquals(new float[] {8, 16}, x.grad().toFloatArray());
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        Tensor x = tensor(1f).requiresGrad_();
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) y = y.add(0);
        y.backward();
        assertEquals(1f, x.grad().item());
    }

    @Test
    void sharedSubexpressionsSumTheirGradients() {
        Tensor x = tensor(2f).requiresGrad_();
        Tensor a = x.mul(x);                              // used twice below
        a.add(a.mul(a)).backward();                       // d/dx (x^2 + x^4) = 2x + 4x^3
        assertEquals(4 + 32f, x.grad().item(), 1e-5);
    }

    @Test
    void linearRegressionByHandConverges() {
        manualSeed(0);
        Tensor xs = rand(100, 1).mul(4).sub(2);
        Tensor ys = xs.mul(3).add(0.5).add(randn(100, 1).mul(0.01));
        Tensor w = zeros(1).requiresGrad_();
        Tensor b = zeros(1).requiresGrad_();
        double lr = 0.1;
        for (int epoch = 0; epoch < 200; epoch++) {
            Tensor pred = xs.mul(w).add(b);
            Tensor loss = pred.sub(ys).pow(2).mean();
            loss.backward();
            try (var g = noGrad()) {
                w.sub_(w.grad().mul(lr));
                b.sub_(b.grad().mul(lr));
                w.grad().zero_();
                b.grad().zero_();
            }
        }
        assertEquals(3f, w.item(), 0.01);
        assertEquals(0.5f, b.item(), 0.01);
    }

    @Test
    void softmaxRegressionByHandSeparatesThreeClusters() {
        manualSeed(1);
        int n = 150;
        Tensor labels = arange(n).sub(arange(n).div(3).to(INT64).mul(3));   // 0, 1, 2, 0, 1, 2, ...
        Tensor centers = tensor(new float[][] {{2, 0}, {-2, 2}, {-2, -2}});
        Tensor xs = centers.indexSelect(0, labels).add(randn(n, 2).mul(0.5));
        Tensor w = zeros(2, 3).requiresGrad_(), b = zeros(3).requiresGrad_();
        for (int step = 0; step < 100; step++) {
            Tensor logp = xs.matmul(w).add(b).logSoftmax(1);
            Tensor loss = logp.gather(1, labels.unsqueeze(1)).mean().neg();
            w.zeroGrad();
            b.zeroGrad();
            loss.backward();
            try (var g = noGrad()) {
                w.sub_(w.grad().mul(0.5));
                b.sub_(b.grad().mul(0.5));
            }
        }
        Tensor predicted = xs.matmul(w).add(b).argmax(1);
        double accuracy = predicted.eq(labels).sum().itemLong() / (double) n;
        assertTrue(accuracy > 0.95, "accuracy " + accuracy);
    }

    @Test
    void theSeedExample() {
        var img = randn(3, 5, 5);
        var w = tensor(0.2126f, 0.7152f, 0.0722f).unsqueeze(-1).unsqueeze_(-1);
        assertEquals(shape(5, 5), img.mul(w).sum(-3).shape());
        assertEquals("(5, 5)", img.mul(w).sum(-3).shape().toString());
    }
}
