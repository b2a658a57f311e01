package baeum.progress;

import java.util.Locale;
import java.util.Map;

/** How progress reads, shared by the terminal line and the notebook bar: times, rates, metrics. */
public final class ProgressFormat {
    private ProgressFormat() {}

    /** {@code 00:07}, {@code 12:34} or {@code 1:02:03}; {@code ?} when unknown. */
    public static String time(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return "?";
        long s = Math.round(seconds);
        long h = s / 3600, m = s / 60 % 60, sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%02d:%02d", m, sec);
    }

    /** {@code 12.3 it/s}, or {@code 2.50 s/it} when slower than one item a second. */
    public static String rate(double perSecond) {
        if (!(perSecond > 0) || !Double.isFinite(perSecond)) return "? it/s";
        if (perSecond < 1) return String.format(Locale.ROOT, "%.2f s/it", 1 / perSecond);
        if (perSecond < 100) return String.format(Locale.ROOT, "%.1f it/s", perSecond);
        return String.format(Locale.ROOT, "%.0f it/s", perSecond);
    }

    /** A metric value with 4 significant digits ({@code 0.2310}, {@code 12.35}, {@code 1.2e-05}). */
    public static String value(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) return String.format(Locale.ROOT, "%.3g", v).replace("e-0", "e-");
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** {@code loss=0.2310, acc=0.9100}. */
    public static String metrics(Map<String, Double> metrics) {
        var sb = new StringBuilder();
        for (var e : metrics.entrySet()) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(e.getKey()).append('=').append(value(e.getValue()));
        }
        return sb.toString();
    }

    /** {@code 45/100} or {@code 45} when the total is unknown. */
    public static String count(ProgressState s) {
        return s.hasTotal() ? s.count() + "/" + s.total() : Long.toString(s.count());
    }

    /** {@code [00:12<00:15, 3.7 it/s, loss=0.2310]}: elapsed, remaining, rate and metrics. */
    public static String details(ProgressState s) {
        var sb = new StringBuilder("[").append(time(s.elapsedSeconds()));
        if (s.hasTotal() && !s.finished()) sb.append('<').append(time(s.remainingSeconds()));
        sb.append(", ").append(rate(s.rate()));
        String m = metrics(s.metrics());
        if (!m.isEmpty()) sb.append(", ").append(m);
        return sb.append(']').toString();
    }

    /**
     * One line in tqdm's layout: {@code train:  45%|#####      | 45/100 [00:12<00:15, 3.7 it/s, loss=0.2310]}.
     *
     * @param barWidth characters inside the {@code |...|}
     */
    public static String line(ProgressState s, int barWidth) {
        var sb = new StringBuilder();
        if (!s.description().isEmpty()) sb.append(s.description()).append(": ");
        if (s.hasTotal()) {
            double f = s.fraction();
            int filled = (int) Math.floor(f * barWidth);
            sb.append(String.format(Locale.ROOT, "%3d%%|", (int) Math.floor(f * 100)))
              .append("#".repeat(filled)).append(" ".repeat(barWidth - filled)).append("| ");
        }
        sb.append(count(s)).append(' ').append(details(s));
        return sb.toString();
    }
}
