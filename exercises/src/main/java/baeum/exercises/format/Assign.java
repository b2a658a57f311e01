package baeum.exercises.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the student version of a teacher's notebook: solutions replaced by stubs that throw
 * {@code "not done yet: <grade_id>"}, hidden-test blocks removed, outputs cleared, locked and
 * test cells checksummed and marked non-editable and non-deletable, test cells given the points
 * of their exercise's tests.
 */
public final class Assign {

    private Assign() {
    }

    /**
     * @param points the points of each exercise (sum of its public and hidden tests), written
     *     into its test cell; exercises absent from the map keep the teacher's value
     * @throws NotebookException when the teacher's notebook is malformed (names the cell)
     */
    public static ObjectNode studentVersion(ObjectNode teacher, Map<String, Double> points) throws NotebookException {
        validate(teacher);
        ObjectNode nb = teacher.deepCopy();
        for (ObjectNode cell : Notebooks.cells(nb)) {
            String src = Markers.removeHidden(Notebooks.source(cell));
            if (Notebooks.isCode(cell)) {
                cell.putArray("outputs");
                cell.putNull("execution_count");
            }
            String id = Notebooks.gradeId(cell);
            if (Notebooks.isSolution(cell)) {
                src = Markers.hasSolution(src) ? Markers.stubSolutions(src, id)
                        : "// YOUR CODE HERE\nthrow new UnsupportedOperationException(\"not done yet: " + id + "\");\n";
            }
            Notebooks.setSource(cell, src);
            ObjectNode md = cell.with("metadata");
            if (Notebooks.isTest(cell)) {
                String ex = Notebooks.baeum(cell).path("exercise").asText(id);
                if (points.containsKey(ex)) ((ObjectNode) md.get("nbgrader")).put("points", points.get(ex));
            }
            if (Notebooks.isLocked(cell) || Notebooks.isTest(cell)) {
                md.put("editable", false);
                md.put("deletable", false);
                ((ObjectNode) md.get("nbgrader")).put("checksum", Checksums.of(cell));
            }
        }
        return nb;
    }

    /** Checks what grading relies on: unique grade ids, ids on every graded cell, matched markers. */
    public static void validate(JsonNode teacher) throws NotebookException {
        if (Notebooks.assignment(teacher) == null)
            throw new NotebookException("the notebook has no metadata.baeum.assignment (for example \"ch04\")");
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode cell : teacher.path("cells")) {
            i++;
            JsonNode nbg = Notebooks.nbgrader(cell);
            if (nbg.isMissingNode()) continue;
            String id = Notebooks.gradeId(cell);
            if (id == null) throw new NotebookException("cell " + i + ": nbgrader metadata without a grade_id");
            if (!ids.add(id)) throw new NotebookException("cell " + i + ": grade_id '" + id + "' is used twice");
            String src = Markers.removeHidden(Notebooks.source(cell));
            if (Notebooks.isSolution(cell)) src = Markers.stubSolutions(src, id);
            if (Markers.hasStrayMarker(src))
                throw new NotebookException("cell " + i + " (" + id + "): a BEGIN/END marker has no partner");
        }
    }
}
