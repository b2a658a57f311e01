package baeum.exercises.grade;

import static baeum.exercises.grade.Submissions.RELU;
import static baeum.exercises.grade.Submissions.SIGMOID;
import static baeum.exercises.grade.Submissions.SOFTMAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Notebooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader end to end on one folder of submissions: correct, partly wrong, not done, and every
 * hostile kind; then the gradebook, resuming, and a grader failure. One batch run, two workers.
 */
class GraderTest {

    @TempDir
    static Path tmp;
    static Path assignment, subs, out;
    static GradingSetup setup;
    static List<BatchGrader.Row> rows;
    static final Map<String, JsonNode> results = new HashMap<>();
    static final Map<String, String> feedback = new HashMap<>();

    /** The assignment copied with 6 s exercise timeouts (short, yet safe on a loaded machine) and secrets planted. */
    @BeforeAll
    static void gradeTheFolder() throws Exception {
        assignment = Files.createDirectories(tmp.resolve("assignment"));
        ObjectNode teacher = Notebooks.read(Submissions.TEACHER);
        // the grader is under test here, not the chapter: keep the setup, solution and test cells and drop the
        // chapter's demo cells (no grade_id), so that replays after a restart stay as quick as these tests assume
        var cells = (com.fasterxml.jackson.databind.node.ArrayNode) teacher.get("cells");
        for (int i = cells.size() - 1; i >= 0; i--)
            if (Notebooks.isCode(cells.get(i)) && Notebooks.gradeId(cells.get(i)) == null) cells.remove(i);
        for (ObjectNode c : Notebooks.cells(teacher))
            if (Notebooks.isSolution(c)) ((ObjectNode) c.get("metadata").get("baeum")).put("timeout", 6);
        ((ObjectNode) teacher.get("metadata").get("baeum")).put("secret", "SECRET-TEACHER-42");
        Notebooks.write(teacher, assignment.resolve("teacher.ipynb"));
        Files.createDirectories(assignment.resolve("hidden"));
        Files.writeString(assignment.resolve("hidden/Ch04HiddenTests.java"),
                Files.readString(Submissions.ASSIGNMENT.resolve("hidden/Ch04HiddenTests.java")) + "// SECRET-HIDDEN-42\n");
        Files.writeString(assignment.resolve("assignment.json"), """
                {"name": "ch04", "notebook": "teacher.ipynb", "hidden_tests": "hidden", "memory_mb": 128,
                 "submission_timeout": 60, "cell_timeout": 10}""");

        subs = Files.createDirectories(tmp.resolve("submissions"));
        out = tmp.resolve("graded");
        put("correct", SIGMOID, RELU, SOFTMAX, Submissions.CHAIN);
        put("partly", SIGMOID, Submissions.RELU_WRONG, Submissions.SOFTMAX_UNSTABLE);
        Submissions.write(Submissions.released(), subs.resolve("notdone.ipynb"));
        put("loop", Hostile.LOOP, RELU, SOFTMAX);
        put("exit", Hostile.FLOOD + SIGMOID, Hostile.EXIT, SOFTMAX);
        put("halt", Hostile.HALT_AT_TOP, RELU, SOFTMAX);
        put("oom", Hostile.OOM, RELU, SOFTMAX);
        put("compile", SIGMOID, Hostile.COMPILE_ERROR, SOFTMAX);
        put("reads", Hostile.reads(assignment.resolve("hidden/Ch04HiddenTests.java").toString(),
                assignment.resolve("teacher.ipynb").toString(), subs.resolve("correct.ipynb").toString()), null, null);
        put("forge", null, Hostile.forge(out.resolve("forge/results.json").toString()), null);
        Files.writeString(subs.resolve("badjson.ipynb"), "{\"cells\": [");
        Files.writeString(subs.resolve("empty.ipynb"), "");
        ObjectNode other = Submissions.filled(Submissions.answers(SIGMOID, RELU, SOFTMAX));
        ((ObjectNode) other.get("metadata").get("baeum")).put("assignment", "ch05");
        Submissions.write(other, subs.resolve("other.ipynb"));
        // the correct submission carries a secret of its own, which another student tries to read
        ObjectNode correct = Notebooks.read(subs.resolve("correct.ipynb"));
        ((ObjectNode) correct.get("metadata")).put("note", "SECRET-SIBLING-42");
        Submissions.write(correct, subs.resolve("correct.ipynb"));

        setup = GradingSetup.open(assignment, null, 0, true);
        rows = new BatchGrader(setup.grader(), 2, false).run(subs, out);
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                results.put(d.getFileName().toString(), ResultsSchema.validate(d.resolve("results.json")));
                feedback.put(d.getFileName().toString(), Files.readString(d.resolve("feedback.txt")));
            }
        }
    }

    @AfterAll
    static void close() {
        if (setup != null) setup.close();
    }

    private static void put(String name, String sigmoid, String relu, String softmax) throws Exception {
        put(name, sigmoid, relu, softmax, null);
    }

    private static void put(String name, String sigmoid, String relu, String softmax, String chain) throws Exception {
        Submissions.write(Submissions.filled(Submissions.answers(sigmoid, relu, softmax, chain)), subs.resolve(name + ".ipynb"));
    }

    private static double score(String student) {
        return results.get(student).get("score").asDouble();
    }

    /** The output of the test whose name contains {@code part}. */
    private static String test(String student, String part) {
        for (JsonNode t : results.get(student).get("tests")) if (t.get("name").asText().contains(part)) return t.get("output").asText();
        throw new AssertionError("no test " + part + " in " + results.get(student));
    }

    @Test
    void everySubmissionGetsAResult() {
        assertEquals(13, rows.size());
        assertEquals(13, results.size());
        assertEquals(17, score("correct"));
        assertEquals(7, score("partly"), feedback.get("partly"));
        assertEquals(0, score("notdone"));
        assertTrue(test("notdone", "sigmoid(0) is 0.5").contains("not done yet: ch04_sigmoid"));
        assertTrue(test("partly", "relu of [-1, 0, 2.5]").contains("values differ at [0]: expected 0.0 but got 1.0"));
        // a failed hidden test shows its name and pass/fail only: no expected values, no inputs
        assertEquals("", test("partly", "stable for large inputs"));
        for (JsonNode t : results.get("partly").get("tests"))
            if (t.get("name").asText().startsWith("[hidden] ")) assertEquals("", t.get("output").asText(), t.toString());
        assertFalse(feedback.get("partly").contains("0.09003057"), feedback.get("partly"));
    }

    /** Before publication the top-level output and feedback.txt hold the visible tests' score only. */
    @Test
    void theTopLevelScoreLeavesHiddenTestsOutBeforePublication() {
        String top = results.get("partly").get("output").asText();
        assertTrue(top.startsWith("Score on the visible tests: 4 / 8\n8 hidden tests (9 of the 17 points) are graded too"), top);
        assertEquals(7, score("partly"), "the grade itself counts every test");
        assertTrue(feedback.get("partly").contains("Score on the visible tests: 4 / 8"), feedback.get("partly"));
        assertTrue(feedback.get("partly").contains("+ 2 hidden tests (3 pt): results after your teacher publishes the grades"),
                feedback.get("partly"));
        assertFalse(feedback.get("partly").contains("[hidden]"), feedback.get("partly"));
    }

    @Test
    void hiddenTestsAreAfterPublishedAndPublicOnesVisible() {
        for (JsonNode t : results.get("correct").get("tests")) {
            boolean hidden = t.get("name").asText().startsWith("[hidden] ");
            assertEquals(hidden ? "after_published" : "visible", t.get("visibility").asText());
        }
        assertEquals(15, results.get("correct").get("tests").size());
    }

    @Test
    void anEndlessLoopFailsItsExerciseOnly() {
        assertEquals(9, score("loop"), feedback.get("loop"));
        String first = test("loop", "sigmoid of [-2, 0, 2]");
        assertTrue(first.contains("did not finish within 6 s"), first);
        assertTrue(test("loop", "sigmoid(0) is 0.5").contains("not run: an earlier test of this exercise failed"));
    }

    @Test
    void exitAndHaltRestartTheSessionForTheRest() {
        assertEquals(9, score("exit"), feedback.get("exit"));
        assertTrue(test("exit", "relu of [-1, 0, 2.5]").contains("ended its session"), feedback.get("exit"));
        assertEquals(9, score("halt"), feedback.get("halt"));
        assertTrue(feedback.get("halt").contains("your cell ended its session")
                || feedback.get("halt").contains("the code ended its session"), feedback.get("halt"));
        assertTrue(test("halt", "sigmoid(0)").contains("no method sigmoid(Tensor) is defined"), feedback.get("halt"));
    }

    @Test
    void floodsOfOutputAreCapped() throws Exception {
        String fb = feedback.get("exit");
        assertTrue(fb.contains("spam 0") && fb.contains("(cut)"), fb);
        assertTrue(fb.length() < 20_000, "feedback of " + fb.length() + " chars");
        assertTrue(Files.size(out.resolve("exit/results.json")) < 20_000);
    }

    @Test
    void theSubmissionTimeLimitBoundsEverything() throws Exception {
        Path a2 = Files.createDirectories(tmp.resolve("assignment-short"));
        for (String f : List.of("teacher.ipynb", "hidden/Ch04HiddenTests.java")) {
            Files.createDirectories(a2.resolve(f).getParent());
            Files.copy(assignment.resolve(f), a2.resolve(f));
        }
        Files.writeString(a2.resolve("assignment.json"), """
                {"name": "ch04", "notebook": "teacher.ipynb", "hidden_tests": "hidden", "memory_mb": 128,
                 "submission_timeout": 5, "cell_timeout": 10}""");
        var short5 = new SubmissionGrader(baeum.exercises.format.Assignment.load(a2), Notebooks.read(a2.resolve("teacher.ipynb")),
                setup.tests(), setup.config());
        var nb = Submissions.filled(Submissions.answers(Hostile.LOOP, Hostile.LOOP.replace("sigmoid", "relu"), SOFTMAX));
        SubmissionResult r = short5.grade("slow", Notebooks.JSON.writeValueAsBytes(nb));
        assertTrue(r.seconds() < 12, "graded in " + r.seconds() + " s");
        assertEquals(0, r.score(), r.feedback());
        assertTrue(r.feedback().contains("the submission's time limit was reached"), r.feedback());
    }

    @Test
    void memoryExhaustionIsReportedAsSuch() {
        assertEquals(9, score("oom"), feedback.get("oom"));
        assertTrue(test("oom", "sigmoid of [-2, 0, 2]").contains("ran out of memory (the limit is 128 MB)"), feedback.get("oom"));
    }

    @Test
    void aCompileErrorFailsOnlyItsCell() {
        assertEquals(9, score("compile"), feedback.get("compile"));
        assertTrue(feedback.get("compile").contains("your cell does not compile:\n    line 2: ';' expected"), feedback.get("compile"));
    }

    @Test
    void studentCodeCannotReadHiddenTestsTheTeachersNotebookOrOtherSubmissions() throws Exception {
        String fb = feedback.get("reads");
        assertTrue(fb.contains("READ: DENIED"), fb);
        assertEquals(4, score("reads"), "its own sigmoid still counts");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                for (String secret : List.of("SECRET-HIDDEN-42", "SECRET-TEACHER-42", "SECRET-SIBLING-42"))
                    assertFalse(text.contains(secret), secret + " leaked into " + f);
            }
        }
    }

    @Test
    void forgingAPassDoesNotWork() {
        assertEquals(0, score("forge"), feedback.get("forge"));
        String fb = feedback.get("forge");
        assertTrue(fb.contains("All tests passed! score: 16/16"), "the forged text is shown as the student's output: " + fb);
        assertTrue(fb.contains("write denied"), "the worker cannot write the grader's results: " + fb);
        assertTrue(fb.contains("no grader class: java.lang.ClassNotFoundException"), "the grader's code is not in the worker: " + fb);
        assertTrue(test("forge", "relu of [-1, 0, 2.5]").contains("wrote into the grader's channel"), fb);
    }

    @Test
    void brokenFilesAndOtherAssignmentsAreExplained() {
        assertTrue(results.get("badjson").get("output").asText().contains("not valid JSON"));
        assertTrue(results.get("empty").get("output").asText().contains("the file is empty"));
        assertTrue(results.get("other").get("output").asText().contains("for assignment 'ch05', not 'ch04'"));
        for (String s : List.of("badjson", "empty", "other")) assertEquals(0, score(s));
    }

    @Test
    void gradebookHasOneRowPerStudentWithExerciseColumns() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("gradebook.csv"));
        assertEquals("student,file,score,max_score,percent,status,ch04_sigmoid,ch04_relu,ch04_softmax,ch04_chain_by_hand", lines.getFirst());
        assertEquals(14, lines.size());
        assertTrue(lines.contains("correct,correct.ipynb,17,17,100.0,graded,4,4,5,4"), lines.toString());
        assertTrue(lines.contains("partly,partly.ipynb,7,17,41.2,graded,4,0,3,0"), lines.toString());
        assertTrue(lines.contains("empty,empty.ipynb,0,17,0.0,unreadable,0,0,0,0"), lines.toString());
    }

    @Test
    void aSecondRunSkipsWhatIsGradedAndKeepsTheGrades() throws Exception {
        long before = Files.getLastModifiedTime(out.resolve("loop/results.json")).toMillis();
        List<BatchGrader.Row> again = new BatchGrader(setup.grader(), 2, false).run(subs, out);
        assertTrue(again.stream().allMatch(BatchGrader.Row::skipped));
        assertEquals(before, Files.getLastModifiedTime(out.resolve("loop/results.json")).toMillis());
        assertTrue(Files.readAllLines(out.resolve("gradebook.csv")).contains("correct,correct.ipynb,17,17,100.0,graded,4,4,5,4"));
        String summary = Reports.summary(again, 1, 2, setup.config().sandbox());
        assertTrue(summary.contains("submissions: 13 (graded now 0, already graded 13)"), summary);
        assertTrue(summary.contains("unreadable: badjson, empty, other"), summary);
    }

    @Test
    void aGraderFailureStillWritesAVisibleResult() throws Exception {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.copy(subs.resolve("correct.ipynb"), one.resolve("alice.ipynb"));
        WorkerConfig broken = new WorkerConfig(setup.config().sandbox(), setup.config().lib(), 128, 1024, tmp.resolve("no-jdk"), null);
        var grader = new SubmissionGrader(setup.assignment(), Notebooks.read(assignment.resolve("teacher.ipynb")), setup.tests(), broken);
        new BatchGrader(grader, 1, true).run(one, tmp.resolve("graded-one"));
        JsonNode r = ResultsSchema.validate(tmp.resolve("graded-one/alice/results.json"));
        assertEquals(0, r.get("score").asDouble());
        assertEquals("autograder failed", r.get("tests").get(0).get("name").asText());
        assertEquals("visible", r.get("tests").get(0).get("visibility").asText());
    }
}
