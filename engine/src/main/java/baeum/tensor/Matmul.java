package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.TensorError;

/**
 * Matrix products. {@link #mm} (2-D) and {@link #bmm} (3-D, same batch) are the recorded
 * nodes, with backward {@code (g B^T, A^T g)}; {@link #matmul} reduces every other case
 * (1-D operands, broadcast batch dims) to them with views, as PyTorch's {@code matmul} does.
 */
final class Matmul extends Node {
    private final boolean batched, aTransposed, bTransposed;

    private Matmul(Tensor a, Tensor b, boolean batched) {
        super(batched ? "BmmBackward0" : "MmBackward0", a, b);
        this.batched = batched;
        this.aTransposed = !batched && transposedLayout(a);
        this.bTransposed = !batched && transposedLayout(b);
        if (needsInputGrad(1)) save(0, a);
        if (needsInputGrad(0)) save(1, b);
    }

    /** The product of two matrices (m, k) and (k, n). */
    public static Tensor mm(Tensor a, Tensor b) {
        if (a.dim() != 2 || b.dim() != 2) {
            throw new TensorError("mm: expected two 2-D matrices but got " + Shape.str(a.shapeArray()) + " and "
                    + Shape.str(b.shapeArray()) + "; use matmul for vectors and batches");
        }
        checkInner("mm", a, b);
        int m = a.size(0), k = a.size(1), n = b.size(1);
        Tensor a3 = Tensor.asStrided(a.storage(), new int[] {1, m, k}, new int[] {0, a.strideArray()[0], a.strideArray()[1]},
                a.storageOffset());
        Tensor b3 = Tensor.asStrided(b.storage(), new int[] {1, k, n}, new int[] {0, b.strideArray()[0], b.strideArray()[1]},
                b.storageOffset());
        Tensor c3 = BatchedProduct.bmm(a3, b3, resultType(a, b));
        Tensor out = Tensor.wrap(c3.storage(), new int[] {m, n});
        if (Node.needsGrad(a, b)) new Matmul(a, b, false).attach(out);
        return out;
    }

    /** The batched product of (B, m, k) and (B, k, n). */
    public static Tensor bmm(Tensor a, Tensor b) {
        if (a.dim() != 3 || b.dim() != 3 || a.size(0) != b.size(0)) {
            throw new TensorError("bmm: expected two 3-D tensors with the same batch size but got "
                    + Shape.str(a.shapeArray()) + " and " + Shape.str(b.shapeArray())
                    + "; use matmul to broadcast batch dims");
        }
        checkInner("bmm", a, b);
        Tensor out = BatchedProduct.bmm(a, b, resultType(a, b));
        if (Node.needsGrad(a, b)) new Matmul(a, b, true).attach(out);
        return out;
    }

    private static DType resultType(Tensor a, Tensor b) {
        DType t = DType.promote(a.dtype(), b.dtype());
        return t == DType.BOOL ? DType.INT64 : t;
    }

    private static void checkInner(String op, Tensor a, Tensor b) {
        int ka = a.size(-1), kb = b.dim() == 1 ? b.size(0) : b.size(-2);
        if (ka != kb) {
            throw new TensorError(op + ": cannot multiply " + Shape.str(a.shapeArray()) + " and "
                    + Shape.str(b.shapeArray()) + ": inner sizes " + ka + " and " + kb + " differ");
        }
    }

    /** PyTorch's matmul: dot, matrix-vector, matrix-matrix, or batched with broadcasting. */
    public static Tensor matmul(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw new TensorError("matmul: both operands need at least one dim, but got " + Shape.str(a.shapeArray())
                    + " and " + Shape.str(b.shapeArray()) + "; use mul for a product with a scalar");
        }
        checkInner("matmul", a, b);
        if (a.dim() == 2 && b.dim() == 2) return mm(a, b);
        if (a.dim() == 1 && b.dim() == 1) return mm(a.unsqueeze(0), b.unsqueeze(1)).reshape();
        if (a.dim() == 1 && b.dim() == 2) return mm(a.unsqueeze(0), b).squeeze(0);
        if (a.dim() == 2 && b.dim() == 1) return mm(a, b.unsqueeze(1)).squeeze(1);
        boolean va = a.dim() == 1, vb = b.dim() == 1;
        Tensor a2 = va ? a.unsqueeze(0) : a, b2 = vb ? b.unsqueeze(1) : b;
        int[] ba = java.util.Arrays.copyOf(a2.shapeArray(), a2.dim() - 2);
        int[] bb = java.util.Arrays.copyOf(b2.shapeArray(), b2.dim() - 2);
        int[] batch;
        try {
            batch = Dims.broadcast("matmul", ba, bb);
        } catch (TensorError e) {
            throw new TensorError("matmul: cannot multiply " + Shape.str(a.shapeArray()) + " and "
                    + Shape.str(b.shapeArray()) + ": batch dims " + Shape.str(ba) + " and " + Shape.str(bb)
                    + " do not broadcast");
        }
        int m = a2.size(-2), k = a2.size(-1), n = b2.size(-1);
        int nb = Dims.numel(batch);
        Tensor a3 = a2.expand(concat(batch, m, k)).reshape(nb, m, k);
        Tensor b3 = b2.expand(concat(batch, k, n)).reshape(nb, k, n);
        Tensor out = bmm(a3, b3).view(concat(batch, m, n));
        if (va) out = out.squeeze(-2);
        if (vb) out = out.squeeze(-1);
        return out;
    }

    private static int[] concat(int[] batch, int r, int c) {
        int[] s = java.util.Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = r;
        s[batch.length + 1] = c;
        return s;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor ga = null, gb = null;
        if (batched) {
            if (needsInputGrad(0)) ga = bmm(g, saved(1).transpose(1, 2));
            if (needsInputGrad(1)) gb = bmm(saved(0).transpose(1, 2), g);
        } else {
            // A transposed input (x·wᵀ) gets its gradient computed transposed, so that it reaches
            // the leaf contiguous instead of as a strided view that must be copied element by element.
            if (needsInputGrad(0)) ga = aTransposed ? mm(saved(1), g.t()).t() : mm(g, saved(1).t());
            if (needsInputGrad(1)) gb = bTransposed ? mm(g.t(), saved(0)).t() : mm(saved(0).t(), g);
        }
        return new Tensor[] {ga, gb};
    }

    /** True for a 2-D view whose transpose is contiguous (such as {@code w.t()}). */
    private static boolean transposedLayout(Tensor t) {
        return t.dim() == 2 && t.size(0) > 1 && t.size(1) > 1 && !t.isContiguous() && t.t().isContiguous();
    }
}
