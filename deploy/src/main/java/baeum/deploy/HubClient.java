package baeum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One student's side of JupyterHub's REST API: log in, get a token, start the server, and talk to
 * that server's Jupyter API (contents, kernels) through the hub's proxy.
 *
 * <pre>{@code
 * jshell> var s = HubClient.login("http://127.0.0.1:8000", "alice", "pw")
 * jshell> s.startServer(Duration.ofMinutes(2)); s.get("api/contents/course").path("content").size()
 * ==> 16
 * }</pre>
 */
public final class HubClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();

    public final String hub;
    public final String user;
    final String token;

    private HubClient(String hub, String user, String token) {
        this.hub = hub;
        this.user = user;
        this.token = token;
    }

    /**
     * Logs in as a student would (the login form; the hub creates the user), then asks the REST API
     * for a token with the same name and password.
     */
    public static HubClient login(String hub, String user, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(hub + "/hub/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) throw new IOException("login of " + user + ": HTTP " + r.statusCode() + " (expected a redirect)");
        String body = JSON.writeValueAsString(Map.of("auth", Map.of("username", user, "password", password),
                "note", "baeum class"));
        r = HTTP.send(HttpRequest.newBuilder(URI.create(hub + "/hub/api/users/" + user + "/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) throw new IOException("token of " + user + ": HTTP " + r.statusCode() + " " + r.body());
        return new HubClient(hub, user, JSON.readTree(r.body()).path("token").asText());
    }

    /** Asks the hub to start this user's server and waits until the hub says it is ready. */
    public void startServer(Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", hub + "/hub/api/users/" + user + "/server", "");
        if (r.statusCode() != 201 && r.statusCode() != 202 && r.statusCode() != 400)
            throw new IOException("start of " + user + "'s server: HTTP " + r.statusCode() + " " + r.body());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!serverReady()) {
            if (System.nanoTime() > deadline) throw new IOException(user + "'s server was not ready after " + timeout);
            Thread.sleep(200);
        }
    }

    /** Whether the hub lists this user's default server as ready. */
    public boolean serverReady() throws IOException, InterruptedException {
        return hubUser().path("servers").path("").path("ready").asBoolean(false);
    }

    /** The hub's model of this user ({@code GET /hub/api/users/NAME}). */
    public JsonNode hubUser() throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", hub + "/hub/api/users/" + user, null);
        if (r.statusCode() != 200) throw new IOException("user " + user + ": HTTP " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    /** GET on the user's server, e.g. {@code api/contents/course/ch01_tensors.ipynb}. */
    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", serverUrl(path), null);
        if (r.statusCode() != 200) throw new IOException("GET " + path + " of " + user + ": HTTP " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    /** Starts a kernel of the given kernelspec on the user's server; returns its id. */
    public String startKernel(String name) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", serverUrl("api/kernels"), JSON.writeValueAsString(Map.of("name", name)));
        if (r.statusCode() != 201) throw new IOException("kernel for " + user + ": HTTP " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body()).path("id").asText();
    }

    /** Opens the kernel's websocket (the notebook's channels). */
    public KernelChannel connect(String kernelId) throws IOException, InterruptedException {
        String ws = serverUrl("api/kernels/" + kernelId + "/channels").replaceFirst("^http", "ws");
        return KernelChannel.open(HTTP, URI.create(ws), token, user);
    }

    String serverUrl(String path) {
        return hub + "/user/" + user + "/" + path;
    }

    HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "token " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
