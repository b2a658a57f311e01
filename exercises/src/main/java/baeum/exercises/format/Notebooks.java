package baeum.exercises.format;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing .ipynb files (nbformat 4) and the cell metadata Baeum uses: nbgrader's
 * {@code metadata.nbgrader} block and Baeum's own {@code metadata.baeum} block.
 */
public final class Notebooks {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter(" ", "\n")).withArrayIndenter(new DefaultIndenter(" ", "\n"));

    private Notebooks() {
    }

    /** Parses a notebook, or says in plain words why the bytes are not one. */
    public static ObjectNode parse(byte[] bytes) throws NotebookException {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank())
            throw new NotebookException("the file is empty");
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new NotebookException("the file is not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (!(root instanceof ObjectNode o) || !(o.get("cells") instanceof ArrayNode))
            throw new NotebookException("the file is JSON but not a Jupyter notebook (no \"cells\" list)");
        for (JsonNode c : o.get("cells")) {
            if (!(c instanceof ObjectNode) || !c.path("cell_type").isTextual())
                throw new NotebookException("the notebook has a cell without a cell_type");
        }
        return o;
    }

    public static ObjectNode read(Path p) throws IOException, NotebookException {
        return parse(Files.readAllBytes(p));
    }

    public static void write(ObjectNode nb, Path p) throws IOException {
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.writeString(p, JSON.writer(PRETTY).writeValueAsString(nb) + "\n");
    }

    public static List<ObjectNode> cells(ObjectNode nb) {
        List<ObjectNode> out = new ArrayList<>();
        nb.get("cells").forEach(c -> out.add((ObjectNode) c));
        return out;
    }

    /** A cell's source as one string (nbformat allows a string or a list of lines). */
    public static String source(JsonNode cell) {
        JsonNode s = cell.path("source");
        if (s.isTextual()) return s.asText();
        StringBuilder sb = new StringBuilder();
        s.forEach(line -> sb.append(line.asText()));
        return sb.toString();
    }

    /** Sets the source as a list of lines, each but the last ending in a newline, as Jupyter writes. */
    public static void setSource(ObjectNode cell, String text) {
        ArrayNode lines = cell.putArray("source");
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(from, to));
            from = to;
        }
    }

    public static boolean isCode(JsonNode cell) {
        return "code".equals(cell.path("cell_type").asText());
    }

    public static JsonNode nbgrader(JsonNode cell) {
        return cell.path("metadata").path("nbgrader");
    }

    public static String gradeId(JsonNode cell) {
        JsonNode id = nbgrader(cell).path("grade_id");
        return id.isTextual() ? id.asText() : null;
    }

    /** A cell where the student writes code (nbgrader: solution true). */
    public static boolean isSolution(JsonNode cell) {
        return nbgrader(cell).path("solution").asBoolean(false);
    }

    /** A test cell (nbgrader: grade true, solution false): check() in the notebook. */
    public static boolean isTest(JsonNode cell) {
        return nbgrader(cell).path("grade").asBoolean(false) && !isSolution(cell);
    }

    public static boolean isLocked(JsonNode cell) {
        return nbgrader(cell).path("locked").asBoolean(false);
    }

    /** Baeum's block: {@code metadata.baeum} (timeout in seconds, tags, exercise). */
    public static JsonNode baeum(JsonNode cell) {
        return cell.path("metadata").path("baeum");
    }

    /** The assignment a notebook belongs to ({@code metadata.baeum.assignment}), or null. */
    public static String assignment(JsonNode nb) {
        JsonNode a = nb.path("metadata").path("baeum").path("assignment");
        return a.isTextual() ? a.asText() : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
