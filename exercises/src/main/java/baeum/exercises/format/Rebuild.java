package baeum.exercises.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the notebook to grade from the teacher's copy: every cell is the teacher's (as the
 * student version shows it), except the solution cells, whose source comes from the submission's
 * cell with the same {@code grade_id}. Edited locked cells, deleted, duplicated or reordered cells
 * and changed metadata therefore neither help nor break grading; each is noted for the feedback
 * (except edited markdown: a submission may be either edition of the course, Korean or English).
 */
public final class Rebuild {

    /**
     * A code cell to run. {@code exercise} is the grade_id for solution cells, null otherwise.
     */
    public record Cell(int number, String exercise, String source, boolean fromStudent) {
    }

    /** The cells to run, in the teacher's order, and notes for the student. */
    public record Result(List<Cell> cells, List<String> notes) {
    }

    private Rebuild() {
    }

    /**
     * @throws NotebookException when the submission is for another assignment or has none of
     *     its exercises
     */
    public static Result of(ObjectNode teacher, ObjectNode submission) throws NotebookException {
        String assignment = Notebooks.assignment(teacher);
        String theirs = Notebooks.assignment(submission);
        if (theirs != null && !theirs.equals(assignment))
            throw new NotebookException("this notebook is for assignment '" + theirs + "', not '" + assignment + "'");
        ObjectNode student = Assign.studentVersion(teacher, Map.of());
        Map<String, JsonNode> submitted = new HashMap<>();
        List<String> notes = new ArrayList<>();
        for (JsonNode c : submission.path("cells")) {
            String id = Notebooks.gradeId(c);
            if (id == null) continue;
            if (submitted.putIfAbsent(id, c) != null)
                notes.add("cell '" + id + "' appears more than once; the first one was graded");
        }
        Map<String, String> released = new LinkedHashMap<>();
        for (JsonNode c : student.path("cells")) if (Notebooks.gradeId(c) != null) released.put(Notebooks.gradeId(c), Notebooks.source(c));
        if (theirs == null && released.keySet().stream().noneMatch(submitted::containsKey))
            throw new NotebookException("this notebook has none of the cells of assignment '" + assignment
                    + "': was it made from another notebook?");

        List<Cell> cells = new ArrayList<>();
        int number = 0;
        for (JsonNode c : student.path("cells")) {
            number++;
            String id = Notebooks.gradeId(c);
            JsonNode mine = id == null ? null : submitted.get(id);
            // markdown is the edition's text (a Korean or English notebook of the same assignment):
            // only locked code cells are compared, and they never run from the submission anyway
            if (id != null && Notebooks.isLocked(c) && Notebooks.isCode(c) && mine != null
                    && !Checksums.of(c).equals(withoutMetadataChanges(mine, c)))
                notes.add("you changed the locked cell '" + id + "'; the original was used");
            if (!Notebooks.isCode(c) || Notebooks.isTest(c)) continue;
            if (!Notebooks.isSolution(c) && skipsGrading(c)) continue;
            if (Notebooks.isSolution(c)) {
                if (mine == null) {
                    notes.add("cell '" + id + "' is missing from your notebook; it was graded as not done");
                    cells.add(new Cell(number, id, Notebooks.source(c), false));
                } else {
                    if (!Notebooks.isCode(mine)) notes.add("cell '" + id + "' is not a code cell in your notebook; its text was run as code");
                    cells.add(new Cell(number, id, Notebooks.source(mine), true));
                }
            } else {
                cells.add(new Cell(number, null, Notebooks.source(c), false));
            }
        }
        return new Result(cells, notes);
    }

    /**
     * Whether the teacher marked a (non-solution) code cell {@code "grading": "skip"} in its
     * {@code metadata.baeum}: a lecture demo that grading does not run (a training run that only
     * shows a curve). The exercises must pass without it; a solution cell is never skipped.
     */
    public static boolean skipsGrading(JsonNode cell) {
        return "skip".equals(Notebooks.baeum(cell).path("grading").asText(""));
    }

    /** The checksum of the submitted cell's source under the teacher's flags (metadata edits ignored). */
    private static String withoutMetadataChanges(JsonNode mine, JsonNode teachers) {
        ObjectNode probe = ((ObjectNode) teachers).deepCopy();
        Notebooks.setSource(probe, Markers.removeHidden(Notebooks.source(mine)));
        return Checksums.of(probe);
    }
}
