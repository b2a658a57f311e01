package baeum.tensor;

import baeum.ops.Affine;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.storage.Storage;
import baeum.storage.TensorError;

/**
 * The fused affine map of a linear layer, {@code y = x W^T + b} (PyTorch's {@code F.linear}):
 * one GEMM that starts from the bias rows, instead of a product and a broadcast add.
 * Backward: {@code (g W, g^T x, g)}; the engine sums the bias gradient over the rows, as for any
 * broadcast input. Inputs with more than two dims are
 * flattened to rows and the result reshaped back.
 *
 * <pre>
 * jshell> baeum.tensor.Linear.apply(ones(2, 3), ones(4, 3), tensor(1f, 2f, 3f, 4f))
 * $1 ==> tensor([[4., 5., 6., 7.],
 *         [4., 5., 6., 7.]])
 * </pre>
 * Shape: x {@code (N, in)} (or {@code (..., in)}), W {@code (out, in)}, b {@code (out)} or null
 * -> {@code (N, out)}.
 */
public final class Linear extends Node {
    private Linear(Tensor x, Tensor w, Tensor b) {
        super("AddmmBackward0", x, w, b);
        if (needsInputGrad(1)) save(0, x);
        if (needsInputGrad(0)) save(1, w);
    }

    public static Tensor apply(Tensor x, Tensor w, Tensor b) {
        if (w.dim() != 2 || x.dim() == 0 || x.size(-1) != w.size(1) || (b != null && (b.dim() != 1 || b.size(0) != w.size(0)))) {
            throw new TensorError("linear: cannot apply weight " + Shape.str(w.shapeArray())
                    + (b == null ? "" : " and bias " + Shape.str(b.shapeArray())) + " to input " + Shape.str(x.shapeArray())
                    + ": expected input (..., in), weight (out, in) and bias (out)");
        }
        if (x.dim() != 2) {
            int[] outShape = x.shapeArray().clone();
            outShape[outShape.length - 1] = w.size(0);
            return apply(x.reshape(-1, x.size(-1)), w, b).reshape(outShape);
        }
        boolean grad = b == null ? Node.needsGrad(x, w) : Node.needsGrad(x, w, b);
        boolean fast = x.dtype() == DType.FLOAT32 && w.dtype() == DType.FLOAT32 && (b == null || b.dtype() == DType.FLOAT32);
        if (!fast) {
            Tensor out;
            try (var g = GradMode.disable()) {
                out = Matmul.mm(x, w.t());
                out = b == null ? out : out.add(b);
            }
            if (grad) new Linear(x, w, b).attach(out);
            return out;
        }
        int n = x.size(0), in = x.size(1), out = w.size(0);
        float[] c = new float[n * out];
        float[] bias = b == null ? null : b.toFloatArray();
        Tensor xc = x.isContiguous() ? x : x.detach().contiguous();
        Tensor wc = w.isContiguous() ? w : w.detach().contiguous();
        Affine.rows(n, in, out, xc.storage().f, xc.storageOffset(), wc.storage().f, wc.storageOffset(), bias, c);
        Tensor y = Tensor.wrap(Storage.of(c), new int[] {n, out});
        if (grad) new Linear(x, w, b).attach(y);
        return y;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor gx = needsInputGrad(0) ? Matmul.mm(g, saved(1)) : null;
        Tensor gw = needsInputGrad(1) ? Matmul.mm(g.t(), saved(0)) : null;
        Tensor gb = inputShape(2) != null && needsInputGrad(2) ? g : null;   // summed over rows by the engine
        return new Tensor[] {gx, gw, gb};
    }
}
