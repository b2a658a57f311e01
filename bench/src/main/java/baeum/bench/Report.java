package baeum.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One workload's result as an ordered map printed as one JSON line, with the same summary
 * ({@code median}, {@code min}, {@code max}, {@code n}) as the PyTorch scripts' {@code common.summary}.
 */
final class Report {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Report(String bench) {
        fields.put("bench", bench);
        fields.put("engine", "baeum");
    }

    Report put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** {@code {"median": .., "min": .., "max": .., "n": ..}} of the values, rounded to {@code digits}. */
    static Map<String, Object> summary(List<Double> xs, int digits) {
        double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", round(median, digits));
        m.put("min", round(v[0], digits));
        m.put("max", round(v[n - 1], digits));
        m.put("n", n);
        return m;
    }

    static double round(double x, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }

    String json() {
        return json(fields);
    }

    private static String json(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        if (v instanceof Double d) return d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%s", d);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (var e : m.entrySet()) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(json(String.valueOf(e.getKey()))).append(": ").append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(json(o));
            }
            return sb.append(']').toString();
        }
        if (v instanceof double[] d) return json(Arrays.stream(d).boxed().toList());
        return json(v.toString());
    }
}
