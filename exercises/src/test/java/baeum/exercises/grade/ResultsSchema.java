package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Notebooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;

/** Checks a results.json against Gradescope's schema, as Gradescope reads it. */
final class ResultsSchema {

    private static final Set<String> TOP = Set.of("score", "execution_time", "output", "tests");
    private static final Set<String> TEST = Set.of("name", "score", "max_score", "status", "visibility", "output");
    private static final Set<String> VISIBILITY = Set.of("visible", "hidden", "after_due_date", "after_published");

    private ResultsSchema() {
    }

    static JsonNode validate(Path file) throws Exception {
        JsonNode j = Notebooks.JSON.readTree(file.toFile());
        assertEquals(TOP, iterable(j), "top-level keys of " + file);
        assertTrue(j.get("score").isNumber() && j.get("execution_time").isIntegralNumber() && j.get("output").isTextual());
        double sum = 0;
        for (JsonNode t : j.get("tests")) {
            assertEquals(TEST, iterable(t), "keys of a test in " + file);
            assertTrue(t.get("name").isTextual() && t.get("output").isTextual());
            assertTrue(t.get("score").isNumber() && t.get("max_score").isNumber());
            assertTrue(Set.of("passed", "failed").contains(t.get("status").asText()), t.toString());
            assertTrue(VISIBILITY.contains(t.get("visibility").asText()), t.toString());
            assertTrue(t.get("score").asDouble() <= t.get("max_score").asDouble());
            assertEquals(t.get("status").asText().equals("passed"), t.get("score").asDouble() == t.get("max_score").asDouble()
                    && t.get("max_score").asDouble() > 0 || t.get("status").asText().equals("passed") && t.get("max_score").asDouble() == 0);
            sum += t.get("score").asDouble();
        }
        assertEquals(sum, j.get("score").asDouble(), 1e-9, "score is the sum of the tests' scores");
        return j;
    }

    private static Set<String> iterable(JsonNode n) {
        Set<String> keys = new java.util.HashSet<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
