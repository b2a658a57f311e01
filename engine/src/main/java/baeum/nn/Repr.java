package baeum.nn;

/** Formats settings the way PyTorch's {@code extra_repr} prints them: {@code True}, {@code (5, 5)}, {@code (3,)}, {@code 1e-05}. */
final class Repr {
    private Repr() {}

    static String bool(boolean b) {
        return b ? "True" : "False";
    }

    static String tuple(int... values) {
        if (values.length == 1) {
            return "(" + values[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return sb.append(')').toString();
    }

    /** A float as Python's {@code repr} prints it: {@code 0.1}, {@code 1.0}, {@code 0.0001}, {@code 1e-05}. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e16) {
            return (long) v + ".0";
        }
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(v);
        if (Math.abs(v) < 1e-4) {
            int digits = exact.stripTrailingZeros().precision();
            return String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        return exact.toPlainString();
    }
}
