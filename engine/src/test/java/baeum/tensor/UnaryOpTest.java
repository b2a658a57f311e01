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
            assertTrue(op.gradFnName.matches("[A-Z][A-Za-z]+Backward[0-9]"), op + ": " + op.gradFnName);
            Tensor x = tensor(0.5f, 1.5f).requiresGrad_();
            Tensor y = Unary.apply(op, x, 2, 3);
            assertEquals(op.gradFnName, y.gradFn().name(), op.toString());
            y.sum().backward();                 // fails if the derivative reads a tensor the op did not keep
            assertEquals(2, x.grad().numel(), op.toString());
        }
    }
}
