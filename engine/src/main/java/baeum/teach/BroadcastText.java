package baeum.teach;

import java.util.ArrayList;
import java.util.List;

/** {@link BroadcastExplanation} as an aligned text table, then a line per dim and the fixes. */
final class BroadcastText {
    private BroadcastText() {}

    static String render(BroadcastExplanation e) {
        var sb = new StringBuilder();
        String an = e.aName() + " " + e.a(), bn = e.bName() + " " + e.b();
        sb.append(Messages.t("bc.title", an, bn)).append('\n');
        sb.append(Messages.t("bc.aligned")).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        var dims = e.dims();
        String[] head = new String[dims.size() + 1], ra = new String[dims.size() + 1], rb = new String[dims.size() + 1],
                rr = new String[dims.size() + 1];
        head[0] = "";
        ra[0] = an;
        rb[0] = bn;
        rr[0] = Messages.t("bc.result");   // the result's shape goes after its sizes, as in the HTML table
        for (int i = 0; i < dims.size(); i++) {
            var d = dims.get(i);
            head[i + 1] = Messages.t("bc.dim") + " " + d.index();
            ra[i + 1] = d.a() < 0 ? "·" : Integer.toString(d.a());
            rb[i + 1] = d.b() < 0 ? "·" : Integer.toString(d.b());
            rr[i + 1] = d.result() < 0 ? "✗" : Integer.toString(d.result());
        }
        rows.add(head);
        rows.add(ra);
        rows.add(rb);
        rows.add(rr);
        int[] w = new int[head.length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], SummaryText.width(r[i]));
        for (String[] r : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i];
                int pad = w[i] - SummaryText.width(cell);
                if (i == 0) line.append(cell).append(" ".repeat(pad));
                else line.append("  ").append(" ".repeat(pad)).append(cell);
            }
            if (r == rr && e.ok()) line.append("   = ").append(e.result());
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append('\n');
        for (String n : e.notes()) sb.append("  ").append(n).append('\n');
        if (e.ok()) {
            sb.append(Messages.t("bc.ok", e.result()));
        } else {
            sb.append(Messages.t("bc.failed", dimList(e))).append('\n');
            sb.append(Messages.t("bc.fixes")).append(':');
            int k = 1;
            for (var f : e.fixDetails()) sb.append("\n  ").append(k++).append(". ").append(f.why());
        }
        return sb.toString();
    }

    static String dimList(BroadcastExplanation e) {
        var parts = new ArrayList<String>();
        for (int d : e.failingDims()) parts.add(Messages.t("bc.dim") + " " + d);
        return String.join(", ", parts);
    }
}
