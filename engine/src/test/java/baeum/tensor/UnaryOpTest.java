package baeum.tensor;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The unary table's names and kept tensors, against PyTorch 1.13's grad_fn names. */
class UnaryOpTest {
    @Test
    void subtractingANumberIsSubBackward0AsInPyTorch() {
        // PyTorch 1.13: (x - 2).grad_fn is <SubBackward0>, (x + 2).grad_fn <AddBackward0>, torch.rsub(x, 2) <RsubBackward1>
        Tensor x = tensor(1f, 2f).requiresGrad_();
        assertEquals("SubBackward0", x.sub(2).gradFn().name());
        assertEquals("AddBackward0", x.add(2).gradFn().name());
        assertEquals("RsubBackward1", x.rsub(2).gradFn().name());
        Tensor y = x.sub(2);
        assertArrayEquals(new float[] {-1f, 0f}, y.toFloatArray());
        y.sum().backward();
        assertArrayEquals(new float[] {1f, 1f}, x.grad().toFloatArray());
    }

    @Test
    void everyOpHasAPyTorchNameAndKeepsWhatItsDerivativeReads() {
        for (UnaryOp op : UnaryOp.values()) {
            assertTrue(op.gradFnName().matches("[A-Z][A-Za-z]+Backward[0-9]"), op + ": " + op.gradFnName());
            Tensor x = tensor(0.5f, 1.5f).requiresGrad_();
            Tensor y = Unary.apply(op, x, 2, 3);
            assertEquals(op.gradFnName(), y.gradFn().name(), op.toString());
            y.sum().backward();                 // fails if the derivative reads a tensor the op did not keep
            assertEquals(2, x.grad().numel(), op.toString());
        }
    }

    @Test
    void eachFastLoopComputesItsFormulaRoundedToFloat() {
        float[] v = {0f, -0f, 1e-30f, -1e-30f, 0.3f, -0.7f, 1.5f, -2.5f, 40f, -100f, 89f, -89f, 1e30f,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 3f, -3f};
        Tensor contiguous = Tensor.wrap(v, v.length);
        Tensor strided = Tensor.wrap(interleaved(v), v.length, 2).select(1, 0);      // stride 2: gathered, then the loop
        for (UnaryOp op : UnaryOp.values()) {
            if (op.kernel().floats() == null) continue;
            for (double[] pq : new double[][] {{0.5, 1.5}, {2, 3}, {-1.25, 0.75}}) {
                float[] fast = Pointwise.unary(op.kernel(), contiguous, pq[0], pq[1]).toFloatArray();
                float[] gathered = Pointwise.unary(op.kernel(), strided, pq[0], pq[1]).toFloatArray();
                for (int i = 0; i < v.length; i++) {
                    float expected = (float) op.kernel().formula().at(v[i], (float) pq[0], (float) pq[1]);
                    String what = op + "(" + v[i] + "; " + pq[0] + ", " + pq[1] + ")";
                    assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(fast[i]), what + " = " + fast[i]);
                    assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(gathered[i]), what + " strided");
                }
            }
        }
    }

    private static float[] interleaved(float[] v) {
        float[] out = new float[2 * v.length];
        for (int i = 0; i < v.length; i++) out[2 * i] = v[i];
        return out;
    }
}
