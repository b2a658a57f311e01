package baeum.kernel.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * One Jupyter message: routing identities, the four JSON parts and optional binary buffers.
 * Replies and broadcasts are made with {@link #reply} so that their parent header is right.
 */
public record Message(List<byte[]> identities, ObjectNode header, ObjectNode parentHeader,
                      ObjectNode metadata, ObjectNode content, List<byte[]> buffers) {

    public static final String PROTOCOL_VERSION = "5.4";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    public String type() {
        return header.path("msg_type").asText("");
    }

    public String id() {
        return header.path("msg_id").asText("");
    }

    /** A new message of {@code type} answering {@code parent} (or a root message when null). */
    public static Message reply(Message parent, String session, String type, ObjectNode content) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode header = f.objectNode()
                .put("msg_id", UUID.randomUUID().toString())
                .put("session", session)
                .put("username", parent == null ? "kernel" : parent.header.path("username").asText("kernel"))
                .put("date", OffsetDateTime.now(ZoneOffset.UTC).format(ISO))
                .put("msg_type", type)
                .put("version", PROTOCOL_VERSION);
        return new Message(parent == null ? List.of() : parent.identities, header,
                parent == null ? f.objectNode() : parent.header, f.objectNode(), content, List.of());
    }
}
