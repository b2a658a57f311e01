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
    private final String file;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, CellRun> cells = new LinkedHashMap<>();

    Feedback(String student, String assignment, Sandbox sandbox, String file) {
        this.student = student;
        this.assignment = assignment;
        this.sandbox = sandbox;
        this.file = file == null ? "" : file;
    }

    /**
     * Whether a student may see a test's result now: visible tests always; after_published and
     * after_due_date ones once the teacher publishes the grades; hidden ones never.
     */
    static boolean shown(TestResult t, boolean published) {
        return switch (t.visibility()) {
            case "visible" -> true;
            case "hidden" -> false;
            default -> published;
        };
    }

    /** "Score: 11 / 16", or, with tests not shown yet, the visible tests' score and what remains. */
    static String scoreLine(List<TestResult> tests, double score, double max, boolean published) {
        List<TestResult> later = tests.stream().filter(t -> !shown(t, published)).toList();
        if (later.isEmpty()) return String.format("Score: %s / %s", fmt(score), fmt(max));
        double got = tests.stream().filter(t -> shown(t, published)).mapToDouble(TestResult::score).sum();
        double of = tests.stream().filter(t -> shown(t, published)).mapToDouble(TestResult::maxScore).sum();
        double rest = later.stream().mapToDouble(TestResult::maxScore).sum();
        return String.format("Score on the visible tests: %s / %s%n%d hidden test%s (%s of the %s points) %s graded too;"
                        + " %s results come when your teacher publishes the grades", fmt(got), fmt(of), later.size(),
                later.size() == 1 ? "" : "s", fmt(rest), fmt(max), later.size() == 1 ? "is" : "are", later.size() == 1 ? "its" : "their");
    }

    void note(String n) {
        notes.add(n);
    }

    void cell(CellRun r) {
        cells.put(r.cell().exercise(), r);
    }

    /**
     * The top-level output of results.json, which Gradescope shows at once: the hidden tests'
     * share of the score is not in it before publication.
     */
    String summary(List<TestResult> tests, double score, double max) {
        StringBuilder sb = new StringBuilder(scoreLine(tests, score, max, false)).append('\n');
        if (!file.isEmpty()) sb.append("Graded file: ").append(file).append('\n');
        for (String n : notes) sb.append("Note: ").append(n).append('\n');
        if (sandbox == Sandbox.NONE) sb.append("Note: graded without a sandbox (trusted mode)\n");
        return sb.toString().strip();
    }

    /** feedback.txt; {@code published}: whether hidden tests' results may be shown (names and pass/fail only). */
    String render(List<TestResult> tests, double score, double max, double seconds, boolean published) {
        StringBuilder sb = new StringBuilder();
        sb.append("Baeum feedback — assignment ").append(assignment).append(" — ").append(student).append('\n');
        if (!file.isEmpty()) sb.append("Graded file: ").append(file).append('\n');
        sb.append(scoreLine(tests, score, max, published)).append(String.format("%n(graded %s UTC in %.1f s)%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), seconds));
        if (!notes.isEmpty()) {
            sb.append("\nNotes:\n");
            notes.forEach(n -> sb.append("  - ").append(n).append('\n'));
        }
        Map<String, List<TestResult>> byExercise = new LinkedHashMap<>();
        for (TestResult t : tests) byExercise.computeIfAbsent(t.exercise(), k -> new ArrayList<>()).add(t);
        for (var e : byExercise.entrySet()) {
            List<TestResult> mine = e.getValue().stream().filter(t -> shown(t, published)).toList();
            List<TestResult> later = e.getValue().stream().filter(t -> !shown(t, published)).toList();
            double got = mine.stream().mapToDouble(TestResult::score).sum();
            double of = mine.stream().mapToDouble(TestResult::maxScore).sum();
            sb.append(String.format("%n%s   %s / %s%n", e.getKey(), fmt(got), fmt(of)));
            CellRun c = cells.get(e.getKey());
            if (c != null) {
                sb.append(c.ok() ? "  your cell ran without errors\n" : "  your cell " + indent(c.message()) + "\n");
                if (!c.output().isBlank()) sb.append("  it printed:\n    ").append(indent(cap(c.output()))).append('\n');
            }
            for (TestResult t : mine) {
                sb.append(String.format("  [%s] %s  (%s pt)%n", t.status().equals("passed") ? "passed" : "FAILED",
                        t.name(), fmt(t.maxScore())));
                if (!t.output().isBlank()) sb.append("      ").append(t.output().replace("\n", "\n      ")).append('\n');
            }
            if (!later.isEmpty()) sb.append(String.format("  + %d hidden test%s (%s pt): results after your teacher publishes the grades%n",
                    later.size(), later.size() == 1 ? "" : "s", fmt(later.stream().mapToDouble(TestResult::maxScore).sum())));
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
