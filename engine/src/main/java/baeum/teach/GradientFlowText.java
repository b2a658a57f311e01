package baeum.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A {@link GradientFlow} as a text table with a bar of the gradient norm on a log scale. */
final class GradientFlowText {
    private GradientFlowText() {}

    static final int BAR = 30;

    static String render(GradientFlow f) {
        var sb = new StringBuilder(Messages.t("flow.title")).append('\n');
        if (f.layers().stream().allMatch(l -> Double.isNaN(l.gradNorm()))) {
            return sb.append(Messages.t("flow.nobackward")).toString();
        }
        double[] range = GradientFlowSvg.range(f);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.t("flow.layer"), Messages.t("flow.grad"), Messages.t("flow.weight"),
                f.withOptimizer() ? Messages.t("flow.ratio") : "", "log10 " + Messages.t("flow.grad") + ": "
                + (int) range[0] + " … " + (int) range[1]});
        for (var l : f.layers()) {
            rows.add(new String[] {label(l), num(l.gradNorm()), num(l.weightNorm()), f.withOptimizer() ? num(l.updateRatio()) : "",
                    bar(l.gradNorm(), range)});
        }
        int[] w = new int[5];
        for (String[] r : rows) for (int i = 0; i < 5; i++) w[i] = Math.max(w[i], SummaryText.width(r[i]));
        for (String[] r : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                if (i == 3 && !f.withOptimizer()) continue;
                String cell = r[i];
                int pad = w[i] - SummaryText.width(cell);
                if (i == 0 || i == 4) line.append(cell).append(i == 4 ? "" : " ".repeat(pad));
                else line.append(" ".repeat(pad)).append(cell);
                line.append("  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append(Messages.t("flow.read"));
        sb.append('\n').append(f.withOptimizer() ? Messages.t("flow.ratioNote") : Messages.t("flow.noopt"));
        return sb.toString();
    }

    static String label(GradientFlow.Layer l) {
        return l.name().isEmpty() ? l.type() : l.name() + ": " + l.type();
    }

    static String num(double v) {
        if (Double.isNaN(v)) return Messages.t("flow.nograd");
        if (v == 0) return "0";
        return Math.abs(v) >= 1e-2 && Math.abs(v) < 1e4 ? String.format(Locale.ROOT, "%.4g", v)
                : String.format(Locale.ROOT, "%.2e", v);
    }

    private static String bar(double v, double[] range) {
        if (Double.isNaN(v) || v <= 0) return "";
        double t = (Math.log10(v) - range[0]) / (range[1] - range[0]);
        int n = (int) Math.round(Math.max(0, Math.min(1, t)) * BAR);
        return "█".repeat(Math.max(1, n));
    }
}
