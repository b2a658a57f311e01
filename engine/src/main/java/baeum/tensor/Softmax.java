package baeum.tensor;

import baeum.ops.SoftmaxOps;
import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Storage;
import baeum.storage.TensorError;

/**
 * Fused {@code softmax(dim)} and {@code logSoftmax(dim)}: float32 rows run through
 * {@link SoftmaxOps} forward and backward; float64 uses the same formulas with tensor ops.
 * A dim other than the last is moved last and back with a transpose.
 */
final class Softmax extends Node {
    private final boolean log;
    private final int dim;

    private Softmax(Tensor x, int dim, boolean log) {
        super(log ? "LogSoftmaxBackward0" : "SoftmaxBackward0", x);
        this.log = log;
        this.dim = dim;
    }

    public static Tensor apply(Tensor x, int dim, boolean log) {
        String op = log ? "logSoftmax" : "softmax";
        if (!x.dtype().isFloatingPoint()) {
            throw new TensorError(op + ": expected a floating-point tensor but got " + x.dtype()
                    + "; convert it first with x.to(DType.FLOAT32)");
        }
        int d = x.dim() == 0 ? 0 : Dims.wrap(op, dim, x.dim(), x.shapeArray());
        Tensor out = compute(x, d, log);
        if (Node.needsGrad(x)) {
            var node = new Softmax(x, d, log);
            node.save(0, out);
            node.attach(out);
        }
        return out;
    }

    private static Tensor compute(Tensor x, int d, boolean log) {
        if (x.dim() == 0) return Tensor.full(new int[0], log ? 0 : 1, x.dtype());
        int last = x.dim() - 1;
        if (d != last) return compute(x.detach().transpose(d, last), last, log).transpose(d, last);
        if (x.dtype() == DType.FLOAT32) {
            float[] in = contiguousFloats(x);
            float[] y = new float[in.length];
            int n = x.size(last);
            SoftmaxOps.forward(in, y, n == 0 ? 0 : in.length / n, n, log);
            return Tensor.wrap(Storage.of(y), x.shapeArray());
        }
        try (var g = GradMode.disable()) {
            Tensor m = x.amax(last, true);
            Tensor shifted = x.sub(m);
            Tensor lse = shifted.exp().sum(last, true).log();
            return log ? shifted.sub(lse) : shifted.sub(lse).exp();
        }
    }

    private static float[] contiguousFloats(Tensor x) {
        if (x.isContiguous() && x.storageOffset() == 0 && x.storage().f.length == x.numel()) return x.storage().f;
        return Pointwise.contiguousCopy(x).storage().f;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor y = saved(0);
        int last = y.dim() - 1;
        if (y.dtype() == DType.FLOAT32 && dim == last && y.dim() > 0) {
            float[] yf = contiguousFloats(y), gf = contiguousFloats(g);
            float[] gx = new float[yf.length];
            int n = y.size(last);
            SoftmaxOps.backward(yf, gf, gx, n == 0 ? 0 : yf.length / n, n, log);
            return new Tensor[] {Tensor.wrap(Storage.of(gx), y.shapeArray())};
        }
        Tensor gx = log ? g.sub(y.exp().mul(g.sum(dim, true))) : y.mul(g.sub(g.mul(y).sum(dim, true)));
        return new Tensor[] {gx};
    }
}
