package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Dims;

/**
 * {@code sum} and {@code mean} over some dims. Backward: the output gradient, put back to
 * keepdim shape, expanded over the reduced dims (and divided by the count for a mean).
 */
final class Sum extends Node {
    private final int[] keepShape;
    private final double scale;

    private Sum(String name, Tensor x, int[] keepShape, double scale) {
        super(name, x);
        this.keepShape = keepShape;
        this.scale = scale;
    }

    /** Sum ({@code mean == false}) or mean of {@code x} over {@code dims} (all dims if empty). */
    public static Tensor apply(Tensor x, int[] dims, boolean keepdim, boolean mean) {
        String op = mean ? "mean" : "sum";
        int[] shape = x.shapeArray();
        boolean[] mask = Reduce.mask(op, shape, dims);
        Tensor out = Reduce.sum(x, mask, keepdim);
        double scale = 1;
        if (mean) {
            long count = x.numel() / Math.max(1, Dims.numel(Reduce.reducedShape(shape, mask, false)));
            if (x.numel() == 0) count = 0;
            scale = 1.0 / count;
            DType dt = out.dtype().isFloatingPoint() ? out.dtype() : DType.FLOAT32;
            out = Pointwise.unary(UnaryOp.MUL_S.kernel(), dt == out.dtype() ? out : out.to(dt), scale, 0);
        }
        if (Node.needsGrad(x)) {
            String name = (mean ? "MeanBackward" : "SumBackward") + (dims.length == 0 ? "0" : "1");
            new Sum(name, x, Reduce.reducedShape(shape, mask, true), scale).attach(out);
        }
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor gk = g.reshape(keepShape);
        if (scale != 1) gk = gk.mul(scale);
        return new Tensor[] {gk.expand(inputShape(0))};
    }
}
