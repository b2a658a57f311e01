package baeum.teach;

/** {@link BroadcastExplanation} as a coloured HTML table: equal sizes plain, stretched ones amber, missing dims grey, clashes red. */
final class BroadcastHtml {
    private BroadcastHtml() {}

    private static final String SAME = "#ffffff", STRETCH = "#ffe8a3", MISSING = "#eeeeee", FAIL = "#ffb3b3", OK = "#d3f5d3";

    static String render(BroadcastExplanation e) {
        var sb = new StringBuilder("<div class=\"baeum-broadcast\" style=\"font-family:sans-serif;font-size:13px\">");
        String an = e.aName() + " " + e.a(), bn = e.bName() + " " + e.b();
        sb.append("<p style=\"margin:2px 0\"><b>").append(Html.esc(Messages.t("bc.title", an, bn))).append("</b><br>")
                .append(Html.esc(Messages.t("bc.aligned"))).append("</p>");
        String td = "<td style=\"border:1px solid #999;padding:3px 10px;text-align:center;font-family:monospace;background:";
        sb.append("<table style=\"border-collapse:collapse;margin:6px 0\"><tr><th></th>");
        for (var d : e.dims()) {
            sb.append("<th style=\"padding:2px 10px;font-weight:normal;color:#555\">").append(Html.esc(Messages.t("bc.dim")))
                    .append(' ').append(d.index()).append("</th>");
        }
        sb.append("</tr>");
        row(sb, td, an, e, true);
        row(sb, td, bn, e, false);
        sb.append("<tr><th style=\"text-align:left;padding-right:10px;font-family:monospace\">").append(Html.esc(Messages.t("bc.result"))).append("</th>");
        for (var d : e.dims()) {
            boolean fail = d.kind() == BroadcastExplanation.Kind.FAIL;
            sb.append(td).append(fail ? FAIL : OK).append(";font-weight:bold\">").append(fail ? "✗" : d.result()).append("</td>");
        }
        sb.append("<td style=\"padding-left:10px;font-family:monospace\">").append(e.ok() ? Html.esc(e.result().toString()) : "")
                .append("</td></tr></table><ul style=\"margin:4px 0;padding-left:20px\">");
        for (String n : e.notes()) sb.append("<li>").append(Html.esc(n)).append("</li>");
        sb.append("</ul>");
        if (e.ok()) {
            sb.append("<p style=\"margin:4px 0;color:#1a7f37\"><b>").append(Html.esc(Messages.t("bc.ok", e.result()))).append("</b></p>");
        } else {
            sb.append("<p style=\"margin:4px 0;color:#cf222e\"><b>").append(Html.esc(Messages.t("bc.failed", BroadcastText.dimList(e))))
                    .append("</b></p><p style=\"margin:4px 0\">").append(Html.esc(Messages.t("bc.fixes"))).append(":</p><ol style=\"margin:2px 0\">");
            for (var f : e.fixDetails()) {
                sb.append("<li>");
                String why = f.why();
                if (f.code() != null) {
                    sb.append("<code>").append(Html.esc(f.code())).append("</code>");
                    if (why.startsWith(f.code())) why = why.substring(f.code().length());
                    if (why.startsWith(":")) why = why.substring(1);
                    sb.append(' ');
                }
                sb.append(Html.esc(why.strip())).append("</li>");
            }
            sb.append("</ol>");
        }
        return sb.append("</div>").toString();
    }

    private static void row(StringBuilder sb, String td, String label, BroadcastExplanation e, boolean isA) {
        sb.append("<tr><th style=\"text-align:left;padding-right:10px;font-family:monospace\">").append(Html.esc(label)).append("</th>");
        for (var d : e.dims()) {
            int size = isA ? d.a() : d.b();
            String bg = switch (d.kind()) {
                case SAME -> SAME;
                case FAIL -> FAIL;
                case STRETCH_A -> isA ? STRETCH : SAME;
                case STRETCH_B -> isA ? SAME : STRETCH;
                case NEW_A -> isA ? MISSING : SAME;
                case NEW_B -> isA ? SAME : MISSING;
            };
            String cell = size < 0 ? (d.result() > 1 ? "(1) → " + d.result() : "(1)")
                    : size == 1 && bg.equals(STRETCH) ? "1 → " + d.result() : Integer.toString(size);
            sb.append(td).append(bg).append("\">").append(Html.esc(cell)).append("</td>");
        }
        sb.append("</tr>");
    }
}
