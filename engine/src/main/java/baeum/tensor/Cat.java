package baeum.tensor;

import baeum.ops.Elementwise;
import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.TensorError;

/** {@code cat(dim, tensors...)}. Backward: each input gets its slice of the gradient. */
final class Cat extends Node {
    private final int dim;
    private final int[] sizes;

    private Cat(String name, Tensor[] ts, int dim) {
        super(name, ts);
        this.dim = dim;
        sizes = new int[ts.length];
        for (int i = 0; i < ts.length; i++) sizes[i] = ts[i].size(dim);
    }

    /** Joins {@code ts} along {@code dim}; all other sizes must agree. */
    public static Tensor apply(String name, int dim, Tensor... ts) {
        if (ts.length == 0) throw new TensorError("cat: expected at least one tensor to join");
        Tensor first = ts[0];
        int d = Dims.wrap("cat", dim, first.dim(), first.shapeArray());
        if (first.dim() == 0) throw new TensorError("cat: zero-dimensional tensors cannot be joined; use stack");
        int total = 0;
        DType dt = first.dtype();
        for (int i = 0; i < ts.length; i++) {
            Tensor t = ts[i];
            int[] s = t.shapeArray();
            boolean ok = s.length == first.dim();
            for (int j = 0; ok && j < s.length; j++) ok = j == d || s[j] == first.shapeArray()[j];
            if (!ok) {
                throw new TensorError("cat: tensor " + i + " has shape " + Shape.str(s) + " but tensor 0 has shape "
                        + Shape.str(first.shapeArray()) + "; all sizes must match except in dim " + dim);
            }
            total += s[d];
            dt = DType.promote(dt, t.dtype());
        }
        int[] shape = first.shapeArray().clone();
        shape[d] = total;
        Tensor out = Tensor.full(shape, 0, dt);
        int at = 0;
        for (Tensor t : ts) {
            Pointwise.binaryInto(Elementwise.RIGHT, "cat", out.detach().narrow(d, at, t.size(d)), t);
            at += t.size(d);
        }
        if (Node.needsGrad(ts)) new Cat(name, ts, d).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor[] gs = new Tensor[sizes.length];
        int at = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (needsInputGrad(i)) gs[i] = g.narrow(dim, at, sizes[i]);
            at += sizes[i];
        }
        return gs;
    }
}
