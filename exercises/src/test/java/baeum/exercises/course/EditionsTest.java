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
            for (String edition : Course.EDITIONS)
                for (JsonNode c : edition.equals("ko") ? kc : ec)
                    if (c.path("cell_type").asText().equals("markdown"))
                        for (String bad : unrenderedBold(text(c.path("source"))))
                            problems.add("notebooks/" + edition + "/" + name + ", cell '" + c.path("id").asText()
                                    + "': the bold in \"" + bad + "\" does not render on GitHub (a closing ** between"
                                    + " punctuation and a letter, as in **기울기 소실(vanishing gradient)**이): write"
                                    + " **기울기 소실**(vanishing gradient)이");
            assertTrue(problems.isEmpty(), name + ": the two editions differ:\n  " + String.join("\n  ", problems));
        }));
    }

    @org.junit.jupiter.api.Test
    void findsBoldThatDoesNotRender() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("**기울기 소실(vanishing gradient)**이"),
                unrenderedBold("이것이 **기울기 소실(vanishing gradient)**이고, **기울기 소실**(vanishing gradient)은 괜찮습니다."));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                unrenderedBold("**Bold.** text, (**괄호 안**) and `a**b` and $x**2$ and **DNN**(deep) and **끝.**"));
    }

    /** A cell's metadata without what a run writes ({@code execution}: nbclient's timestamps). */
    static JsonNode authored(JsonNode metadata) {
        if (!metadata.isObject() || !metadata.has("execution")) return metadata;
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) metadata).deepCopy();
        copy.remove("execution");
        return copy;
    }

    /**
     * The bold spans CommonMark (GitHub) leaves as literal asterisks because their closing
     * {@code **} is preceded by punctuation and followed by a letter or digit (not right-flanking),
     * the usual case being a Korean particle after a parenthesis: {@code **용어(term)**은}.
     * Code spans and math are skipped.
     */
    static List<String> unrenderedBold(String markdown) {
        List<String> bad = new ArrayList<>();
        for (String para : markdown.split("\n\\s*\n")) {
            String t = para.replaceAll("`[^`]*`", "C").replaceAll("\\$\\$[\\s\\S]*?\\$\\$", "M").replaceAll("\\$[^$]*\\$", "M");
            int from = 0, open = -1;
            while (true) {
                int at = t.indexOf("**", from);
                if (at < 0) break;
                if (open < 0) open = at;
                else {
                    int before = t.codePointBefore(at);
                    int after = at + 2 < t.length() ? t.codePointAt(at + 2) : ' ';
                    if (isPunctuation(before) && Character.isLetterOrDigit(after))
                        bad.add(t.substring(open, Math.min(t.length(), at + 2 + Character.charCount(after))).replace('\n', ' '));
                    open = -1;
                }
                from = at + 2;
            }
        }
        return bad;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
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
