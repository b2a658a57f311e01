package baeum.exercises.grade;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The feedback a student reads: score, notes, then each exercise with its cell and its tests. */
final class Feedback {

    private static final int MAX_CELL_OUTPUT = 1000;

    private final String student;
    private final String assignment;
    private final Sandbox sandbox;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, CellRun> cells = new LinkedHashMap<>();

    Feedback(String student, String assignment, Sandbox sandbox) {
        this.student = student;
        this.assignment = assignment;
        this.sandbox = sandbox;
    }

    void note(String n) {
        notes.add(n);
    }

    void cell(CellRun r) {
        cells.put(r.cell().exercise(), r);
    }

    /** The top-level output of results.json. */
    String summary(double score, double max) {
        StringBuilder sb = new StringBuilder(String.format("Score: %s / %s%n", fmt(score), fmt(max)));
        for (String n : notes) sb.append("Note: ").append(n).append('\n');
        if (sandbox == Sandbox.NONE) sb.append("Note: graded without a sandbox (trusted mode)\n");
        return sb.toString().strip();
    }

    String render(List<TestResult> tests, double score, double max, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("Baeum feedback — assignment ").append(assignment).append(" — ").append(student).append('\n');
        sb.append(String.format("Score: %s / %s   (graded %s UTC in %.1f s)%n", fmt(score), fmt(max),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), seconds));
        if (!notes.isEmpty()) {
            sb.append("\nNotes:\n");
            notes.forEach(n -> sb.append("  - ").append(n).append('\n'));
        }
        Map<String, List<TestResult>> byExercise = new LinkedHashMap<>();
        for (TestResult t : tests) byExercise.computeIfAbsent(t.exercise(), k -> new ArrayList<>()).add(t);
        for (var e : byExercise.entrySet()) {
            double got = e.getValue().stream().mapToDouble(TestResult::score).sum();
            double of = e.getValue().stream().mapToDouble(TestResult::maxScore).sum();
            sb.append(String.format("%n%s   %s / %s%n", e.getKey(), fmt(got), fmt(of)));
            CellRun c = cells.get(e.getKey());
            if (c != null) {
                sb.append(c.ok() ? "  your cell ran without errors\n" : "  your cell " + indent(c.message()) + "\n");
                if (!c.output().isBlank()) sb.append("  it printed:\n    ").append(indent(cap(c.output()))).append('\n');
            }
            for (TestResult t : e.getValue()) {
                sb.append(String.format("  [%s] %s  (%s pt)%n", t.status().equals("passed") ? "passed" : "FAILED",
                        t.name(), fmt(t.maxScore())));
                if (!t.output().isBlank()) sb.append("      ").append(t.output().replace("\n", "\n      ")).append('\n');
            }
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return s.length() > MAX_CELL_OUTPUT ? s.substring(0, MAX_CELL_OUTPUT) + "\n... (cut)" : s;
    }

    private static String indent(String s) {
        return s.strip().replace("\n", "\n    ");
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format("%.2f", d);
    }
}
