package baeum.teach;

/** A {@link Summary} as an HTML table (indented layer names, right-aligned counts) with the totals under it. */
final class SummaryHtml {
    private SummaryHtml() {}

    static String render(Summary s) {
        var sb = new StringBuilder("<div class=\"baeum-summary\" style=\"font-family:sans-serif;font-size:13px\">");
        sb.append("<p style=\"margin:2px 0\"><b>").append(Html.esc(Messages.t("summary.title", s.rows().get(0).type(), s.input())))
                .append("</b></p><table style=\"border-collapse:collapse;margin:4px 0\"><thead><tr style=\"border-bottom:2px solid #444\">");
        String th = "<th style=\"padding:3px 12px;text-align:%s\">";
        sb.append(th.formatted("left")).append(Html.esc(Messages.t("summary.layer"))).append("</th>")
                .append(th.formatted("left")).append(Html.esc(Messages.t("summary.output"))).append("</th>")
                .append(th.formatted("right")).append(Html.esc(Messages.t("summary.params"))).append("</th>")
                .append(th.formatted("left")).append(Html.esc(Messages.t("summary.trainable"))).append("</th></tr></thead><tbody>");
        boolean unseen = false;
        for (var r : s.rows()) {
            unseen |= r.output() == null;
            sb.append("<tr style=\"border-bottom:1px solid #ddd").append(r.container() ? ";color:#555" : "").append("\">")
                    .append("<td style=\"padding:2px 12px 2px ").append(12 + 18 * r.depth()).append("px\">");
            if (!r.name().isEmpty()) sb.append("<code>").append(Html.esc(r.name())).append("</code>: ");
            sb.append(r.container() ? "<i>" : "<b>").append(Html.esc(r.type())).append(r.container() ? "</i>" : "</b>")
                    .append("</td><td style=\"padding:2px 12px;font-family:monospace\">")
                    .append(r.output() == null ? "—" : Html.esc(r.output().toString()))
                    .append("</td><td style=\"padding:2px 12px;text-align:right;font-family:monospace\">")
                    .append(SummaryText.count(r)).append("</td><td style=\"padding:2px 12px\">")
                    .append(Html.esc(SummaryText.trainable(r))).append("</td></tr>");
        }
        sb.append("</tbody></table><table style=\"border-collapse:collapse;margin:6px 0\">");
        row(sb, Messages.t("summary.total"), SummaryText.num(s.totalParams()), true);
        row(sb, Messages.t("summary.trainableTotal"), SummaryText.num(s.trainableParams()), false);
        row(sb, Messages.t("summary.frozen"), SummaryText.num(s.totalParams() - s.trainableParams()), false);
        for (String[] m : SummaryText.memory(s)) row(sb, m[0], m[1], false);
        sb.append("</table>");
        if (unseen) sb.append("<p style=\"margin:2px 0;color:#555\">").append(Html.esc(Messages.t("summary.unseen"))).append("</p>");
        return sb.append("</div>").toString();
    }

    private static void row(StringBuilder sb, String label, String value, boolean bold) {
        sb.append("<tr><td style=\"padding:1px 12px 1px 0\">").append(Html.esc(label)).append("</td><td style=\"padding:1px 0;")
                .append(bold ? "font-weight:bold;" : "").append("font-family:monospace\">").append(Html.esc(value)).append("</td></tr>");
    }
}
