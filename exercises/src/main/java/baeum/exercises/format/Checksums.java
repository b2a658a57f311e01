package baeum.exercises.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a locked or graded cell, in the spirit of nbgrader's: an MD5 over the cell
 * type, the grading flags, the points and the source with trailing whitespace stripped. A
 * submission whose checksum differs had that cell edited; the grader uses the teacher's cell
 * anyway, and says so.
 */
public final class Checksums {

    private Checksums() {
    }

    public static String of(JsonNode cell) {
        JsonNode nb = Notebooks.nbgrader(cell);
        String text = cell.path("cell_type").asText() + "|" + nb.path("grade").asBoolean(false) + "|"
                + nb.path("solution").asBoolean(false) + "|" + nb.path("points").asDouble(0) + "|"
                + Notebooks.source(cell).stripTrailing();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
