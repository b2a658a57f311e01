package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Assign;
import baeum.exercises.format.Notebooks;
import baeum.exercises.grade.BatchGrader;
import baeum.exercises.grade.GradingSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every chapter's assignment, the grader (as {@code baeum grade} runs it) gives the teacher's
 * own notebook full points and the released student version, whose solutions are stubs, zero.
 */
class CourseGradingTest {

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> teacherScoresFullPointsAndTheReleasedVersionZero() throws Exception {
        return Course.assignments().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            try (GradingSetup setup = GradingSetup.open(dir, null, 0, false)) {
                Path subs = Files.createDirectories(tmp.resolve(dir.getFileName() + "/submissions"));
                var teacher = Notebooks.read(setup.assignment().notebook());
                Notebooks.write(teacher, subs.resolve("teacher.ipynb"));
                Notebooks.write(Assign.studentVersion(teacher, Map.of()), subs.resolve("released.ipynb"));
                var rows = new BatchGrader(setup.grader(), 2, false).run(subs, tmp.resolve(dir.getFileName() + "/graded"));
                Map<String, BatchGrader.Row> byStudent = new HashMap<>();
                rows.forEach(r -> byStudent.put(r.student(), r));
                var full = byStudent.get("teacher").result();
                var none = byStudent.get("released").result();
                assertTrue(full.maxScore() > 0, dir + " has no graded tests");
                assertEquals(full.maxScore(), full.score(), "the teacher's notebook of " + dir.getFileName()
                        + " must score full points:\n" + full.feedback());
                assertEquals(0, none.score(), "the released notebook of " + dir.getFileName() + " must score 0:\n" + none.feedback());
            }
        }));
    }
}
