package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Shape;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * PyTorch's tensor printout ({@code torch._tensor_str}): values right-aligned to one width,
 * integers in float tensors as {@code 1.}, four decimals, scientific notation when the values
 * span more than 1000x or are tiny or huge, at most 80 columns, and past 1000 elements only
 * the first and last 3 entries of each dim around {@code ...}.
 */
final class Printer {
    static final int THRESHOLD = 1000, EDGE = 3, LINEWIDTH = 80, PRECISION = 4;

    private Printer() {}

    static String print(Tensor t) {
        String prefix = "tensor(";
        int indent = prefix.length();
        boolean summarize = t.numel() > THRESHOLD;
        var suffixes = new java.util.ArrayList<String>();
        String body;
        if (t.numel() == 0) {
            body = "[]";
            if (t.dim() != 1) suffixes.add("size=" + Shape.str(t.shapeArray()));
        } else {
            var f = new Formatter(t, summarize);
            body = str(t, indent, summarize, f);
        }
        DType dt = t.dtype();
        if (dt == DType.FLOAT64) suffixes.add("dtype=" + dt.torchName());
        if (t.gradFn() != null) suffixes.add("grad_fn=<" + t.gradFn().name() + ">");
        else if (t.requiresGrad()) suffixes.add("requires_grad=True");
        return addSuffixes(prefix + body, suffixes, indent);
    }

    private static String addSuffixes(String s, java.util.List<String> suffixes, int indent) {
        var sb = new StringBuilder(s);
        int lastLineLen = s.length() - s.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLen + suffix.length() + 2 > LINEWIDTH) {
                sb.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLen = indent + suffix.length();
            } else {
                sb.append(", ").append(suffix);
                lastLineLen += suffix.length() + 2;
            }
        }
        return sb.append(')').toString();
    }

    private static String str(Tensor t, int indent, boolean summarize, Formatter f) {
        int dim = t.dim();
        if (dim == 0) return f.format(t.getDouble());
        int n = t.size(0);
        var parts = new java.util.ArrayList<String>();
        boolean cut = summarize && n > 2 * EDGE;
        if (dim == 1) {
            int width = f.width + 2;
            int perLine = Math.max(1, (LINEWIDTH - indent) / width);
            for (int i = 0; i < n; i++) {
                if (cut && i == EDGE) {
                    parts.add(" ...");
                    i = n - EDGE;
                }
                parts.add(f.format(t.getDouble(i)));
            }
            var sb = new StringBuilder("[");
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) sb.append(i % perLine == 0 ? ",\n" + " ".repeat(indent + 1) : ", ");
                sb.append(parts.get(i));
            }
            return sb.append(']').toString();
        }
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGE) {
                parts.add("...");
                i = n - EDGE;
            }
            parts.add(str(t.detach().select(0, i), indent + 1, summarize, f));
        }
        String sep = "," + "\n".repeat(dim - 1) + " ".repeat(indent + 1);
        return "[" + String.join(sep, parts) + "]";
    }

    /** Chooses the notation and width from the values that will be shown. */
    static final class Formatter {
        final DType dtype;
        boolean intMode = true, sciMode;
        int width = 1;

        Formatter(Tensor t, boolean summarize) {
            dtype = t.dtype();
            double[] v = (summarize ? summarized(t) : t.detach()).toDoubleArray();
            if (!dtype.isFloatingPoint()) {
                for (double x : v) width = Math.max(width, plain(x).length());
                return;
            }
            double min = Double.POSITIVE_INFINITY, max = 0;
            int count = 0;
            for (double x : v) {
                if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) continue;
                count++;
                min = Math.min(min, Math.abs(x));
                max = Math.max(max, Math.abs(x));
                if (x != Math.ceil(x)) intMode = false;
            }
            if (count == 0) return;
            if (intMode) {
                sciMode = max / min > 1000 || max > 1e8;
            } else {
                sciMode = max / min > 1000 || max > 1e8 || min < 1e-4;
            }
            for (double x : v) {
                if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) continue;
                String s = sciMode ? sci(x) : intMode ? fixed(x, 0) + "." : fixed(x, PRECISION);
                width = Math.max(width, s.length());
            }
        }

        String format(double x) {
            String s;
            if (!dtype.isFloatingPoint()) s = plain(x);
            else if (Double.isNaN(x)) s = "nan";
            else if (Double.isInfinite(x)) s = x > 0 ? "inf" : "-inf";
            else if (sciMode) s = sci(x);
            else if (intMode) s = fixed(x, 0) + ".";
            else s = fixed(x, PRECISION);
            return " ".repeat(Math.max(0, width - s.length())) + s;
        }

        private String plain(double x) {
            if (dtype == DType.BOOL) return x != 0 ? "True" : "False";
            return Long.toString((long) x);
        }
    }

    /** The first and last EDGE entries of every dim, as PyTorch's get_summarized_data. */
    private static Tensor summarized(Tensor t) {
        t = t.detach();
        if (t.dim() == 0) return t;
        int n = t.size(0);
        if (t.dim() == 1) {
            if (n <= 2 * EDGE) return t;
            return Create.cat(0, t.narrow(0, 0, EDGE), t.narrow(0, n - EDGE, EDGE));
        }
        var rows = new java.util.ArrayList<Tensor>();
        for (int i = 0; i < n; i++) {
            if (n > 2 * EDGE && i == EDGE) i = n - EDGE;
            rows.add(summarized(t.select(0, i)).reshape(-1));
        }
        return Create.cat(0, rows.toArray(new Tensor[0]));
    }

    /** {@code x} with {@code digits} decimals, rounded half-even on its exact binary value (as Python). */
    static String fixed(double x, int digits) {
        String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return Math.copySign(1, x) < 0 && s.charAt(0) != '-' ? "-" + s : s;
    }

    /** {@code x} as Python's {@code '{:.4e}'}: 1.2346e+05. */
    static String sci(double x) {
        BigDecimal b = new BigDecimal(x).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
        int exp = b.precision() - b.scale() - 1;
        BigDecimal mant = b.movePointLeft(exp).setScale(PRECISION, RoundingMode.HALF_EVEN);
        String e = String.format("%02d", Math.abs(exp));
        String m = mant.toPlainString();
        if (Math.copySign(1, x) < 0 && m.charAt(0) != '-') m = "-" + m;
        return m + "e" + (exp < 0 ? "-" : "+") + e;
    }
}
