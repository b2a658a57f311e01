package baeum.fused;

import baeum.tensor.Node;
import baeum.kernels.CrossEntropy;
import baeum.kernels.CrossEntropy.Reduction;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** Cross-entropy of (N, C) logits and int64 class indices in one node ({@link CrossEntropy}). */
final class CrossEntropyNode extends Node {
    private final float[] logProb;
    private final long[] target;
    private final float[] weight;
    private final long ignoreIndex;
    private final Reduction reduction;
    private final int rows, classes;

    private CrossEntropyNode(Tensor logits, float[] logProb, long[] target, float[] weight,
            long ignoreIndex, Reduction reduction) {
        super("NllLossBackward0", logits);
        this.logProb = logProb;
        this.target = target;
        this.weight = weight;
        this.ignoreIndex = ignoreIndex;
        this.reduction = reduction;
        this.rows = logits.size(0);
        this.classes = logits.size(1);
    }

    static Tensor apply(Tensor logits, Tensor target, Tensor weight, long ignoreIndex, Reduction reduction) {
        String op = "crossEntropy";
        Tensor lc = Inputs.floats(op, "input", logits, 2);
        if (target.dtype() != DType.INT64 || target.dim() != 1 || target.size(0) != lc.size(0)) {
            throw new TensorError(op + ": expected class indices as an int64 tensor of shape (" + lc.size(0)
                    + ") for input " + Shape.str(lc.shapeArray()) + " but got " + target.dtype() + " "
                    + Shape.str(target.shapeArray()) + "; for one-hot or probability targets use -(p * logSoftmax).sum(1).mean()");
        }
        int rows = lc.size(0), classes = lc.size(1);
        float[] w = null;
        if (weight != null) {
            Tensor wc = Inputs.floats(op, "weight", weight, 1);
            if (wc.size(0) != classes) {
                throw new TensorError(op + ": weight " + Shape.str(wc.shapeArray()) + " must have one value per class (" + classes + ")");
            }
            w = wc.toFloatArray();
        }
        long[] t = target.toLongArray();
        float[] logProb = new float[rows * classes];
        float[] rowLoss = reduction == Reduction.NONE ? new float[rows] : null;
        float loss;
        try {
            loss = CrossEntropy.forward(Inputs.data(lc), Inputs.offset(lc), rows, classes, t, 0, w,
                    ignoreIndex, reduction, logProb, rowLoss);
        } catch (IllegalArgumentException e) {
            throw new TensorError(e.getMessage());
        }
        Tensor out = reduction == Reduction.NONE ? Tensor.wrap(rowLoss, rows) : Tensor.wrap(new float[] {loss});
        if (Node.needsGrad(logits)) new CrossEntropyNode(lc, logProb, t, w, ignoreIndex, reduction).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor gc = Inputs.floats("crossEntropy backward", "grad", grad, -1);
        float[] d = new float[rows * classes];
        CrossEntropy.backward(Inputs.data(gc), Inputs.offset(gc), logProb, rows, classes, target, 0,
                weight, ignoreIndex, reduction, d, 0);
        return new Tensor[] {Tensor.wrap(d, rows, classes)};
    }
}
