package baeum.teach;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A {@link GraphModel} as an indented tree, from the output down through each box's inputs. */
final class GraphText {
    private GraphText() {}

    static String render(GraphModel g) {
        var sb = new StringBuilder();
        var shown = new BitSet();
        if (g.nodes().isEmpty()) return Messages.t("graph.noop");
        line(sb, g, 0, "", "", shown);
        if (g.nodes().size() == 1 && g.nodes().get(0).kind() != Graph.Kind.OP) sb.append('\n').append(Messages.t("graph.noop"));
        long modules = g.nodes().stream().filter(n -> n.kind() == Graph.Kind.MODULE).count();
        if (modules > 0) sb.append('\n').append(Messages.t("graph.collapsed", modules));
        return sb.toString().stripTrailing();
    }

    private static void line(StringBuilder sb, GraphModel g, int id, String lead, String childLead, BitSet shown) {
        sb.append(lead).append(describe(g, id));
        if (shown.get(id)) {
            sb.append(' ').append(Messages.t("graph.seeabove")).append('\n');
            return;
        }
        shown.set(id);
        sb.append('\n');
        List<Integer> ins = new ArrayList<>(g.inputsOf(id));
        for (int k = 0; k < ins.size(); k++) {
            boolean last = k == ins.size() - 1;
            line(sb, g, ins.get(k), childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "), shown);
        }
    }

    private static String describe(GraphModel g, int id) {
        var n = g.nodes().get(id);
        var lines = GraphLabels.lines(g, id);
        return switch (n.kind()) {
            case OP -> n.name() + " → " + n.shape();
            case PARAM -> n.name() + " " + n.shape() + " [" + Messages.t("graph.param") + "; " + lines.get(2) + "]";
            case LEAF -> "tensor " + n.shape() + " [" + lines.get(0) + "; " + lines.get(2) + "]";
            case INPUT -> lines.get(0) + " " + n.shape();
            case MODULE -> n.name() + (n.shape() == null ? "" : " → " + n.shape()) + " [" + g.detail(id) + "]";
        };
    }
}
