package baeum.exercises;

import baeum.teach.Messages;
import java.util.List;
import java.util.Map;

/**
 * What {@code check()} shows: per exercise, which public tests passed, why the others failed,
 * and how many hidden tests will run at grading. {@code toString()} is the text form;
 * {@link #toHtml()} the notebook form. The labels are English or Korean ({@code language("ko")},
 * see {@link baeum.teach.Lang}); the marks ✓ and ✗ are the same in both.
 */
public final class CheckReport {

    /** One public test's result. */
    public record Line(String exercise, String name, boolean passed, String message) {
    }

    private final List<Line> lines;
    private final Map<String, Integer> hidden;
    private final List<String> exercises;

    CheckReport(List<String> exercises, List<Line> lines, Map<String, Integer> hidden) {
        this.exercises = List.copyOf(exercises);
        this.lines = List.copyOf(lines);
        this.hidden = Map.copyOf(hidden);
    }

    public List<Line> lines() {
        return lines;
    }

    /** Whether every public test passed. */
    public boolean passed() {
        return lines.stream().allMatch(Line::passed);
    }

    /** The number of hidden tests of {@code exercise} that grading will run. */
    public int hiddenTests(String exercise) {
        return hidden.getOrDefault(exercise, 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String ex : exercises) {
            List<Line> mine = lines.stream().filter(l -> l.exercise().equals(ex)).toList();
            long ok = mine.stream().filter(Line::passed).count();
            sb.append(Messages.t("check.passed", ex, ok, mine.size()))
                    .append(ok == mine.size() && !mine.isEmpty() ? " ✓" : "").append(hiddenNote(ex)).append('\n');
            for (Line l : mine) {
                sb.append(l.passed() ? "  ✓ " : "  ✗ ").append(l.name()).append('\n');
                if (!l.passed()) sb.append("      ").append(l.message().replace("\n", "\n      ")).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    /** An HTML table: green for passed, red with the reason for failed. */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<div class=\"baeum-check\" style=\"font-family:sans-serif\">");
        for (String ex : exercises) {
            List<Line> mine = lines.stream().filter(l -> l.exercise().equals(ex)).toList();
            long ok = mine.stream().filter(Line::passed).count();
            String passed = Messages.t("check.passed", ex, ok, mine.size());
            sb.append("<p><b>").append(esc(ex)).append("</b>").append(esc(passed.substring(ex.length())))
                    .append(ok == mine.size() && !mine.isEmpty() ? " &#10003;" : "").append(esc(hiddenNote(ex))).append("</p><table>");
            for (Line l : mine) {
                sb.append("<tr><td style=\"color:").append(l.passed() ? "#1a7f37\">&#10003;" : "#cf222e\">&#10007;")
                        .append("</td><td>").append(esc(l.name()));
                if (!l.passed()) sb.append("<pre style=\"margin:2px 0;color:#cf222e\">").append(esc(l.message())).append("</pre>");
                sb.append("</td></tr>");
            }
            sb.append("</table>");
        }
        return sb.append("</div>").toString();
    }

    private String hiddenNote(String ex) {
        int n = hiddenTests(ex);
        return n == 0 ? "" : Messages.t(n == 1 ? "check.hidden1" : "check.hiddenN", n);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
