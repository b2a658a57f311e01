package baeum.kernel.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns ZeroMQ multipart frames into {@link Message}s and back:
 * {@code [identities..., "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers...]}.
 */
public final class WireCodec {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Signer signer;

    public WireCodec(Signer signer) {
        this.signer = signer;
    }

    /** Thrown for a message that must be dropped (bad signature, broken JSON, missing frames). */
    public static final class BadMessage extends Exception {
        public BadMessage(String why) {
            super(why, null, false, false);
        }
    }

    public Message decode(List<byte[]> frames) throws BadMessage {
        int d = 0;
        while (d < frames.size() && !Arrays.equals(frames.get(d), DELIMITER)) d++;
        if (d + 5 >= frames.size()) {
            throw new BadMessage("too few frames (" + frames.size() + ") after the <IDS|MSG> delimiter");
        }
        byte[] header = frames.get(d + 2), parent = frames.get(d + 3), meta = frames.get(d + 4),
                content = frames.get(d + 5);
        if (!signer.verify(frames.get(d + 1), header, parent, meta, content)) {
            throw new BadMessage("bad signature");
        }
        return new Message(List.copyOf(frames.subList(0, d)), object(header, "header"),
                object(parent, "parent_header"), object(meta, "metadata"), object(content, "content"),
                List.copyOf(frames.subList(d + 6, frames.size())));
    }

    private static ObjectNode object(byte[] json, String part) throws BadMessage {
        try {
            JsonNode n = JSON.readTree(json);
            if (n instanceof ObjectNode o) return o;
            throw new BadMessage(part + " is not a JSON object");
        } catch (java.io.IOException e) {
            throw new BadMessage(part + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public List<byte[]> encode(Message m) {
        try {
            byte[] header = JSON.writeValueAsBytes(m.header()), parent = JSON.writeValueAsBytes(m.parentHeader()),
                    meta = JSON.writeValueAsBytes(m.metadata()), content = JSON.writeValueAsBytes(m.content());
            List<byte[]> frames = new ArrayList<>(m.identities().size() + 6 + m.buffers().size());
            frames.addAll(m.identities());
            frames.add(DELIMITER);
            frames.add(signer.sign(header, parent, meta, content).getBytes(StandardCharsets.US_ASCII));
            frames.add(header);
            frames.add(parent);
            frames.add(meta);
            frames.add(content);
            frames.addAll(m.buffers());
            return frames;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write message " + m.type(), e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
