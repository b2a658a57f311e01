package baeum.tensor;

/**
 * The node of every pointwise function of one tensor ({@code exp}, {@code log}, {@code relu},
 * {@code x * 2}, {@code x.pow(3)}...): forward, derivative and name come from its {@link UnaryOp}
 * line; this class records the op and runs it backward.
 */
final class Unary extends Node {
    private final UnaryOp op;
    private final double p, q;

    private Unary(UnaryOp op, Tensor x, double p, double q) {
        super(op.gradFnName(), x);
        this.op = op;
        this.p = p;
        this.q = q;
    }

    /** {@code f(x; p, q)} for {@code op}, recorded for backward when needed. */
    static Tensor apply(UnaryOp op, Tensor x, double p, double q) {
        Tensor out = Pointwise.unary(op.kernel(), x, p, q);
        if (Node.needsGrad(x) && out.dtype().isFloatingPoint()) {
            var node = new Unary(op, x, p, q);
            switch (op.keep()) {
                case INPUT -> node.save(0, x);
                case OUTPUT -> node.save(0, out);
                case NOTHING -> { }
            }
            node.attach(out);
        }
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {op.derivative().of(g, op.keep() == UnaryOp.Keep.NOTHING ? null : saved(0), p, q)};
    }
}
