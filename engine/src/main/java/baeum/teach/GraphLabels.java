package baeum.teach;

import java.util.ArrayList;
import java.util.List;

/** The lines of text in each box of a {@link Graph}, shared by the layout (box sizes) and the drawing. */
final class GraphLabels {
    private GraphLabels() {}

    static List<String> lines(GraphModel g, int id) {
        Graph.Node n = g.nodes().get(id);
        var out = new ArrayList<String>();
        switch (n.kind()) {
            case OP, PARAM -> {
                out.add(n.name());
                out.add(n.shape().toString());
            }
            case LEAF -> {
                out.add(Messages.t("graph.leaf"));
                out.add(n.shape().toString());
            }
            case INPUT -> {
                out.add(Messages.t("graph.input"));
                out.add(n.shape().toString());
            }
            case MODULE -> {
                out.add(n.name());
                out.add(n.shape() == null ? "" : "→ " + n.shape());
                out.add(g.detail(id));
            }
        }
        if (n.kind() == Graph.Kind.PARAM || n.kind() == Graph.Kind.LEAF) {
            out.add(n.grad() == null ? Messages.t("graph.nograd") : Messages.t("graph.grad", n.grad()));
        }
        return out;
    }

    /** The width of {@code s} in pixels at the drawing's 12 px font (wide glyphs such as Hangul count double). */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60)) ? 12.5 : 7.3;
        }
        return w;
    }
}
