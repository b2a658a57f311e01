package baeum.kernel;

import baeum.kernel.protocol.Channels;
import baeum.kernel.protocol.Message;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Everything the kernel publishes on IOPub, addressed to the request being served: status,
 * streams (through {@link StreamCapture}), results, errors and display data. Output printed or
 * displayed by background threads after a cell ended goes to the last cell, as in IPython.
 */
public final class Outputs implements StreamCapture.Sink {
    private final Channels channels;
    private final String session;
    private final ObjectMapper json;
    private final StreamCapture capture;
    private volatile Message parent;

    Outputs(Channels channels, String session, ObjectMapper json) {
        this.channels = channels;
        this.session = session;
        this.json = json;
        this.capture = new StreamCapture(this);
    }

    StreamCapture capture() {
        return capture;
    }

    /** Makes {@code request} the parent of what cells print and display from now on. */
    void serving(Message request) {
        parent = request;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    void publish(Message about, String type, ObjectNode content) {
        channels.publish(Message.reply(about, session, type, content));
    }

    void status(Message about, String state) {
        publish(about, "status", object().put("execution_state", state));
    }

    @Override
    public void stream(String name, String text) {
        publish(parent, "stream", object().put("name", name).put("text", text));
    }

    /** Shows a bundle now ({@code display_data}); a non-null id lets {@link #update} replace it. */
    public void display(Map<String, Object> data, Map<String, Object> metadata, String displayId) {
        capture.flush();
        publish(parent, "display_data", bundle(data, metadata, displayId));
    }

    /** Replaces every output shown with {@code displayId} ({@code update_display_data}). */
    public void update(Map<String, Object> data, Map<String, Object> metadata, String displayId) {
        capture.flush();
        publish(parent, "update_display_data", bundle(data, metadata, displayId));
    }

    ObjectNode bundle(Map<String, Object> data, Map<String, Object> metadata, String displayId) {
        ObjectNode content = object();
        content.set("data", json.valueToTree(data));
        content.set("metadata", json.valueToTree(metadata == null ? Map.of() : metadata));
        ObjectNode transientPart = content.putObject("transient");
        if (displayId != null) transientPart.put("display_id", displayId);
        return content;
    }
}
