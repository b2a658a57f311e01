package baeum.plot;

import baeum.tensor.Tensor;

/** Tensors as the plain arrays the charts draw, with errors that name the chart and the shape. */
final class TensorArrays {
    private TensorArrays() {}

    static double[] vector(String op, Tensor t) {
        if (t.dim() != 1) {
            throw new IllegalArgumentException(op + ": expected a 1-D tensor of values, got shape " + t.shape()
                    + "; flatten() it or select one row");
        }
        return t.toDoubleArray();
    }

    static double[][] matrix(String op, Tensor t) {
        if (t.dim() != 2) {
            throw new IllegalArgumentException(op + ": expected a 2-D tensor, got shape " + t.shape());
        }
        int rows = t.size(0), cols = t.size(1);
        double[] flat = t.toDoubleArray();
        var out = new double[rows][cols];
        for (int r = 0; r < rows; r++) System.arraycopy(flat, r * cols, out[r], 0, cols);
        return out;
    }

    /** Points of shape (N, 2) as {x[], y[]}. */
    static double[][] points(String op, Tensor t) {
        if (t.dim() != 2 || t.size(1) != 2) {
            throw new IllegalArgumentException(op + ": expected points of shape (N, 2), got " + t.shape());
        }
        double[][] m = matrix(op, t);
        var x = new double[m.length];
        var y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            x[i] = m[i][0];
            y[i] = m[i][1];
        }
        return new double[][] {x, y};
    }

    /** Class labels of shape (N), or class scores of shape (N, C) reduced by argmax over C. */
    static int[] labels(String op, Tensor t) {
        if (t.dim() == 2) {
            int n = t.size(0), c = t.size(1);
            float[] s = t.toFloatArray();
            var out = new int[n];
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int j = 1; j < c; j++) if (s[i * c + j] > s[i * c + best]) best = j;
                out[i] = best;
            }
            return out;
        }
        if (t.dim() != 1) {
            throw new IllegalArgumentException(op + ": expected labels of shape (N) or scores of shape (N, C), got "
                    + t.shape());
        }
        return Labels.toInt(op, t.toLongArray());
    }
}
