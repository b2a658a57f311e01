package baeum.kernel;

import baeum.kernel.log.Log;
import baeum.kernel.eval.Outcome;
import baeum.kernel.protocol.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * execute_request: runs the cell with its output streamed live, publishes the result or the error,
 * and replies. After a failure, requests queued before it (a "Run All") are answered "aborted",
 * as IPython does with {@code stop_on_error}.
 */
final class Executor {
    private final Outputs outputs;
    private final History history;
    private final ObjectMapper json;
    private final AtomicInteger count = new AtomicInteger();
    private volatile ValueRenderer renderer = ValueRenderer.plain();
    private volatile Instant abortBefore = Instant.MIN;
    private volatile String startupNote;
    private volatile Message running;

    Executor(Outputs outputs, History history, ObjectMapper json) {
        this.outputs = outputs;
        this.history = history;
        this.json = json;
    }

    void renderer(ValueRenderer r) {
        renderer = r;
    }

    /** Text shown on stderr in the first cell (problems found while preloading). */
    void startupNote(String note) {
        startupNote = note;
    }

    /** The execute_request whose cell runs now, or null. */
    Message running() {
        return running;
    }

    ObjectNode execute(Message request, Cells cells) {
        running = request;
        try {
            return run(request, cells);
        } finally {
            running = null;
        }
    }

    private ObjectNode run(Message request, Cells cells) {
        JsonNode c = request.content();
        String code = c.path("code").asText("");
        boolean silent = c.path("silent").asBoolean(false);
        boolean store = c.path("store_history").asBoolean(!silent) && !silent;
        if (sentBefore(request, abortBefore)) {
            return json.createObjectNode().put("status", "aborted").put("execution_count", count.get());
        }
        int n = store ? count.incrementAndGet() : count.get();
        if (!silent) {
            outputs.publish(request, "execute_input", json.createObjectNode().put("code", code).put("execution_count", n));
        }
        outputs.serving(request);
        StreamCapture capture = outputs.capture();
        capture.beginCell();
        String note = startupNote;
        if (note != null) {
            startupNote = null;
            System.err.print(note);
        }
        Outcome outcome = code.isBlank() ? Outcome.Done.NOTHING : cells.run(code, "In [" + n + "]");
        capture.endCell();
        ObjectNode reply = json.createObjectNode();
        String shownText = "";
        if (outcome instanceof Outcome.Failed f) {
            ObjectNode error = json.createObjectNode().put("ename", f.ename()).put("evalue", f.evalue());
            ArrayNode tb = error.putArray("traceback");
            f.traceback().forEach(tb::add);
            outputs.publish(request, "error", error.deepCopy());
            reply.put("status", "error").put("execution_count", n).setAll(error);
            if (c.path("stop_on_error").asBoolean(true)) abortBefore = Instant.now();
        } else {
            Outcome.Done done = (Outcome.Done) outcome;
            ValueRenderer.Bundle b = done.shown() && !silent ? render(done) : null;
            if (b != null) {
                shownText = String.valueOf(b.data().getOrDefault("text/plain", ""));
                ObjectNode result = outputs.bundle(b.data(), b.metadata(), null);
                result.remove("transient");
                result.put("execution_count", n);
                outputs.publish(request, "execute_result", result);
            }
            reply.put("status", "ok").put("execution_count", n);
            reply.putArray("payload");
            reply.set("user_expressions", userExpressions(c.path("user_expressions"), cells, n));
        }
        if (store) history.add(n, code, shownText);
        return reply;
    }

    private ValueRenderer.Bundle render(Outcome.Done done) {
        try {
            return renderer.render(done.value(), done.text());
        } catch (RuntimeException | LinkageError e) {
            Log.warn("rendering a " + (done.value() == null ? "null" : done.value().getClass().getName()) + " failed", e);
            return ValueRenderer.plain().render(done.value(), done.text());
        }
    }

    private ObjectNode userExpressions(JsonNode expressions, Cells cells, int n) {
        ObjectNode out = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = expressions.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Outcome o = cells.run(e.getValue().asText(), "user expression " + e.getKey());
            ObjectNode r = out.putObject(e.getKey());
            if (o instanceof Outcome.Failed f) {
                r.put("status", "error").put("ename", f.ename()).put("evalue", f.evalue());
                ArrayNode tb = r.putArray("traceback");
                f.traceback().forEach(tb::add);
            } else {
                ValueRenderer.Bundle b = render((Outcome.Done) o);
                if (b == null) b = ValueRenderer.plain().render(((Outcome.Done) o).value(), ((Outcome.Done) o).text());
                r.put("status", "ok");
                r.set("data", json.valueToTree(b.data()));
                r.set("metadata", json.valueToTree(b.metadata()));
            }
        }
        return out;
    }

    private static boolean sentBefore(Message request, Instant moment) {
        if (moment == Instant.MIN) return false;
        try {
            return OffsetDateTime.parse(request.header().path("date").asText()).toInstant().isBefore(moment);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
