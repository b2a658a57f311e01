package baeum.display;

import java.lang.reflect.Array;

/**
 * The plain-text form of values without a renderer of their own: {@code toString()}, except that
 * strings are quoted (as JShell shows them) and arrays show their elements (summarised with
 * {@code ...} past 1000), not {@code [F@1b6d3586}.
 */
final class ValueText {
    static final int MAX_ELEMENTS = 1000;
    static final int EDGE = 3;

    private ValueText() {}

    static String of(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return quote(s, '"');
        if (value instanceof Character c) return quote(c.toString(), '\'');
        if (value.getClass().isArray()) return array(value, 0);
        return safeToString(value);
    }

    /** {@code toString()}, or a description when it throws or returns null. */
    static String safeToString(Object value) {
        try {
            String s = String.valueOf(value);
            return s != null ? s : "null";
        } catch (Throwable e) {
            return value.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(value))
                    + " (its toString() threw " + e.getClass().getSimpleName() + ")";
        }
    }

    static String quote(String s, char q) {
        var sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c == q) sb.append('\\');
                    sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }

    private static String array(Object array, int depth) {
        int n = Array.getLength(array);
        if (depth > 8) return "[...]";
        var sb = new StringBuilder("[");
        boolean summarise = n > MAX_ELEMENTS;
        for (int i = 0; i < n; i++) {
            if (summarise && i == EDGE) {
                sb.append("..., ");
                i = n - EDGE;
            }
            Object e = Array.get(array, i);
            sb.append(e != null && e.getClass().isArray() ? array(e, depth + 1) : e instanceof String s ? quote(s, '"') : safeToString(e));
            if (i < n - 1) sb.append(", ");
        }
        sb.append(']');
        if (summarise) sb.append(" (").append(n).append(" elements)");
        return sb.toString();
    }
}
