package baeum.kernel;

import baeum.kernel.eval.CodeAssist;
import baeum.kernel.protocol.Message;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The small requests: kernel_info, complete, inspect, is_complete, history, comm_info, shutdown.
 * Cursor positions on the wire count Unicode code points (protocol 5.2+); Java counts UTF-16 units.
 */
final class Requests {
    static final String VERSION = "0.1.0";

    private final ObjectMapper json;
    private final History history;
    private final Runnable onShutdown;

    Requests(ObjectMapper json, History history, Runnable onShutdown) {
        this.json = json;
        this.history = history;
        this.onShutdown = onShutdown;
    }

    ObjectNode kernelInfo() {
        ObjectNode r = json.createObjectNode().put("status", "ok").put("protocol_version", Message.PROTOCOL_VERSION)
                .put("implementation", "baeum").put("implementation_version", VERSION)
                .put("banner", "Baeum (배움) " + VERSION + " — Java " + Runtime.version().feature()
                        + " (JShell) with a PyTorch-style DSL: try randn(2, 3). %lsmagic lists the magics.")
                .put("debugger", false);
        r.putObject("language_info").put("name", "java").put("version", String.valueOf(Runtime.version().feature()))
                .put("mimetype", "text/x-java-source").put("file_extension", ".jshell").put("pygments_lexer", "java")
                .put("codemirror_mode", "text/x-java").put("nbconvert_exporter", "script");
        ArrayNode links = r.putArray("help_links");
        links.addObject().put("text", "Baeum course notebooks").put("url", "notebooks/");
        links.addObject().put("text", "PyTorch documentation (names and defaults)").put("url", "https://pytorch.org/docs/stable/");
        links.addObject().put("text", "Java " + Runtime.version().feature() + " API")
                .put("url", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/");
        return r;
    }

    ObjectNode complete(Message m, CodeAssist assist) {
        String code = m.content().path("code").asText("");
        int cursor = toIndex(code, m.content().path("cursor_pos").asInt(code.codePointCount(0, code.length())));
        CodeAssist.Completions c = assist.complete(code, cursor);
        ObjectNode r = json.createObjectNode().put("status", "ok")
                .put("cursor_start", code.codePointCount(0, c.start()))
                .put("cursor_end", code.codePointCount(0, c.end()));
        ArrayNode matches = r.putArray("matches");
        c.matches().forEach(matches::add);
        r.putObject("metadata");
        return r;
    }

    ObjectNode inspect(Message m, CodeAssist assist) {
        String code = m.content().path("code").asText("");
        int cursor = toIndex(code, m.content().path("cursor_pos").asInt(0));
        String text = assist.inspect(code, cursor, m.content().path("detail_level").asInt(0) > 0);
        ObjectNode r = json.createObjectNode().put("status", "ok").put("found", !text.isEmpty());
        ObjectNode data = r.putObject("data");
        if (!text.isEmpty()) data.put("text/plain", text);
        r.putObject("metadata");
        return r;
    }

    ObjectNode isComplete(Message m, CodeAssist assist) {
        String status = assist.isComplete(m.content().path("code").asText(""));
        ObjectNode r = json.createObjectNode().put("status", status);
        if (status.equals("incomplete")) r.put("indent", "    ");
        return r;
    }

    ObjectNode history(Message m) {
        ObjectNode r = json.createObjectNode().put("status", "ok");
        r.set("history", history.query(m.content()));
        return r;
    }

    ObjectNode commInfo() {
        ObjectNode r = json.createObjectNode().put("status", "ok");
        r.putObject("comms");
        return r;
    }

    ObjectNode shutdown(Message m) {
        onShutdown.run();
        return json.createObjectNode().put("status", "ok").put("restart", m.content().path("restart").asBoolean(false));
    }

    /** A code-point offset as a string index (clamped to the string). */
    static int toIndex(String s, int codePoints) {
        int cp = Math.max(0, Math.min(codePoints, s.codePointCount(0, s.length())));
        return s.offsetByCodePoints(0, cp);
    }
}
