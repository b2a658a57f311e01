package baeum.teach;

import java.util.Locale;

/**
 * A {@link GradientFlow} as an SVG bar chart: one row per layer, the first layer on top; a thick
 * blue bar for the gradient norm and a thin grey one for the weight norm on one log axis (one
 * tick per power of ten); the update-to-weight ratio as a number on the right.
 */
final class GradientFlowSvg {
    private GradientFlowSvg() {}

    private static final double ROW = 30, AXIS_W = 430, TOP = 56, RIGHT_W = 110;

    static String draw(GradientFlow f) {
        double labelW = 60;
        for (var l : f.layers()) labelW = Math.max(labelW, GraphLabels.width(GradientFlowText.label(l)) + 16);
        double x0 = 10 + labelW, width = x0 + AXIS_W + (f.withOptimizer() ? RIGHT_W : 20) + 10;
        double height = TOP + ROW * f.layers().size() + 64;
        var sb = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"baeum-gradient-flow\""
                + " width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">",
                width, height, width, height));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        text(sb, 10, 18, "start", "#111", "bold", Messages.t("flow.title"));
        // legend
        sb.append(String.format(Locale.ROOT, "<rect x=\"10\" y=\"28\" width=\"16\" height=\"9\" fill=\"#3b78c4\"/>"));
        text(sb, 31, 37, "start", "#333", null, Messages.t("flow.grad"));
        double lx = 31 + GraphLabels.width(Messages.t("flow.grad")) + 20;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"30\" width=\"16\" height=\"5\" fill=\"#9a9a9a\"/>", lx));
        text(sb, lx + 21, 37, "start", "#333", null, Messages.t("flow.weight"));
        if (f.layers().stream().allMatch(l -> Double.isNaN(l.gradNorm()))) {
            text(sb, 10, TOP + 16, "start", "#cf222e", null, Messages.t("flow.nobackward"));
            return sb.append("</svg>").toString();
        }
        double[] r = range(f);
        double bottom = TOP + ROW * f.layers().size();
        // decade grid and ticks
        int step = r[1] - r[0] > 10 ? 2 : 1;
        for (int e = (int) r[0]; e <= (int) r[1]; e += step) {
            double x = x0 + (e - r[0]) / (r[1] - r[0]) * AXIS_W;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>", x, TOP - 4, x, bottom));
            text(sb, x, bottom + 16, "middle", "#555", null, e == 0 ? "1" : "1e" + e);
        }
        sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\"/>", x0, bottom, x0 + AXIS_W, bottom));
        text(sb, x0 + AXIS_W / 2, bottom + 32, "middle", "#333", null, Messages.t("flow.grad") + " / " + Messages.t("flow.weight") + " (log)");
        if (f.withOptimizer()) text(sb, x0 + AXIS_W + 10, TOP - 8, "start", "#333", "bold", Messages.t("flow.ratio"));
        for (int i = 0; i < f.layers().size(); i++) {
            var l = f.layers().get(i);
            double y = TOP + ROW * i;
            text(sb, x0 - 8, y + 17, "end", "#111", null, GradientFlowText.label(l));
            if (Double.isNaN(l.gradNorm())) text(sb, x0 + 4, y + 14, "start", "#888", null, Messages.t("flow.nograd"));
            else bar(sb, "grad", x0, y + 6, 11, l.gradNorm(), r, "#3b78c4");
            bar(sb, "weight", x0, y + 19, 5, l.weightNorm(), r, "#9a9a9a");
            if (f.withOptimizer()) text(sb, x0 + AXIS_W + 10, y + 17, "start", ratioColour(l.updateRatio()), null,
                    GradientFlowText.num(l.updateRatio()));
        }
        text(sb, 10, height - 10, "start", "#555", null, Messages.t("flow.read"));
        return sb.append("</svg>").toString();
    }

    private static String ratioColour(double r) {
        return Double.isNaN(r) ? "#888" : r >= 1e-4 && r <= 1e-2 ? "#1a7f37" : "#b35900";
    }

    private static void bar(StringBuilder sb, String kind, double x0, double y, double h, double v, double[] r, String colour) {
        if (!(v > 0)) {
            text(sb, x0 + 4, y + h, "start", "#888", null, "0");
            return;
        }
        double w = Math.max(1.5, (Math.log10(v) - r[0]) / (r[1] - r[0]) * AXIS_W);
        sb.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s</title></rect>", kind, x0, y, w, h, colour, GradientFlowText.num(v)));
    }

    private static void text(StringBuilder sb, double x, double y, String anchor, String colour, String weight, String s) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>", x, y, anchor, colour,
                weight == null ? "" : " font-weight=\"" + weight + "\"")).append(Html.esc(s)).append("</text>");
    }

    /** Whole powers of ten around every positive norm: {lowest, highest}. */
    static double[] range(GradientFlow f) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (var l : f.layers()) {
            for (double v : new double[] {l.gradNorm(), l.weightNorm()}) {
                if (v > 0 && !Double.isInfinite(v)) {
                    lo = Math.min(lo, Math.log10(v));
                    hi = Math.max(hi, Math.log10(v));
                }
            }
        }
        if (lo == Double.MAX_VALUE) return new double[] {-1, 1};
        double a = Math.floor(lo), b = Math.ceil(hi);
        if (b <= a) b = a + 1;
        return new double[] {a, b};
    }
}
