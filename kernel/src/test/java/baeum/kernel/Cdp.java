package baeum.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A minimal Chrome DevTools Protocol session over {@code java.net.http}'s WebSocket. */
final class Cdp implements AutoCloseable {
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    Cdp(String webSocketUrl) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(webSocketUrl), new Listener()).join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode m = KernelClient.JSON.readTree(text.toString());
                    CompletableFuture<JsonNode> f = m.has("id") ? pending.remove(m.path("id").asInt()) : null;
                    if (f != null) f.complete(m);
                } catch (Exception e) {
                    // not for us
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    /** Calls a DevTools method and returns its {@code result}; fails on a protocol error. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode m = KernelClient.JSON.createObjectNode().put("id", id).put("method", method);
        m.set("params", params == null ? KernelClient.JSON.createObjectNode() : params);
        socket.sendText(m.toString(), true).join();
        JsonNode reply = f.get(30, TimeUnit.SECONDS);
        if (reply.has("error")) throw new AssertionError(method + " failed: " + reply.path("error"));
        return reply.path("result");
    }

    /** Evaluates JavaScript in the page and returns its value (JSON-able values only). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", KernelClient.JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) throw new AssertionError("page script failed: " + r.path("exceptionDetails"));
        return r.path("result").path("value");
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
