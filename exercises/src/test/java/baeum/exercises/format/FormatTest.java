package baeum.exercises.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.grade.Submissions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exercise format: the student version, and rebuilding a submission from the teacher's copy. */
class FormatTest {

    private static ObjectNode teacher() throws Exception {
        return Notebooks.read(Submissions.TEACHER);
    }

    private static JsonNode cell(ObjectNode nb, String gradeId) {
        for (JsonNode c : nb.get("cells")) if (gradeId.equals(Notebooks.gradeId(c))) return c;
        throw new AssertionError("no cell " + gradeId);
    }

    @Test
    void studentVersionStubsSolutionsAndKeepsTheSignature() throws Exception {
        ObjectNode student = Assign.studentVersion(teacher(), Map.of("ch04_sigmoid", 5.0));
        String src = Notebooks.source(cell(student, "ch04_sigmoid"));
        assertEquals("Tensor sigmoid(Tensor x) {\n    // YOUR CODE HERE\n"
                + "    throw new UnsupportedOperationException(\"not done yet: ch04_sigmoid\");\n}\n", src);
        for (JsonNode c : student.get("cells")) {
            String s = Notebooks.source(c);
            assertFalse(s.contains("BEGIN SOLUTION") || s.contains("END SOLUTION"), s);
            assertFalse(s.contains("HIDDEN TESTS") || s.contains("teacher's copy only"), "hidden content left: " + s);
            assertFalse(s.contains("pow(-1)") || s.contains("maskedFill(x.lt(0)"), "a solution leaked: " + s);
        }
    }

    @Test
    void studentVersionClearsOutputsAndLocksCellsWithChecksums() throws Exception {
        ObjectNode t = teacher();
        ObjectNode withOutput = (ObjectNode) cell(t, "ch04_setup");
        withOutput.putArray("outputs").addObject().put("output_type", "stream").put("text", "leak");
        withOutput.put("execution_count", 3);
        ObjectNode student = Assign.studentVersion(t, Map.of("ch04_sigmoid", 5.0));
        for (JsonNode c : student.get("cells")) {
            if (Notebooks.isCode(c)) {
                assertEquals(0, c.get("outputs").size());
                assertTrue(c.get("execution_count").isNull());
            }
            boolean locked = Notebooks.isLocked(c) || Notebooks.isTest(c);
            if (locked) {
                assertFalse(c.path("metadata").path("editable").asBoolean(true), Notebooks.gradeId(c));
                assertFalse(c.path("metadata").path("deletable").asBoolean(true), Notebooks.gradeId(c));
                assertEquals(Checksums.of(c), Notebooks.nbgrader(c).path("checksum").asText());
            } else {
                assertTrue(Notebooks.nbgrader(c).path("checksum").isMissingNode());
            }
            if (Notebooks.isSolution(c)) assertEquals(3, Notebooks.nbgrader(c).path("schema_version").asInt());
        }
        assertEquals(5.0, Notebooks.nbgrader(cell(student, "ch04_sigmoid_check")).path("points").asDouble());
    }

    @Test
    void checksumChangesWithTheSourceOrThePoints() throws Exception {
        ObjectNode c = (ObjectNode) cell(teacher(), "ch04_sigmoid_check").deepCopy();
        String before = Checksums.of(c);
        ObjectNode edited = c.deepCopy();
        Notebooks.setSource(edited, "check(\"ch04_sigmoid\") // edited");
        assertNotEquals(before, Checksums.of(edited));
        ObjectNode repointed = c.deepCopy();
        ((ObjectNode) repointed.get("metadata").get("nbgrader")).put("points", 100);
        assertNotEquals(before, Checksums.of(repointed));
    }

    @Test
    void malformedTeacherNotebooksAreRefusedNamingTheCell() throws Exception {
        ObjectNode dup = teacher();
        ((ObjectNode) cell(dup, "ch04_relu").get("metadata").get("nbgrader")).put("grade_id", "ch04_sigmoid");
        assertTrue(assertThrows(NotebookException.class, () -> Assign.studentVersion(dup, Map.of()))
                .getMessage().contains("'ch04_sigmoid' is used twice"));
        ObjectNode stray = teacher();
        Notebooks.setSource((ObjectNode) cell(stray, "ch04_relu"), "Tensor relu(Tensor x) {\n    // BEGIN SOLUTION\n    return x;\n}\n");
        assertTrue(assertThrows(NotebookException.class, () -> Assign.studentVersion(stray, Map.of()))
                .getMessage().contains("has no partner"));
    }

    @Test
    void unreadableFilesAreExplained() {
        assertEquals("the file is empty", assertThrows(NotebookException.class, () -> Notebooks.parse(new byte[0])).getMessage());
        assertTrue(assertThrows(NotebookException.class, () -> Notebooks.parse("{ nope".getBytes(StandardCharsets.UTF_8)))
                .getMessage().startsWith("the file is not valid JSON"));
        assertTrue(assertThrows(NotebookException.class, () -> Notebooks.parse("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("not a Jupyter notebook"));
    }

    @Test
    void rebuildTakesOnlySolutionCellsByGradeId() throws Exception {
        ObjectNode sub = Submissions.filled(Submissions.answers(Submissions.SIGMOID, "Tensor relu(Tensor x) { return x; }\n", null));
        // the student edits a locked cell, duplicates a solution cell, reorders and deletes cells, edits metadata
        Notebooks.setSource((ObjectNode) cell(sub, "ch04_setup"), "System.exit(1);");
        ArrayNode cells = (ArrayNode) sub.get("cells");
        ObjectNode copy = ((ObjectNode) cell(sub, "ch04_relu")).deepCopy();
        Notebooks.setSource(copy, "Tensor relu(Tensor x) { return x.abs(); }\n");
        cells.add(copy);
        JsonNode softmax = cell(sub, "ch04_softmax");
        for (int i = 0; i < cells.size(); i++) if (cells.get(i) == softmax) { cells.remove(i); break; }
        JsonNode sigmoid = cell(sub, "ch04_sigmoid");
        for (int i = 0; i < cells.size(); i++) if (cells.get(i) == sigmoid) { cells.remove(i); break; }
        cells.insert(0, sigmoid);
        ((ObjectNode) cell(sub, "ch04_sigmoid").get("metadata").get("nbgrader")).put("points", 1000);

        Rebuild.Result r = Rebuild.of(teacher(), sub);
        List<String> sources = r.cells().stream().map(Rebuild.Cell::source).toList();
        // ch04's setup cell is a lecture demo that grading skips: the edit runs neither in its place nor anywhere
        assertTrue(sources.stream().noneMatch(s -> s.contains("System.exit(1)")), "the student's edit of a locked cell never runs: " + sources);
        assertEquals(Submissions.SIGMOID, graded(r, "ch04_sigmoid").source());
        assertEquals("Tensor relu(Tensor x) { return x; }\n", graded(r, "ch04_relu").source(), "the first copy is graded");
        assertTrue(graded(r, "ch04_softmax").source().contains("not done yet: ch04_softmax"), "a deleted cell is graded as not done");
        assertEquals(List.of("ch04_sigmoid", "ch04_relu", "ch04_softmax", "ch04_chain_by_hand"),
                r.cells().stream().map(Rebuild.Cell::exercise).filter(e -> e != null).toList(), "one cell per exercise, in the teacher's order");
        assertFalse(r.cells().stream().anyMatch(c -> c.source().contains("check(")), "test cells are not run in the worker");
        String notes = String.join("\n", r.notes());
        assertTrue(notes.contains("you changed the locked cell 'ch04_setup'"), notes);
        assertTrue(notes.contains("'ch04_relu' appears more than once"), notes);
        assertTrue(notes.contains("'ch04_softmax' is missing"), notes);
    }

    private static Rebuild.Cell graded(Rebuild.Result r, String exercise) {
        return r.cells().stream().filter(c -> exercise.equals(c.exercise())).findFirst()
                .orElseThrow(() -> new AssertionError("no rebuilt cell for " + exercise));
    }

    @Test
    void notebooksOfAnotherAssignmentAreRefused() throws Exception {
        ObjectNode other = Submissions.released();
        ((ObjectNode) other.get("metadata").get("baeum")).put("assignment", "ch05");
        assertEquals("this notebook is for assignment 'ch05', not 'ch04'",
                assertThrows(NotebookException.class, () -> Rebuild.of(teacher(), other)).getMessage());
        ObjectNode foreign = (ObjectNode) Notebooks.JSON.readTree("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"1\","
                + " \"metadata\": {}, \"outputs\": []}], \"metadata\": {}}");
        assertTrue(assertThrows(NotebookException.class, () -> Rebuild.of(teacher(), foreign)).getMessage()
                .contains("none of the cells of assignment 'ch04'"));
    }

    @Test
    void exercisesCarryTheBaeumBlock() throws Exception {
        List<Exercise> ex = Exercise.of(teacher());
        assertEquals(List.of("ch04_sigmoid", "ch04_relu", "ch04_softmax", "ch04_chain_by_hand"), ex.stream().map(Exercise::id).toList());
        assertEquals(10, ex.getFirst().timeoutSeconds());
        assertEquals(List.of("activations", "elementwise"), ex.getFirst().tags());
    }
}
