package baeum.tensor;

import baeum.ops.Elementwise;

/** {@code a + b} and {@code a - b} with broadcasting. Backward: {@code (g, g)} or {@code (g, -g)}. */
final class Add extends Node {
    private final boolean sub;

    private Add(Tensor a, Tensor b, boolean sub) {
        super(sub ? "SubBackward0" : "AddBackward0", a, b);
        this.sub = sub;
    }

    public static Tensor apply(Tensor a, Tensor b, boolean sub) {
        Tensor out = Pointwise.binary(sub ? Elementwise.SUB : Elementwise.ADD, sub ? "sub" : "add", a, b);
        if (Node.needsGrad(a, b)) new Add(a, b, sub).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g, needsInputGrad(1) ? (sub ? g.neg() : g) : null};
    }
}
