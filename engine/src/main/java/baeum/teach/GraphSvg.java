package baeum.teach;

import java.util.Locale;

/**
 * Draws a laid-out {@link GraphModel} as SVG: one rounded {@code <rect class="node">} per box
 * (ops grey, the output green, parameters blue, other leaves orange, inputs dashed, modules
 * yellow), arrows as polylines, a legend on top.
 */
final class GraphSvg {
    private GraphSvg() {}

    private static final String FONT = "font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"12\"";

    static String draw(GraphModel g, GraphLayout l) {
        double width = Math.max(l.width, 520);
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"baeum-graph\" width=\"%.0f\""
                + " height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">", width, l.height, width, l.height));
        sb.append("<defs><marker id=\"baeum-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        legend(sb);
        for (var r : l.routes) {
            sb.append("<polyline class=\"edge\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\" marker-end=\"url(#baeum-arrow)\" points=\"");
            for (int k = 0; k < r.xs().length; k++) {
                sb.append(String.format(Locale.ROOT, "%s%.1f,%.1f", k == 0 ? "" : " ", r.xs()[k], r.ys()[k]));
            }
            sb.append("\"/>");
        }
        for (var node : g.nodes()) {
            var b = l.boxes[node.id()];
            String[] style = style(node);
            sb.append(String.format(Locale.ROOT, "<rect class=\"node\" data-kind=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\" rx=\"5\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.3\"%s/>",
                    node.kind().name().toLowerCase(Locale.ROOT), b.x(), b.y(), b.w(), b.h(), style[0], style[1],
                    node.kind() == Graph.Kind.INPUT ? " stroke-dasharray=\"4 3\"" : ""));
            var lines = GraphLabels.lines(g, node.id());
            for (int k = 0; k < lines.size(); k++) {
                boolean bold = k == 0 && node.kind() != Graph.Kind.INPUT;
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" %s fill=\"%s\"%s>",
                        b.cx(), b.y() + GraphLayout.PAD_Y + GraphLayout.LINE * (k + 1) - 3.5, FONT,
                        k == 0 ? "#111" : "#444", bold ? " font-weight=\"bold\"" : ""));
                sb.append(Html.esc(lines.get(k))).append("</text>");
            }
        }
        return sb.append("</svg>").toString();
    }

    /** Fill and stroke of a box. */
    static String[] style(Graph.Node n) {
        if (n.id() == 0 && n.kind() != Graph.Kind.INPUT) return new String[] {"#c8efc8", "#2e7d32"};
        return switch (n.kind()) {
            case OP -> new String[] {"#ececec", "#808080"};
            case PARAM -> new String[] {"#cfe3ff", "#3a6fb0"};
            case LEAF -> new String[] {"#ffe2b3", "#c07a00"};
            case INPUT -> new String[] {"#ffffff", "#909090"};
            case MODULE -> new String[] {"#fff3bf", "#b08d00"};
        };
    }

    private static void legend(StringBuilder sb) {
        String[] names = Messages.t("graph.legend").split(" · ");
        String[][] colours = {{"#ececec", "#808080"}, {"#cfe3ff", "#3a6fb0"}, {"#ffffff", "#909090"}, {"#c8efc8", "#2e7d32"}};
        double x = GraphLayout.MARGIN;
        for (int i = 0; i < names.length && i < colours.length; i++) {
            sb.append(String.format(Locale.ROOT, "<rect class=\"legend\" x=\"%.1f\" y=\"8\" width=\"14\" height=\"12\" rx=\"2\""
                    + " fill=\"%s\" stroke=\"%s\"%s/>", x, colours[i][0], colours[i][1], i == 2 ? " stroke-dasharray=\"3 2\"" : ""));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"18\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#333\">",
                    x + 19)).append(Html.esc(names[i])).append("</text>");
            x += 19 + GraphLabels.width(names[i]) + 16;
        }
    }
}
