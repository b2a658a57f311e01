package baeum.plot;

import java.util.Locale;

/** Checks and formatting for matrix-shaped chart inputs. */
final class Matrices {
    private Matrices() {}

    static double[][] copyRectangular(String op, double[][] m) {
        if (m.length == 0) throw new IllegalArgumentException(op + ": the matrix has no rows; give at least one");
        int cols = m[0].length;
        var out = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            if (m[r].length != cols) {
                throw new IllegalArgumentException(op + ": row 0 has " + cols + " values but row " + r
                        + " has " + m[r].length + "; every row needs the same length");
            }
            out[r] = m[r].clone();
        }
        if (cols == 0) throw new IllegalArgumentException(op + ": the matrix has no columns; give at least one");
        return out;
    }

    static double[][] of(float[][] m) {
        var out = new double[m.length][];
        for (int r = 0; r < m.length; r++) out[r] = Series.of(m[r]);
        return out;
    }

    static String[] checkLabels(String op, String what, String[] labels, int n) {
        if (labels == null) return null;
        if (labels.length != n) {
            throw new IllegalArgumentException(op + ": " + labels.length + " labels for " + n + " " + what
                    + "; give one label per " + what.substring(0, what.length() - 1));
        }
        return labels.clone();
    }

    /** A cell value in few characters: integers as such, others with 2 significant decimals. */
    static String formatValue(double v) {
        if (Double.isNaN(v)) return "nan";
        if (v == Math.rint(v) && Math.abs(v) < 1e7) return Long.toString((long) v);
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-3) return String.format(Locale.ROOT, "%.1e", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
