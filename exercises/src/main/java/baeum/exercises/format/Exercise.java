package baeum.exercises.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise as the teacher's notebook defines it: its solution cell's {@code grade_id}, the
 * per-exercise timeout and tags from the cell's {@code metadata.baeum} block.
 *
 * @param timeoutSeconds how long the exercise's cell, and each of its tests, may run
 * @param forbidden names of calls the solution may not use ({@code "forbidden": ["sigmoid"]}):
 *     see {@link ForbiddenCalls}
 */
public record Exercise(String id, double timeoutSeconds, List<String> tags, List<String> forbidden) {

    public static final double DEFAULT_TIMEOUT = 10;

    /** The exercises of a notebook, in order of their solution cells. */
    public static List<Exercise> of(JsonNode notebook) {
        List<Exercise> out = new ArrayList<>();
        for (JsonNode c : notebook.path("cells")) {
            if (!Notebooks.isSolution(c) || Notebooks.gradeId(c) == null) continue;
            out.add(of(c, Notebooks.gradeId(c)));
        }
        return out;
    }

    static Exercise of(JsonNode cell, String id) {
        JsonNode b = Notebooks.baeum(cell);
        double timeout = b.path("timeout").isNumber() ? b.path("timeout").asDouble() : DEFAULT_TIMEOUT;
        List<String> tags = new ArrayList<>();
        b.path("tags").forEach(t -> tags.add(t.asText()));
        List<String> forbidden = new ArrayList<>();
        b.path("forbidden").forEach(t -> forbidden.add(t.asText()));
        return new Exercise(id, timeout, List.copyOf(tags), List.copyOf(forbidden));
    }
}
