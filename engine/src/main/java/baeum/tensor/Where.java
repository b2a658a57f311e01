package baeum.tensor;


/** {@code where(cond, a, b)} (and {@code maskedFill}). Backward: g where cond to a, g elsewhere to b. */
public final class Where extends Node {
    private Where(String name, Tensor cond, Tensor a, Tensor b) {
        super(name, a, b);
        save(0, cond);
    }

    public static Tensor apply(String name, Tensor cond, Tensor a, Tensor b) {
        Tensor out = Pointwise.where(cond, a, b);
        if (Node.needsGrad(a, b)) new Where(name, cond, a, b).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor cond = saved(0);
        Tensor zero = Tensor.full(new int[0], 0, g.dtype());
        return new Tensor[] {
            needsInputGrad(0) ? Pointwise.where(cond, g, zero) : null,
            needsInputGrad(1) ? Pointwise.where(cond, zero, g) : null};
    }
}
