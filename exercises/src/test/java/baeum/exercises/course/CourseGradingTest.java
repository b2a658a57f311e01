package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Assign;
import baeum.exercises.format.Notebooks;
import baeum.exercises.grade.BatchGrader;
import baeum.exercises.grade.GradingSetup;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every chapter's assignment, the grader (as {@code baeum grade} runs it) gives the teacher's
 * own notebook full points, the released student version (solutions are stubs) zero, and a
 * half-right submission (the first half of the exercises solved, the rest left as stubs) some points
 * but not all. The half-right submission is made from the other edition than the assignment's
 * (English where the assignment names the Korean notebook): grading takes either edition, and its
 * text is not reported as changed cells. Each submission runs the whole notebook again, which with
 * the notebook test's run is most of CI's time: three runs per chapter here.
 */
class CourseGradingTest {

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> teacherFullReleasedZeroOtherEditionHalfRightPartial() throws Exception {
        return Course.assignments().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String name = dir.getFileName().toString();
            try (GradingSetup setup = GradingSetup.open(dir, null, 0, false)) {
                Path subs = Files.createDirectories(tmp.resolve(name + "/submissions"));
                Path teacherPath = setup.assignment().notebook();
                var teacher = Notebooks.read(teacherPath);
                Notebooks.write(teacher, subs.resolve("teacher.ipynb"));
                Notebooks.write(Assign.studentVersion(teacher, Map.of()), subs.resolve("released.ipynb"));
                // the other edition of the same chapter (the assignment points at one of them)
                Path editions = teacherPath.getParent().getParent();
                String own = teacherPath.getParent().getFileName().toString();
                String other = own.equals("en") ? "ko" : "en";
                Path otherPath = editions.resolve(other).resolve(teacherPath.getFileName());
                assertTrue(Files.exists(otherPath), name + ": the assignment's notebook " + teacherPath + " has no "
                        + other + " edition at " + otherPath);
                Notebooks.write(halfRight(Notebooks.read(otherPath)), subs.resolve("half-" + other + ".ipynb"));

                var rows = new BatchGrader(setup.grader(), 2, false).run(subs, tmp.resolve(name + "/graded"));
                Map<String, BatchGrader.Row> byStudent = new HashMap<>();
                rows.forEach(r -> byStudent.put(r.student(), r));
                var full = byStudent.get("teacher").result();
                var none = byStudent.get("released").result();
                var half = byStudent.get("half-" + other).result();
                assertTrue(full.maxScore() > 0, dir + " has no graded tests");
                assertEquals(full.maxScore(), full.score(), "the teacher's notebook of " + name
                        + " must score full points:\n" + full.feedback());
                assertEquals(0, none.score(), "the released notebook of " + name + " must score 0:\n" + none.feedback());
                assertTrue(half.score() > 0 && half.score() < half.maxScore(), "a half-right notebook of " + name
                        + " (the " + other + " edition, the first half of its exercises solved) must score more than 0"
                        + " and less than " + half.maxScore() + ", not " + half.score() + ":\n" + half.feedback());
                assertFalse(half.feedback().contains("you changed"), "grading the " + other + " edition of "
                        + name + " must not report its text as changed cells:\n" + half.feedback());
            }
        }));
    }

    /**
     * The teacher's notebook with the solutions of the first half of its exercises (in notebook
     * order) kept and the rest replaced by the student stub. A solution cell belongs to the
     * exercise of the next check cell.
     */
    static ObjectNode halfRight(ObjectNode teacher) throws Exception {
        ObjectNode stubs = Assign.studentVersion(teacher, Map.of());
        Map<String, List<String>> solutionsOf = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (var cell : Notebooks.cells(teacher)) {
            if (Notebooks.isSolution(cell)) pending.add(Notebooks.gradeId(cell));
            String ex = Notebooks.baeum(cell).path("exercise").asText("");
            if (Notebooks.isTest(cell) && !ex.isEmpty()) {
                solutionsOf.computeIfAbsent(ex, k -> new ArrayList<>()).addAll(pending);
                pending.clear();
            }
        }
        List<String> exercises = new ArrayList<>(solutionsOf.keySet());
        assertTrue(exercises.size() >= 2, Notebooks.assignment(teacher) + " has fewer than two exercises with check cells");
        List<String> keep = new ArrayList<>();
        for (String ex : exercises.subList(0, exercises.size() / 2)) keep.addAll(solutionsOf.get(ex));
        Map<String, String> teacherSource = new HashMap<>();
        for (var cell : Notebooks.cells(teacher))
            if (Notebooks.gradeId(cell) != null) teacherSource.put(Notebooks.gradeId(cell), Notebooks.source(cell));
        int kept = 0;
        for (var cell : Notebooks.cells(stubs)) {
            String id = Notebooks.gradeId(cell);
            if (id != null && Notebooks.isSolution(cell) && keep.contains(id)) {
                Notebooks.setSource(cell, teacherSource.get(id));
                kept++;
            }
        }
        assertNotNull(stubs);
        assertTrue(kept > 0, Notebooks.assignment(teacher) + ": the first half of its exercises has no solution cell");
        return stubs;
    }
}
