package baeum.fused;

import baeum.kernels.Pool2d;
import baeum.kernels.Window2d;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.storage.TensorError;
import baeum.tensor.GradMode;
import baeum.tensor.Node;
import baeum.tensor.Tensor;

/**
 * Max or average pooling over the last two dims of an (N, C, H, W) tensor, forward and backward:
 * float32 on the {@link Pool2d} kernels, float64 (gradient checks) as the same sums and maxima
 * over the window columns of {@link Columns}.
 */
final class Pool2dNode extends Node {
    private final Window2d win;
    private final int[] inShape;
    private final boolean max;
    private final boolean countIncludePad;
    private final int[] argmax;     // float32 max pooling: each maximum's index in its input plane
    private final Columns columns;  // float64: the window columns, and each maximum's window offset
    private final Tensor which;

    private Pool2dNode(Tensor x, Window2d win, boolean max, boolean countIncludePad, int[] argmax, Columns columns,
            Tensor which) {
        super(max ? "MaxPool2DWithIndicesBackward0" : "AvgPool2DBackward0", x);
        this.win = win;
        this.inShape = x.shapeArray().clone();
        this.max = max;
        this.countIncludePad = countIncludePad;
        this.argmax = argmax;
        this.columns = columns;
        this.which = which;
    }

    static Tensor apply(Tensor x, Window2d win, boolean max, boolean countIncludePad) {
        String op = max ? "maxPool2d" : "avgPool2d";
        if (!x.dtype().isFloatingPoint()) {
            throw new TensorError(op + ": expected a float32 or float64 input, got " + x.dtype() + " " + x.shape());
        }
        Tensor xc = Inputs.real(op, "input", x, 4);
        int[] s = xc.shapeArray();
        try {
            win.check(op, s[2], s[3], true);
        } catch (IllegalArgumentException e) {
            throw new TensorError(e.getMessage());
        }
        int planes = s[0] * s[1], oh = win.outH(s[2]), ow = win.outW(s[3]);
        if (xc.dtype() == DType.FLOAT64) return float64(x, xc, win, max, countIncludePad, oh, ow);
        float[] y = new float[planes * oh * ow];
        int[] at = null;
        if (max) {
            at = new int[y.length];
            Pool2d.maxForward(Inputs.data(xc), Inputs.offset(xc), planes, s[2], s[3], win, y, 0, at, 0);
        } else {
            Pool2d.avgForward(Inputs.data(xc), Inputs.offset(xc), planes, s[2], s[3], win, countIncludePad, y, 0);
        }
        Tensor out = Tensor.wrap(y, s[0], s[1], oh, ow);
        if (Node.needsGrad(x)) new Pool2dNode(xc, win, max, countIncludePad, at, null, null).attach(out);
        return out;
    }

    private static Tensor float64(Tensor x, Tensor xc, Window2d win, boolean max, boolean countIncludePad, int oh, int ow) {
        int[] s = xc.shapeArray();
        Columns cols = Columns.of("pooling", s[2], s[3], win);
        Tensor which = null, out;
        try (var g = GradMode.disable()) {
            Tensor c = cols.unfold(xc, max ? Double.NEGATIVE_INFINITY : 0);      // (planes, window, positions)
            if (max) {
                which = c.argmax(1, true);                                       // the first maximum; NaN wins
                out = c.gather(1, which);
            } else {
                out = c.sum(1, true).mul(inverseDivisors(s, win, countIncludePad));
            }
        }
        out = out.reshape(s[0], s[1], oh, ow);
        if (Node.needsGrad(x)) new Pool2dNode(xc, win, max, countIncludePad, null, cols, which).attach(out);
        return out;
    }

    private static Tensor inverseDivisors(int[] s, Window2d win, boolean countIncludePad) {
        return Tensor.wrap(Pool2d.inverseDivisors(s[2], s[3], win, countIncludePad), 1, 1, win.outH(s[2]) * win.outW(s[3]));
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        int planes = inShape[0] * inShape[1], h = inShape[2], w = inShape[3];
        if (columns != null) {
            Tensor g = grad.reshape(planes, 1, columns.positions());
            Tensor dcols = max
                    ? baeum.tensor.Create.arange(columns.window()).view(1, -1, 1).eq(which).to(DType.FLOAT64).mul(g)
                    : g.mul(inverseDivisors(inShape, win, countIncludePad)).expand(planes, columns.window(), columns.positions());
            return new Tensor[] {columns.fold(dcols, inShape.clone())};
        }
        Tensor gc = Inputs.floats("pool2d backward", "grad", grad, 4);
        float[] dx = new float[planes * h * w];
        if (argmax != null) {
            Pool2d.maxBackward(Inputs.data(gc), Inputs.offset(gc), argmax, 0, planes, h, w, win, dx, 0);
        } else {
            Pool2d.avgBackward(Inputs.data(gc), Inputs.offset(gc), planes, h, w, win, countIncludePad, dx, 0);
        }
        return new Tensor[] {Tensor.wrap(dx, inShape.clone())};
    }
}
