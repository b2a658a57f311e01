package baeum.display;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A tensor as HTML: a caption with shape and dtype, then a 1-D tensor as one row, a 2-D tensor
 * as a table, and higher ranks as a stack of 2-D tables, each labelled with its leading index
 * ({@code [0, 1, :, :]}). Past 1000 elements it is summarised like PyTorch's printing: only the
 * first and last 3 entries of each long dimension are shown, with {@code …} between.
 *
 * <p>The HTML: {@code <div class="baeum-tensor">} holding {@code <table class="baeum-tensor-table">}s.
 */
final class TensorTable {
    static final int THRESHOLD = 1000;
    static final int EDGE = 3;
    /** Marks a skipped run of indices in an index list. */
    static final int GAP = -1;

    /** One style block per output instead of a style on every cell (tables of 1000 cells stay small). */
    static final String STYLE = "<style>.baeum-tensor{font-family:monospace}"
            + ".baeum-tensor table{border-collapse:collapse;margin:2px 0 8px 0}"
            + ".baeum-tensor caption{text-align:left;caption-side:top;color:#555;white-space:nowrap}"
            + ".baeum-tensor td{text-align:right;padding:1px 8px}</style>";

    /** Reads one element of the tensor by its full index. */
    @FunctionalInterface
    interface Elements {
        double get(int[] index);
    }

    private TensorTable() {}

    /** The indices shown along a dimension of {@code size}: all, or the edges with a {@link #GAP}. */
    static int[] shownIndices(int size, boolean summarise) {
        if (!summarise || size <= 2 * EDGE) {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) all[i] = i;
            return all;
        }
        int[] out = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            out[i] = i;
            out[EDGE + 1 + i] = size - EDGE + i;
        }
        out[EDGE] = GAP;
        return out;
    }

    static String html(int[] shape, ElementFormat.Kind kind, String caption, Elements elements) {
        long numel = 1;
        for (int s : shape) numel *= s;
        boolean summarise = numel > THRESHOLD;
        var sb = new StringBuilder("<div class=\"baeum-tensor\">").append(STYLE);
        if (shape.length == 0) {
            ElementFormat f = ElementFormat.choose(kind, new double[] {elements.get(new int[0])});
            List<String[]> one = new ArrayList<>();
            one.add(new String[] {f.format(elements.get(new int[0]))});
            table(sb, caption, one);
            return sb.append("</div>").toString();
        }
        int rank = shape.length;
        int[] rows = rank == 1 ? new int[] {0} : shownIndices(shape[rank - 2], summarise);
        int[] cols = shownIndices(shape[rank - 1], summarise);
        List<int[]> leading = leadingIndices(shape, summarise);
        var values = new ArrayList<Double>();  // the shown values decide the number format
        for (int[] lead : leading) {
            if (lead == null) continue;
            for (int r : rows) for (int c : cols) if (r != GAP && c != GAP) values.add(elements.get(index(lead, rank, r, c)));
        }
        ElementFormat format = ElementFormat.choose(kind, values.stream().mapToDouble(Double::doubleValue).toArray());
        if (rank <= 2) {
            table(sb, caption, cells(leading.get(0), rank, rows, cols, format, elements));
            return sb.append("</div>").toString();
        }
        sb.append("<div class=\"baeum-tensor-caption\">").append(Html.escape(caption)).append("</div>");
        for (int[] lead : leading) {
            if (lead == null) {
                sb.append("<div class=\"baeum-tensor-gap\">⋮</div>");
                continue;
            }
            var label = new StringJoiner(", ", "[", ", :, :]");
            for (int i : lead) label.add(Integer.toString(i));
            table(sb, label.toString(), cells(lead, rank, rows, cols, format, elements));
        }
        return sb.append("</div>").toString();
    }

    /** Index tuples over all dimensions but the last two (null marks a skipped run). */
    static List<int[]> leadingIndices(int[] shape, boolean summarise) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[0]);
        for (int d = 0; d < shape.length - 2; d++) {
            List<int[]> next = new ArrayList<>();
            for (int[] prefix : out) {
                if (prefix == null) {
                    if (next.isEmpty() || next.get(next.size() - 1) != null) next.add(null);
                    continue;
                }
                for (int i : shownIndices(shape[d], summarise)) {
                    if (i == GAP) {
                        if (next.isEmpty() || next.get(next.size() - 1) != null) next.add(null);
                        continue;
                    }
                    int[] p = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    p[prefix.length] = i;
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    private static int[] index(int[] lead, int rank, int r, int c) {
        int[] idx = java.util.Arrays.copyOf(lead, rank);
        if (rank == 1) {
            idx[0] = c;
        } else {
            idx[rank - 2] = r;
            idx[rank - 1] = c;
        }
        return idx;
    }

    private static List<String[]> cells(int[] lead, int rank, int[] rows, int[] cols, ElementFormat f, Elements e) {
        List<String[]> out = new ArrayList<>();
        for (int r : rows) {
            String[] row = new String[cols.length];
            for (int j = 0; j < cols.length; j++) {
                int c = cols[j];
                row[j] = r == GAP ? (c == GAP ? "⋱" : "⋮") : c == GAP ? "…" : f.format(e.get(index(lead, rank, r, c)));
            }
            out.add(row);
        }
        return out;
    }

    private static void table(StringBuilder sb, String caption, List<String[]> rows) {
        sb.append("<table class=\"baeum-tensor-table\">");
        sb.append("<caption>").append(Html.escape(caption))
          .append("</caption><tbody>");
        for (String[] row : rows) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
    }
}
