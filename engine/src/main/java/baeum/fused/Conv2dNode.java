package baeum.fused;

import baeum.tensor.Node;
import baeum.kernels.Conv2d;
import baeum.kernels.Window2d;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** conv2d through im2col and the SIMD GEMM ({@link Conv2d}); backward by the same kernels. */
final class Conv2dNode extends Node {
    private final Conv2d.Geometry geometry;
    private final boolean hasBias;
    private final float[] cols;   // the input as forward unfolded it, reused by backward

    private Conv2dNode(Tensor x, Tensor w, Tensor b, Conv2d.Geometry g, float[] cols) {
        super("ConvolutionBackward0", x, w, b);
        geometry = g;
        this.cols = cols;
        hasBias = b != null;
        save(0, x);
        save(1, w);
    }

    static Tensor apply(Tensor x, Tensor weight, Tensor bias, Window2d win, int groups) {
        String op = "conv2d";
        Tensor xc = Inputs.floats(op, "input", x, 4), wc = Inputs.floats(op, "weight", weight, 4);
        int[] xs = xc.shapeArray(), ws = wc.shapeArray();
        if (ws[1] * groups != xs[1] || ws[0] % groups != 0 || ws[2] != win.kh() || ws[3] != win.kw()) {
            throw new TensorError(op + ": input " + Shape.str(xs) + " and weight " + Shape.str(ws)
                    + " with groups " + groups + " do not fit: the weight must be (out, in/groups, kh, kw)"
                    + " with in = " + xs[1]);
        }
        Tensor bc = null;
        if (bias != null) {
            bc = Inputs.floats(op, "bias", bias, 1);
            if (bc.size(0) != ws[0]) {
                throw new TensorError(op + ": bias " + Shape.str(bc.shapeArray()) + " must have one value per output"
                        + " channel (" + ws[0] + ")");
            }
        }
        Conv2d.Geometry g;
        try {
            g = new Conv2d.Geometry(xs[0], xs[1], xs[2], xs[3], ws[0], groups, win);
        } catch (IllegalArgumentException e) {
            throw new TensorError(op + ": input " + Shape.str(xs) + ", weight " + Shape.str(ws) + ": " + e.getMessage());
        }
        float[] y = new float[g.outputSize()];
        boolean grad = Node.needsGrad(x, weight, bias);
        float[] cols = grad && Conv2d.colsSize(g) > 0 ? new float[Conv2d.colsSize(g)] : null;
        Conv2d.forward(g, Inputs.data(xc), Inputs.offset(xc), Inputs.data(wc), Inputs.offset(wc),
                bc == null ? null : Inputs.data(bc), bc == null ? 0 : Inputs.offset(bc), y, 0, cols);
        Tensor out = Tensor.wrap(y, xs[0], ws[0], g.outH(), g.outW());
        if (grad) new Conv2dNode(xc, wc, bc, g, cols).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor x = saved(0), w = saved(1);
        Tensor gc = Inputs.floats("conv2d backward", "grad", grad, 4);
        Conv2d.Geometry g = geometry;
        float[] dx = needsInputGrad(0) ? new float[g.inputSize()] : null;
        float[] dw = needsInputGrad(1) ? new float[g.weightSize()] : null;
        float[] db = hasBias && needsInputGrad(2) ? new float[g.outChannels()] : null;
        Conv2d.backward(g, Inputs.data(x), Inputs.offset(x), Inputs.data(w), Inputs.offset(w),
                Inputs.data(gc), Inputs.offset(gc), dx, 0, dw, 0, db, 0, cols);
        return new Tensor[] {
            dx == null ? null : Tensor.wrap(dx, x.shapeArray().clone()),
            dw == null ? null : Tensor.wrap(dw, w.shapeArray().clone()),
            db == null ? null : Tensor.wrap(db, g.outChannels())};
    }
}
