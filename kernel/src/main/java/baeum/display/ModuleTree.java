package baeum.display;

import java.util.Locale;
import java.util.Map;

/**
 * A neural-network module as a tree with parameter counts: its PyTorch-style text plus the total,
 * and an HTML table with one row per module (indented by depth) giving its parameter count.
 *
 * <p>The HTML: {@code <div class="baeum-module">} holding {@code <table class="baeum-module-table">}.
 */
final class ModuleTree {
    private ModuleTree() {}

    /** What the tree needs to know about a module. */
    interface View {
        /** The module's own line: {@code Linear(in_features=4, out_features=2, bias=True)}, or its type for a container. */
        String description();

        /** Its direct sub-modules by name, in order. */
        Map<String, View> children();

        /** Parameters (elements) of this module and everything below it. */
        long parameters();

        /** Those of them that require gradients. */
        long trainable();

        /** The module's full text ({@code toString()}). */
        String text();
    }

    static MimeBundle bundle(View root) {
        String totals = "Total parameters: " + count(root.parameters()) + " (trainable: " + count(root.trainable()) + ")";
        return MimeBundle.text(root.text() + "\n" + totals).with(MimeBundle.HTML, html(root));
    }

    static String html(View root) {
        var sb = new StringBuilder("<div class=\"baeum-module\"><table class=\"baeum-module-table\" "
                + "style=\"border-collapse:collapse;font-family:monospace\"><thead><tr>"
                + "<th style=\"text-align:left\">name</th><th style=\"text-align:left\">module</th>"
                + "<th style=\"text-align:right\">parameters</th></tr></thead><tbody>");
        row(sb, "", root, 0);
        sb.append("</tbody><tfoot><tr><td colspan=\"2\" style=\"text-align:left\"><b>total</b> (trainable ")
          .append(count(root.trainable())).append(")</td><td style=\"text-align:right\"><b>")
          .append(count(root.parameters())).append("</b></td></tr></tfoot></table></div>");
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, View m, int depth) {
        sb.append("<tr><td style=\"text-align:left;padding-left:").append(4 + 16 * depth).append("px\">")
          .append(Html.escape(name)).append("</td><td style=\"text-align:left\">").append(Html.escape(m.description()))
          .append("</td><td style=\"text-align:right\">").append(count(m.parameters())).append("</td></tr>");
        m.children().forEach((childName, child) -> row(sb, childName, child, depth + 1));
    }

    /** 1234567 as {@code 1,234,567}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
