package baeum.plot;

import java.util.List;

/** Conversions of the number containers students hold (float[], List<Float>, ...) to double[]. */
final class Series {
    private Series() {}

    static double[] of(double[] values) {
        return values.clone();
    }

    static double[] of(float[] values) {
        var out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i];
        return out;
    }

    static double[] of(int[] values) {
        var out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i];
        return out;
    }

    static double[] of(List<? extends Number> values) {
        var out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            Number v = values.get(i);
            out[i] = v == null ? Double.NaN : v.doubleValue();
        }
        return out;
    }

    /** A copy with infinities replaced by NaN, which charts leave out (a diverged loss leaves a gap). */
    static double[] finite(double[] values) {
        var out = values.clone();
        for (int i = 0; i < out.length; i++) if (Double.isInfinite(out[i])) out[i] = Double.NaN;
        return out;
    }

    /** 0, 1, ..., n-1: the default x of a series given only its y. */
    static double[] indices(int n) {
        var out = new double[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }

    static void sameLength(String op, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(op + ": x has " + x.length + " values but y has "
                    + y.length + "; give one x per y");
        }
    }
}
