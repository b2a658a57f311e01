package baeum.fused;

import baeum.tensor.Node;
import baeum.kernels.Pool2d;
import baeum.kernels.Window2d;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** Max or average pooling over the last two dims of an (N, C, H, W) tensor ({@link Pool2d}). */
final class Pool2dNode extends Node {
    private final Window2d win;
    private final int[] inShape;
    private final int[] argmax;          // max pooling: where each output came from
    private final boolean countIncludePad;

    private Pool2dNode(Tensor x, Window2d win, int[] argmax, boolean countIncludePad) {
        super(argmax != null ? "MaxPool2DWithIndicesBackward0" : "AvgPool2DBackward0", x);
        this.win = win;
        this.inShape = x.shapeArray().clone();
        this.argmax = argmax;
        this.countIncludePad = countIncludePad;
    }

    static Tensor apply(Tensor x, Window2d win, boolean max, boolean countIncludePad) {
        String op = max ? "maxPool2d" : "avgPool2d";
        Tensor xc = Inputs.floats(op, "input", x, 4);
        int[] s = xc.shapeArray();
        if (2 * win.ph() > win.kh() || 2 * win.pw() > win.kw()) {
            throw new TensorError(op + ": padding " + win.ph() + "x" + win.pw() + " must be at most half the kernel "
                    + win.kh() + "x" + win.kw() + ", as in PyTorch");
        }
        int oh, ow;
        try {
            oh = win.outH(s[2]);
            ow = win.outW(s[3]);
        } catch (IllegalArgumentException e) {
            throw new TensorError(op + ": input " + Shape.str(s) + ": " + e.getMessage());
        }
        int planes = s[0] * s[1];
        float[] y = new float[planes * oh * ow];
        int[] at = null;
        if (max) {
            at = new int[y.length];
            Pool2d.maxForward(Inputs.data(xc), Inputs.offset(xc), planes, s[2], s[3], win, y, 0, at, 0);
        } else {
            Pool2d.avgForward(Inputs.data(xc), Inputs.offset(xc), planes, s[2], s[3], win, countIncludePad, y, 0);
        }
        Tensor out = Tensor.wrap(y, s[0], s[1], oh, ow);
        if (Node.needsGrad(x)) new Pool2dNode(xc, win, at, countIncludePad).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor gc = Inputs.floats("pool2d backward", "grad", grad, 4);
        int planes = inShape[0] * inShape[1], h = inShape[2], w = inShape[3];
        float[] dx = new float[planes * h * w];
        if (argmax != null) {
            Pool2d.maxBackward(Inputs.data(gc), Inputs.offset(gc), argmax, 0, planes, h, w, win, dx, 0);
        } else {
            Pool2d.avgBackward(Inputs.data(gc), Inputs.offset(gc), planes, h, w, win, countIncludePad, dx, 0);
        }
        return new Tensor[] {Tensor.wrap(dx, inShape.clone())};
    }
}
