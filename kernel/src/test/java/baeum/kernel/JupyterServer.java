package baeum.kernel;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A Jupyter Notebook server on localhost with every Jupyter path inside {@code home}; closing ends it. */
final class JupyterServer implements AutoCloseable {
    final int port;
    final String token = UUID.randomUUID().toString();
    private final Process process;
    private final Path log;

    JupyterServer(Path home, Path notebooks) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        log = home.resolve("jupyter-server.log");
        ProcessBuilder pb = new ProcessBuilder(List.of("jupyter", "notebook", "--no-browser", "--allow-root",
                "--ip=127.0.0.1", "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
                "--notebook-dir=" + notebooks)).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JUPYTER_PATH", home.resolve("jupyter").toString());
        env.put("JUPYTER_DATA_DIR", home.resolve("jupyter-data").toString());
        env.put("JUPYTER_RUNTIME_DIR", home.resolve("jupyter-runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("jupyter-config").toString());
        env.put("IPYTHONDIR", home.resolve("ipython").toString());
        process = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                int code = http.send(HttpRequest.newBuilder(URI.create(url("api/status"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (code == 200) break;
            } catch (java.io.IOException e) {
                // not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("Jupyter did not start:\n" + log());
            }
            Thread.sleep(200);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path + (path.contains("?") ? "&" : "?") + "token=" + token;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
