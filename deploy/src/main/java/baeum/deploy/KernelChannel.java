package baeum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A kernel's websocket on a Jupyter server (the channel a notebook page uses): sends
 * {@code execute_request}s and gathers what comes back for each, as a notebook shows it.
 */
public final class KernelChannel implements AutoCloseable {

    /**
     * What one cell gave.
     *
     * @param status the execute_reply's status: {@code ok} or {@code error}
     * @param text the cell's text output: streams, then the text/plain of results and displays
     * @param error {@code ename: evalue} of an error, else ""
     */
    public record Result(String status, String text, String error) {
        public boolean ok() {
            return status.equals("ok");
        }
    }

    private final WebSocket ws;
    private final String session = UUID.randomUUID().toString();
    private final String user;
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

    private KernelChannel(WebSocket ws, String user) {
        this.ws = ws;
        this.user = user;
    }

    static KernelChannel open(HttpClient http, URI uri, String token, String user) throws IOException, InterruptedException {
        Listener listener = new Listener();
        try {
            WebSocket ws = http.newWebSocketBuilder().header("Authorization", "token " + token)
                    .connectTimeout(Duration.ofSeconds(60)).buildAsync(uri, listener).get(120, TimeUnit.SECONDS);
            KernelChannel ch = new KernelChannel(ws, user);
            listener.channel = ch;
            listener.drain();
            return ch;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("websocket " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Runs one cell and waits for its reply and for the kernel to be idle again. */
    public Result execute(String code, Duration timeout) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString();
        ObjectNode msg = HubClient.JSON.createObjectNode();
        msg.set("header", HubClient.JSON.valueToTree(Map.of("msg_id", id, "username", user, "session", session,
                "msg_type", "execute_request", "version", "5.3", "date", Instant.now().toString())));
        msg.putObject("parent_header");
        msg.putObject("metadata");
        msg.set("content", HubClient.JSON.valueToTree(Map.of("code", code, "silent", false, "store_history", true,
                "user_expressions", Map.of(), "allow_stdin", false, "stop_on_error", true)));
        msg.put("channel", "shell");
        msg.putArray("buffers");
        ws.sendText(HubClient.JSON.writeValueAsString(msg), true).join();
        StringBuilder text = new StringBuilder();
        String status = null, error = "";
        boolean idle = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status == null || !idle) {
            JsonNode m = inbox.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) throw new IOException("no reply from the kernel within " + timeout.toSeconds() + " s");
            if (m.has("closed")) throw new IOException("the kernel's websocket closed: " + m.path("closed").asText());
            if (!id.equals(m.path("parent_header").path("msg_id").asText())) continue;
            String type = m.path("header").path("msg_type").asText();
            JsonNode c = m.path("content");
            switch (type) {
                case "stream" -> text.append(c.path("text").asText());
                case "execute_result", "display_data" -> text.append(c.path("data").path("text/plain").asText()).append('\n');
                case "error" -> error = c.path("ename").asText() + ": " + c.path("evalue").asText();
                case "status" -> idle |= c.path("execution_state").asText().equals("idle");
                case "execute_reply" -> {
                    status = c.path("status").asText();
                    if (status.equals("error") && error.isEmpty())
                        error = c.path("ename").asText() + ": " + c.path("evalue").asText();
                }
                default -> { }
            }
        }
        return new Result(status, text.toString(), error);
    }

    @Override
    public void close() {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> null).join();
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();
        private final List<JsonNode> early = new ArrayList<>();
        volatile KernelChannel channel;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                try {
                    deliver(HubClient.JSON.readTree(part.toString()));
                } catch (IOException e) {
                    deliver(HubClient.JSON.createObjectNode().put("closed", "unreadable message: " + e.getMessage()));
                }
                part.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            deliver(HubClient.JSON.createObjectNode().put("closed", code + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            deliver(HubClient.JSON.createObjectNode().put("closed", String.valueOf(error)));
        }

        private synchronized void deliver(JsonNode m) {
            if (channel == null) early.add(m);
            else channel.inbox.add(m);
        }

        synchronized void drain() {
            channel.inbox.addAll(early);
            early.clear();
        }
    }
}
