package baeum.display;

import java.util.Locale;

/**
 * How the numbers of one tensor are written, chosen once from the values shown (as PyTorch's
 * printer does): whole floats as {@code 2.}, others with 4 decimals, and scientific notation when
 * the values span more than three decades or are very large or small. Integers and booleans are
 * written as PyTorch writes them ({@code 3}, {@code True}).
 */
final class ElementFormat {
    enum Kind { FLOAT, INT, BOOL }

    private final Kind kind;
    private final boolean whole;
    private final boolean scientific;

    private ElementFormat(Kind kind, boolean whole, boolean scientific) {
        this.kind = kind;
        this.whole = whole;
        this.scientific = scientific;
    }

    /** The format for these values (the ones that will be shown). */
    static ElementFormat choose(Kind kind, double[] values) {
        if (kind != Kind.FLOAT) return new ElementFormat(kind, true, false);
        boolean whole = true;
        double maxAbs = 0, minAbs = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) continue;
            double a = Math.abs(v);
            if (v != Math.rint(v)) whole = false;
            if (a > maxAbs) maxAbs = a;
            if (a > 0 && a < minAbs) minAbs = a;
        }
        boolean sci = whole ? maxAbs > 1e8
                : maxAbs > 1e8 || minAbs < 1e-4 || (minAbs != Double.POSITIVE_INFINITY && maxAbs / minAbs > 1000);
        return new ElementFormat(kind, whole && !sci, sci);
    }

    String format(double v) {
        return switch (kind) {
            case BOOL -> v != 0 ? "True" : "False";
            case INT -> Long.toString((long) v);
            case FLOAT -> {
                if (Double.isNaN(v)) yield "nan";
                if (Double.isInfinite(v)) yield v > 0 ? "inf" : "-inf";
                if (scientific) yield String.format(Locale.ROOT, "%.4e", v);
                if (whole) yield String.format(Locale.ROOT, "%.0f.", v);
                yield String.format(Locale.ROOT, "%.4f", v);
            }
        };
    }
}
