package baeum.fused;

import baeum.kernels.Conv2d;
import baeum.kernels.Window2d;
import baeum.storage.Shape;
import baeum.storage.TensorError;
import baeum.tensor.Create;
import baeum.tensor.Node;
import baeum.tensor.Tensor;

/**
 * conv2d and its transpose, as one node each with forward and backward side by side, on the
 * products of {@link ConvProducts} (im2col and the SIMD GEMM for float32). A transposed
 * convolution is the input gradient of the convolution {@code g} whose output has its input's
 * size; its backward swaps the roles: {@code dx = conv(dy)}, {@code dweight = weightGrad(dy, x)}.
 */
final class Conv2dNode extends Node {
    private final ConvProducts products;
    private final boolean transposed;
    private final boolean hasBias;
    private float[] cols;   // float32 conv: the input as forward unfolded it, for the weight's gradient;
                            // given back to Conv2d's free arrays once backward has used it

    private Conv2dNode(Tensor x, Tensor w, Tensor b, ConvProducts products, boolean transposed, float[] cols) {
        super("ConvolutionBackward0", x, w, b);
        this.products = products;
        this.transposed = transposed;
        this.cols = cols;
        hasBias = b != null;
        save(0, x);
        save(1, w);
    }

    /** {@code conv2d(x, weight) + bias}. Shape: x (N, C, H, W), weight (O, C/groups, kh, kw), bias (O) → (N, O, outH, outW). */
    static Tensor apply(String op, Tensor x, Tensor weight, Tensor bias, Window2d win, int groups) {
        Tensor xc = Inputs.real(op, "input", x, 4), wc = Inputs.real(op, "weight", weight, 4);
        int[] xs = xc.shapeArray(), ws = wc.shapeArray();
        if (wc.dtype() != xc.dtype()) {
            throw new TensorError(op + ": input " + xc.dtype() + " and weight " + wc.dtype() + " differ in dtype;"
                    + " convert one with .to(" + xc.dtype() + ")");
        }
        if (ws[1] * groups != xs[1] || ws[0] % groups != 0 || ws[2] != win.kh() || ws[3] != win.kw()) {
            throw new TensorError(op + ": input " + Shape.str(xs) + " and weight " + Shape.str(ws)
                    + " with groups " + groups + " do not fit: the weight must be (out, in/groups, kh, kw)"
                    + " with in = " + xs[1]);
        }
        Tensor bc = bias(op, bias, ws[0], xc);
        ConvProducts p = ConvProducts.of(op, geometry(op, xs[0], xs[1], xs[2], xs[3], ws[0], groups, win, xs, ws), xc.dtype());
        boolean keep = p.columns() == null && Node.needsGrad(weight) && Conv2d.colsSize(p.g()) > 0;
        float[] cols = keep ? Conv2d.takeCols(p.g()) : null;
        Tensor out = ConvProducts.addBias(p.conv(xc, wc, cols), bc);
        if (Node.needsGrad(x, weight, bias)) new Conv2dNode(xc, wc, bc, p, false, cols).attach(out);
        return out;
    }

    /**
     * {@code convTranspose2d(x, weight) + bias}: each input pixel scatters the weight times its
     * value over an {@code outH x outW} output. Shape: x (N, Cin, H, W), weight
     * (Cin, Cout/groups, kh, kw), bias (Cout) → (N, Cout, outH, outW).
     */
    static Tensor applyTransposed(String op, Tensor x, Tensor weight, Tensor bias, Window2d win, int groups,
            int outH, int outW) {
        Tensor xc = Inputs.real(op, "input", x, 4), wc = Inputs.real(op, "weight", weight, 4);
        int[] xs = xc.shapeArray(), ws = wc.shapeArray();
        if (wc.dtype() != xc.dtype()) {
            throw new TensorError(op + ": input " + xc.dtype() + " and weight " + wc.dtype() + " differ in dtype;"
                    + " convert one with .to(" + xc.dtype() + ")");
        }
        if (ws[0] != xs[1] || ws[0] % groups != 0 || ws[2] != win.kh() || ws[3] != win.kw()) {
            throw new TensorError(op + ": input " + Shape.str(xs) + " and weight " + Shape.str(ws) + " with groups "
                    + groups + " do not fit: the weight must be (in, out/groups, kh, kw) with in = " + xs[1]
                    + " divisible by groups");
        }
        int cout = ws[1] * groups;
        Tensor bc = bias(op, bias, cout, xc);
        Conv2d.Geometry g = geometry(op, xs[0], cout, outH, outW, ws[0], groups, win, xs, ws);
        if (g.outH() > xs[2] || g.outW() > xs[3]) {
            // output padding >= stride (allowed when dilation > stride): the convolution of such an
            // output has more positions than the input; they are zeros of the input
            Tensor rows = Create.full(new int[] {xs[0], xs[1], g.outH() - xs[2], xs[3]}, 0, xc.dtype());
            Tensor padded = Create.cat(2, x, rows);
            Tensor cols = Create.full(new int[] {xs[0], xs[1], g.outH(), g.outW() - xs[3]}, 0, xc.dtype());
            return applyTransposed(op, Create.cat(3, padded, cols), weight, bias, win, groups, outH, outW);
        }
        ConvProducts p = ConvProducts.of(op, g, xc.dtype());
        Tensor out = ConvProducts.addBias(p.inputGrad(xc, wc), bc);
        if (Node.needsGrad(x, weight, bias)) new Conv2dNode(xc, wc, bc, p, true, null).attach(out);
        return out;
    }

    private static Conv2d.Geometry geometry(String op, int n, int c, int h, int w, int o, int groups, Window2d win,
            int[] xs, int[] ws) {
        try {
            win.check(op, h, w, false);
            return new Conv2d.Geometry(n, c, h, w, o, groups, win);
        } catch (IllegalArgumentException e) {
            throw new TensorError(e.getMessage().startsWith(op) ? e.getMessage()
                    : op + ": input " + Shape.str(xs) + ", weight " + Shape.str(ws) + ": " + e.getMessage());
        }
    }

    private static Tensor bias(String op, Tensor bias, int channels, Tensor x) {
        if (bias == null) return null;
        Tensor bc = Inputs.real(op, "bias", bias, 1);
        if (bc.size(0) != channels || bc.dtype() != x.dtype()) {
            throw new TensorError(op + ": bias " + Shape.str(bc.shapeArray()) + " " + bc.dtype() + " must have one "
                    + x.dtype() + " value per output channel (" + channels + ")");
        }
        return bc;
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor x = saved(0), w = saved(1);
        Tensor gc = Inputs.real("convolution backward", "grad", grad, 4);
        Tensor dx = null, dw = null;
        if (transposed) {
            if (needsInputGrad(0)) dx = products.conv(gc, w, null);
            if (needsInputGrad(1)) dw = products.weightGrad(gc, x, w.shapeArray(), null);
        } else {
            if (needsInputGrad(0)) dx = products.inputGrad(gc, w);
            if (needsInputGrad(1)) dw = products.weightGrad(x, gc, w.shapeArray(), cols);
            Conv2d.releaseCols(cols);   // for the next step's forward; a second backward (retainGraph)
            cols = null;                // unfolds the input again
        }
        Tensor db = hasBias && needsInputGrad(2) ? ConvProducts.biasGrad(gc) : null;
        return new Tensor[] {dx, dw, db};
    }
}
