package baeum.tensor;

import baeum.ops.Elementwise;

/**
 * {@code a ^ b} for a tensor exponent, with broadcasting.
 * Backward: {@code (g * b * a^(b-1), g * a^b * log(a))}, the second taken as 0 where a is 0.
 */
final class Pow extends Node {
    private Pow(Tensor a, Tensor b) {
        super("PowBackward1", a, b);
        save(0, a);
        save(1, b);
    }

    public static Tensor apply(Tensor a, Tensor b) {
        Tensor out = Pointwise.binary(Elementwise.POW, "pow", a, b);
        if (Node.needsGrad(a, b)) new Pow(a, b).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor a = saved(0), b = saved(1);
        Tensor ga = needsInputGrad(0) ? g.mul(b).mul(a.pow(b.sub(1))) : null;
        Tensor gb = null;
        if (needsInputGrad(1)) {
            Tensor zero = a.eq(0);
            gb = g.mul(a.pow(b)).mul(a.maskedFill(zero, 1).log()).maskedFill(zero, 0);
        }
        return new Tensor[] {ga, gb};
    }
}
