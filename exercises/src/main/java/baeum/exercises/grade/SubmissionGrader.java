package baeum.exercises.grade;

import baeum.exercises.Student;
import baeum.exercises.format.Assignment;
import baeum.exercises.format.Exercise;
import baeum.exercises.format.NotebookException;
import baeum.exercises.format.Notebooks;
import baeum.exercises.format.Rebuild;
import baeum.exercises.tests.GradedTest;
import baeum.exercises.tests.Outcome;
import baeum.exercises.tests.TestRunner;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Grades one submission: rebuilds it from the teacher's notebook, runs its cells in a fresh
 * worker JVM, then runs every public and hidden test in this JVM (on the JUnit Platform,
 * {@link TestRunner}) against the worker's values.
 */
public final class SubmissionGrader {

    private static final int MAX_TEST_OUTPUT = 2000;

    private final Assignment assignment;
    private final ObjectNode teacher;
    private final Map<String, Exercise> exercises = new LinkedHashMap<>();
    private final List<GradedTest> tests;
    private final WorkerConfig config;
    private volatile boolean published;

    public SubmissionGrader(Assignment assignment, ObjectNode teacher, List<GradedTest> tests, WorkerConfig config) {
        this.assignment = assignment;
        this.teacher = teacher;
        this.tests = tests;
        this.config = config;
        for (Exercise e : Exercise.of(teacher)) exercises.put(e.id(), e);
    }

    public String assignmentName() {
        return assignment.name();
    }

    /** The released notebook's file name (the teacher's notebook's name), which wins in a folder of several. */
    public String releasedFileName() {
        return assignment.notebook().getFileName().toString();
    }

    /**
     * Whether feedback.txt shows hidden tests' results (after the teacher publishes the grades);
     * false by default: feedback.txt then shows the visible tests only, as Gradescope does before
     * publication.
     */
    public void published(boolean p) {
        published = p;
    }

    public boolean published() {
        return published;
    }

    public double maxScore() {
        return tests.stream().mapToDouble(GradedTest::points).sum();
    }

    /** Notebooks larger than this are not read (a student's notebook is kilobytes). */
    public static final long MAX_BYTES = 32L << 20;

    /** Grades a submitted file (null: nothing was submitted). */
    public SubmissionResult grade(String student, java.nio.file.Path file) throws IOException {
        return grade(student, file, file == null ? "" : file.getFileName().toString(), "");
    }

    /**
     * Grades a submitted file, naming it {@code label} in the feedback (its path in the
     * submission) and saying {@code why} it was chosen when there were several.
     */
    public SubmissionResult grade(String student, java.nio.file.Path file, String label, String why) throws IOException {
        if (file != null && java.nio.file.Files.size(file) > MAX_BYTES)
            return unreadable(student, label, why, "the file is " + (java.nio.file.Files.size(file) >> 20) + " MB, too large for a notebook"
                    + " (clear the outputs and submit again)", System.nanoTime());
        return grade(student, file == null ? new byte[0] : java.nio.file.Files.readAllBytes(file), label, why);
    }

    public SubmissionResult grade(String student, byte[] notebook) throws IOException {
        return grade(student, notebook, "", "");
    }

    private SubmissionResult grade(String student, byte[] notebook, String label, String why) throws IOException {
        long start = System.nanoTime();
        Rebuild.Result rebuilt;
        try {
            rebuilt = Rebuild.of(teacher, Notebooks.parse(notebook));
        } catch (NotebookException e) {
            return unreadable(student, label, why, e.getMessage(), start);
        }
        Feedback fb = new Feedback(student, assignment.name(), config.sandbox(), label);
        if (!why.isEmpty()) fb.note("graded the file '" + label + "': " + why);
        rebuilt.notes().forEach(fb::note);
        List<TestResult> results = new ArrayList<>();
        long deadline = start + (long) (assignment.submissionTimeout() * 1e9);
        // forbidden calls, found on the parsed source of the student's cells: their tests fail
        Map<String, String> forbiddenUse = new HashMap<>();
        for (Rebuild.Cell c : rebuilt.cells()) {
            Exercise e = c.exercise() == null || !c.fromStudent() ? null : exercises.get(c.exercise());
            if (e == null || e.forbidden().isEmpty()) continue;
            List<baeum.exercises.format.ForbiddenCalls.Use> uses = baeum.exercises.format.ForbiddenCalls.in(c.source(), e.forbidden());
            if (uses.isEmpty()) continue;
            String use = "your cell '" + e.id() + "' uses a call this exercise does not allow: " + uses.getFirst().describe();
            forbiddenUse.put(e.id(), use);
            fb.note(use + "; its tests count as failed");
        }
        try (Session session = new Session(config, rebuilt.cells(), this::timeout, deadline)) {
            Map<String, CellRun> cellOf = new HashMap<>();
            try {
                for (CellRun r : session.runCells()) {
                    if (r.cell().exercise() != null) cellOf.put(r.cell().exercise(), r);
                    else if (!r.ok()) fb.note("setup cell " + r.cell().number() + " failed: " + r.message());
                }
            } catch (WorkerDied e) {
                fb.note("the notebook could not run to the end: a cell " + e.getMessage());
            }
            // the students the tests called, per test (a parameterized test: one per invocation)
            Map<GradedTest, List<RemoteStudent>> called = new java.util.concurrent.ConcurrentHashMap<>();
            List<Outcome> outcomes = TestRunner.run(tests, new TestRunner.Students() {
                @Override
                public Student student(GradedTest t) {
                    RemoteStudent s = new RemoteStudent(session, timeout(t.exercise()));
                    called.computeIfAbsent(t, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(s);
                    return s;
                }

                @Override
                public String skip(GradedTest t) {
                    if (forbiddenUse.containsKey(t.exercise())) return forbiddenUse.get(t.exercise());
                    // a call that ended the worker fails the exercise's remaining tests at once
                    for (var e : called.entrySet()) {
                        if (!e.getKey().exercise().equals(t.exercise())) continue;
                        for (RemoteStudent s : e.getValue())
                            if (s.fatal() != null) return "not run: an earlier test of this exercise failed with: " + s.fatal();
                    }
                    return null;
                }
            });
            for (Outcome o : outcomes) {
                GradedTest t = o.test();
                CellRun cell = cellOf.get(t.exercise());
                String out = o.message();
                if (!o.passed() && cell != null && !cell.ok()) out += "\n(your cell '" + t.exercise() + "' " + cell.message() + ")";
                String printed = called.getOrDefault(t, List.of()).stream().map(RemoteStudent::printed).collect(Collectors.joining());
                if (!printed.isEmpty()) out += "\n--- your code printed ---\n" + printed;
                // a hidden test shows its name and pass/fail only: its message would name expected
                // values and inputs, from which its data could be rebuilt
                if (t.hidden()) out = "";
                if (out.length() > MAX_TEST_OUTPUT) out = out.substring(0, MAX_TEST_OUTPUT) + "\n... (cut)";
                results.add(new TestResult((t.hidden() ? "[hidden] " : "") + t.exercise() + ": " + t.name(), o.score(),
                        t.points(), o.passed() ? "passed" : "failed", t.visibility(), out.strip(), t.exercise()));
            }
            cellOf.values().forEach(fb::cell);
            if (session.starts() > 1) fb.note("the session was restarted " + (session.starts() - 1) + " time(s)");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double score = results.stream().mapToDouble(TestResult::score).sum();
        String output = fb.summary(results, score, maxScore());
        return new SubmissionResult(student, "graded", score, maxScore(), seconds, output, results,
                fb.render(results, score, maxScore(), seconds, published));
    }

    private SubmissionResult unreadable(String student, String label, String choice, String why, long start) {
        String msg = "Not graded: " + why + ". Submit the notebook of assignment '" + assignment.name() + "' (an .ipynb file).";
        List<TestResult> results = new ArrayList<>();
        for (GradedTest t : tests)
            results.add(new TestResult((t.hidden() ? "[hidden] " : "") + t.exercise() + ": " + t.name(), 0, t.points(),
                    "failed", t.visibility(), t.hidden() ? "" : msg, t.exercise()));
        double seconds = (System.nanoTime() - start) / 1e9;
        Feedback fb = new Feedback(student, assignment.name(), config.sandbox(), label);
        if (!choice.isEmpty()) fb.note("graded the file '" + label + "': " + choice);
        fb.note(msg);
        return new SubmissionResult(student, "unreadable", 0, maxScore(), seconds, msg, results,
                fb.render(results, 0, maxScore(), seconds, published));
    }

    private double timeout(Rebuild.Cell c) {
        return c.exercise() != null ? timeout(c.exercise()) : assignment.cellTimeout();
    }

    private double timeout(String exercise) {
        Exercise e = exercises.get(exercise);
        return e == null ? Exercise.DEFAULT_TIMEOUT : e.timeoutSeconds();
    }
}
