package baeum.tensor;

import baeum.ops.Elementwise;

/** {@code a / b} with broadcasting. Backward: {@code (g / b, -g * a / b^2)}. */
final class Div extends Node {
    private Div(Tensor a, Tensor b) {
        super("DivBackward0", a, b);
        if (needsInputGrad(1)) save(0, a);
        save(1, b);
    }

    public static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(Elementwise.DIV, "div", a, b);
        if (Node.needsGrad(a, b)) new Div(a, b).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor b = saved(1);
        Tensor ga = needsInputGrad(0) ? g.div(b) : null;
        Tensor gb = needsInputGrad(1) ? g.mul(saved(0)).div(b.mul(b)).neg() : null;
        return new Tensor[] {ga, gb};
    }
}
