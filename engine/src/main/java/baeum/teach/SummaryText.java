package baeum.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A {@link Summary} as an aligned text table with the totals under it. */
final class SummaryText {
    private SummaryText() {}

    static String render(Summary s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.t("summary.layer"), Messages.t("summary.output"), Messages.t("summary.params"),
                Messages.t("summary.trainable")});
        boolean unseen = false;
        for (var r : s.rows()) {
            unseen |= r.output() == null;
            rows.add(new String[] {label(r), r.output() == null ? "—" : r.output().toString(), count(r), trainable(r)});
        }
        int[] w = new int[4];
        for (String[] r : rows) for (int i = 0; i < 4; i++) w[i] = Math.max(w[i], width(r[i]));
        var sb = new StringBuilder(Messages.t("summary.title", s.rows().get(0).type(), s.input())).append('\n');
        int total = w[0] + w[1] + w[2] + w[3] + 6;
        String rule = "─".repeat(total);
        sb.append(rule).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            sb.append(pad(r[0], w[0], false)).append("  ").append(pad(r[1], w[1], false)).append("  ")
                    .append(pad(r[2], w[2], true)).append("  ").append(r[3]).append('\n');
            if (k == 0) sb.append(rule).append('\n');
        }
        sb.append(rule).append('\n');
        sb.append(Messages.t("summary.total")).append(": ").append(num(s.totalParams())).append('\n');
        sb.append(Messages.t("summary.trainableTotal")).append(": ").append(num(s.trainableParams())).append('\n');
        sb.append(Messages.t("summary.frozen")).append(": ").append(num(s.totalParams() - s.trainableParams())).append('\n');
        sb.append(rule).append('\n');
        for (String[] m : memory(s)) sb.append(m[0]).append(": ").append(m[1]).append('\n');
        if (unseen) sb.append(Messages.t("summary.unseen")).append('\n');
        return sb.toString().stripTrailing();
    }

    static String label(Summary.Row r) {
        return "  ".repeat(r.depth()) + (r.name().isEmpty() ? r.type() : r.name() + ": " + r.type());
    }

    static String count(Summary.Row r) {
        return r.params() == 0 ? "--" : num(r.params());
    }

    static String trainable(Summary.Row r) {
        if (r.params() == 0) return "--";
        return Messages.t(r.trainable() == r.params() ? "summary.yes" : r.trainable() == 0 ? "summary.no" : "summary.partly");
    }

    /** The memory lines: label and value. */
    static List<String[]> memory(Summary s) {
        return List.of(
                new String[] {Messages.t("summary.inputMem", s.input(), s.dtype()), bytes(s.inputBytes())},
                new String[] {Messages.t("summary.paramMem"), bytes(s.paramBytes())},
                new String[] {Messages.t("summary.actMem"), bytes(s.activationBytes())});
    }

    static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String bytes(long b) {
        String human = b < 1024 ? b + " B" : b < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", b / 1024.0)
                : String.format(Locale.ROOT, "%.2f MB", b / (1024.0 * 1024));
        return human + " (" + num(b) + " bytes)";
    }

    /** Display width: Hangul counts double in a terminal. */
    static int width(String s) {
        return (int) Math.round(GraphLabels.width(s) / 7.3);
    }

    private static String pad(String s, int w, boolean right) {
        String sp = " ".repeat(Math.max(0, w - width(s)));
        return right ? sp + s : s + sp;
    }
}
