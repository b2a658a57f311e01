package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.TensorError;

/**
 * {@code max}/{@code min}: along a dim (values and indices; backward sends the gradient to the
 * chosen index), or over all elements (backward shares it evenly among the tied elements, as
 * PyTorch does).
 */
final class Extreme extends Node {
    private final int dim;
    private final boolean keepdim;

    private Extreme(String name, Tensor x, int dim, boolean keepdim) {
        super(name, x);
        this.dim = dim;
        this.keepdim = keepdim;
    }

    /** The values and int64 indices of the max (or min) along {@code dim}. */
    public static Tensor[] apply(Tensor x, int dim, boolean keepdim, boolean max) {
        String op = max ? "max" : "min";
        int d = Dims.wrap(op, dim, x.dim(), x.shapeArray());
        if (x.dim() == 0) return new Tensor[] {x.clone(), Tensor.full(new int[0], 0, DType.INT64)};
        checkNotEmpty(op, x, x.size(d));
        Tensor[] vi = Reduce.extreme(x, d, keepdim, max);
        if (Node.needsGrad(x)) {
            var node = new Extreme(max ? "MaxBackward0" : "MinBackward0", x, d, keepdim);
            node.save(0, vi[1]);
            node.attach(vi[0]);
        }
        return vi;
    }

    /** The max (or min) of all elements, as a scalar tensor. */
    public static Tensor all(Tensor x, boolean max) {
        checkNotEmpty(max ? "max" : "min", x, (int) x.numel());
        Tensor out = Reduce.extreme(x.detach().reshape(-1), 0, false, max)[0];
        if (Node.needsGrad(x)) {
            var node = new Extreme(max ? "MaxBackward1" : "MinBackward1", x, -1, false);
            node.save(0, x);
            node.save(1, out);
            node.attach(out);
        }
        return out;
    }

    private static void checkNotEmpty(String op, Tensor x, int n) {
        if (n == 0) {
            throw new TensorError(op + ": cannot reduce an empty tensor of shape " + Dims.str(x.shapeArray())
                    + " (the extreme of no elements is undefined)");
        }
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int[] in = inputShape(0);
        if (dim < 0) {
            Tensor x = saved(0);
            Tensor hit = x.eq(saved(1));
            Tensor share = g.div(hit.sum().to(g.dtype()));
            return new Tensor[] {share.expand(in).maskedFill(hit.logicalNot(), 0)};
        }
        Tensor idx = saved(0);
        Tensor gk = keepdim ? g : g.unsqueeze(dim);
        Tensor ik = keepdim ? idx : idx.unsqueeze(dim);
        int[] lineShape = new int[in.length];
        java.util.Arrays.fill(lineShape, 1);
        lineShape[dim] = in[dim];
        Tensor positions = baeum.tensor.Create.arange(in[dim]).reshape(lineShape);
        Tensor hit = positions.eq(ik);
        return new Tensor[] {gk.expand(in).maskedFill(hit.logicalNot(), 0)};
    }
}
