package baeum.tensor;

import baeum.storage.Dims;
import baeum.storage.Storage;

/**
 * The product along a dim. Backward: each element gets the gradient times the product of the
 * other elements of its line (from prefix and suffix products, so zeros are handled exactly).
 */
final class Prod extends Node {
    private final int dim;
    private final boolean keepdim;

    private Prod(Tensor x, int dim, boolean keepdim) {
        super("ProdBackward1", x);
        this.dim = dim;
        this.keepdim = keepdim;
        save(0, x);
    }

    public static Tensor apply(Tensor x, int dim, boolean keepdim) {
        if (x.dim() == 0) return x.clone();
        int d = Dims.wrap("prod", dim, x.dim(), x.shapeArray());
        double[][] lines = lines(x, d);
        double[] out = new double[lines.length];
        for (int r = 0; r < lines.length; r++) {
            double p = 1;
            for (double v : lines[r]) p *= v;
            out[r] = p;
        }
        int[] shape = x.shapeArray().clone();
        shape[d] = 1;
        Tensor res = Tensor.wrap(Storage.fromDoubles(x.dtype().isFloatingPoint() ? x.dtype() : baeum.storage.DType.INT64, out),
                moveLast(shape, d));
        res = res.detach().transpose(d, x.dim() - 1).contiguous();
        if (!keepdim) res = res.detach().squeeze(d);
        if (Node.needsGrad(x)) new Prod(x, d, keepdim).attach(res);
        return res;
    }

    /** The lines of {@code x} along {@code d}, as rows of doubles. */
    private static double[][] lines(Tensor x, int d) {
        int last = x.dim() - 1;
        Tensor t = x.detach().transpose(d, last);
        double[] v = t.toDoubleArray();
        int n = x.size(d), rows = countRows(x, d);
        double[][] out = new double[rows][n];
        for (int r = 0; r < rows; r++) System.arraycopy(v, r * n, out[r], 0, n);
        return out;
    }

    private static int countRows(Tensor x, int d) {
        long c = 1;
        for (int i = 0; i < x.dim(); i++) if (i != d) c *= x.size(i);
        return (int) c;
    }

    private static int[] moveLast(int[] shape, int d) {
        int[] s = shape.clone();
        int last = s.length - 1;
        int tmp = s[d];
        s[d] = s[last];
        s[last] = tmp;
        return s;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor x = saved(0);
        double[][] lines = lines(x, dim);
        Tensor gk = keepdim ? g : g.unsqueeze(dim);
        double[] gl = gk.detach().transpose(dim, x.dim() - 1).toDoubleArray();
        int n = x.size(dim);
        double[] gx = new double[lines.length * n];
        for (int r = 0; r < lines.length; r++) {
            double[] line = lines[r];
            double[] suffix = new double[n + 1];
            suffix[n] = 1;
            for (int i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1] * line[i];
            double prefix = 1;
            for (int i = 0; i < n; i++) {
                gx[r * n + i] = gl[r] * prefix * suffix[i + 1];
                prefix *= line[i];
            }
        }
        Tensor t = Tensor.wrap(Storage.fromDoubles(x.dtype(), gx), moveLast(x.shapeArray(), dim));
        return new Tensor[] {t.transpose(dim, x.dim() - 1)};
    }
}
