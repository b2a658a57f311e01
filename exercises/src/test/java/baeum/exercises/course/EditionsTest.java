package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The two editions of the course, {@code notebooks/ko} (Korean, primary) and {@code notebooks/en}
 * (English), hold the same chapters with the identical list of cells: same number, order, ids,
 * types and metadata (the timestamps a run may write, {@code metadata.execution}, aside); code
 * cells have identical source; only markdown differs, and the Korean edition's markdown is Korean.
 */
class EditionsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> bothEditionsHoldTheSameCells() throws Exception {
        var names = Course.chapterFileNames();
        assertTrue(!names.isEmpty() || !System.getProperty("baeum.chapters", "").isBlank(), "no chapter notebooks in notebooks/ko or notebooks/en");
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path ko = Course.ROOT.resolve("notebooks/ko").resolve(name), en = Course.ROOT.resolve("notebooks/en").resolve(name);
            if (!Files.exists(ko)) fail(name + " exists in notebooks/en but not in notebooks/ko: every chapter has both editions");
            if (!Files.exists(en)) fail(name + " exists in notebooks/ko but not in notebooks/en: every chapter has both editions");
            JsonNode k = JSON.readTree(ko.toFile()), e = JSON.readTree(en.toFile());
            JsonNode kc = k.path("cells"), ec = e.path("cells");
            List<String> problems = new ArrayList<>();
            if (kc.size() != ec.size())
                problems.add("ko has " + kc.size() + " cells, en has " + ec.size() + " (ids ko: " + ids(kc) + "; en: " + ids(ec) + ")");
            for (int i = 0; i < Math.min(kc.size(), ec.size()); i++) {
                JsonNode a = kc.get(i), b = ec.get(i);
                String where = "cell " + (i + 1) + " (ko id '" + a.path("id").asText() + "')";
                if (!a.path("id").equals(b.path("id")))
                    problems.add(where + ": the en edition has id '" + b.path("id").asText() + "' here");
                if (!a.path("cell_type").equals(b.path("cell_type")))
                    problems.add(where + ": ko is " + a.path("cell_type").asText() + ", en is " + b.path("cell_type").asText());
                if (!authored(a.path("metadata")).equals(authored(b.path("metadata"))))
                    problems.add(where + ": the cell metadata differs (ko " + a.path("metadata") + ", en " + b.path("metadata") + ")");
                if (a.path("cell_type").asText().equals("code") && !text(a.path("source")).equals(text(b.path("source"))))
                    problems.add(where + ": the code differs between the editions (only markdown may differ)");
            }
            if (!k.path("metadata").path("baeum").equals(e.path("metadata").path("baeum")))
                problems.add("the notebook's metadata.baeum differs (ko " + k.path("metadata").path("baeum") + ", en "
                        + e.path("metadata").path("baeum") + ")");
            boolean hangul = false;
            for (JsonNode c : kc)
                if (c.path("cell_type").asText().equals("markdown") && hasHangul(text(c.path("source")))) hangul = true;
            if (!hangul) problems.add("the Korean edition notebooks/ko/" + name + " has no Korean (Hangul) in its markdown cells");
            assertTrue(problems.isEmpty(), name + ": the two editions differ:\n  " + String.join("\n  ", problems));
        }));
    }

    /** A cell's metadata without what a run writes ({@code execution}: nbclient's timestamps). */
    static JsonNode authored(JsonNode metadata) {
        if (!metadata.isObject() || !metadata.has("execution")) return metadata;
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) metadata).deepCopy();
        copy.remove("execution");
        return copy;
    }

    static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static List<String> ids(JsonNode cells) {
        List<String> ids = new ArrayList<>();
        cells.forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    static String text(JsonNode node) {
        if (!node.isArray()) return node.asText();
        StringBuilder sb = new StringBuilder();
        node.forEach(l -> sb.append(l.asText()));
        return sb.toString();
    }
}
