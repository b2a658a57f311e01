package baeum.tensor;

import baeum.ops.Elementwise;

/** {@code a * b} with broadcasting. Backward: {@code (g * b, g * a)}. */
final class Mul extends Node {
    private Mul(Tensor a, Tensor b) {
        super("MulBackward0", a, b);
        if (needsInputGrad(1)) save(0, a);
        if (needsInputGrad(0)) save(1, b);
    }

    public static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(Elementwise.MUL, "mul", a, b);
        if (Node.needsGrad(a, b)) new Mul(a, b).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {
            needsInputGrad(0) ? g.mul(saved(1)) : null,
            needsInputGrad(1) ? g.mul(saved(0)) : null};
    }
}
