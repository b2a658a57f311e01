package baeum.exercises.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.grade.Submissions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lecture demo cells marked {@code metadata.baeum.grading: "skip"} are not run by grading. */
class SkipCellsTest {

    @Test
    void markedDemoCellsAreLeftOutAndSolutionsNever() throws Exception {
        ObjectNode teacher = Notebooks.read(Submissions.TEACHER);
        // start from no marks (the course notebook marks its own demos)
        for (ObjectNode c : Notebooks.cells(teacher)) if (c.path("metadata").path("baeum").isObject())
            ((ObjectNode) c.get("metadata").get("baeum")).remove("grading");
        List<ObjectNode> demos = Notebooks.cells(teacher).stream()
                .filter(c -> Notebooks.isCode(c) && Notebooks.gradeId(c) == null).toList();
        assertTrue(demos.size() >= 2, "ch04 has demo cells");
        ObjectNode skipped = demos.get(1);
        Notebooks.setSource(skipped, "System.out.println(\"a long training demo\");");
        skipped.with("metadata").with("baeum").put("grading", "skip");
        ObjectNode solution = Notebooks.cells(teacher).stream().filter(Notebooks::isSolution).findFirst().orElseThrow();
        solution.with("metadata").with("baeum").put("grading", "skip");

        ObjectNode submission = Assign.studentVersion(teacher, Map.of());
        Rebuild.Result r = Rebuild.of(teacher, submission);
        assertFalse(r.cells().stream().anyMatch(c -> c.source().contains("a long training demo")), "the marked demo is not run");
        assertTrue(r.cells().stream().anyMatch(c -> c.source().equals(Notebooks.source(demos.get(0)))), "other demos still run");
        assertTrue(r.cells().stream().anyMatch(c -> Notebooks.gradeId(solution).equals(c.exercise())), "a solution is never skipped");
        assertTrue(r.notes().isEmpty(), r.notes().toString());
        assertEquals(true, Rebuild.skipsGrading(skipped));
    }
}
