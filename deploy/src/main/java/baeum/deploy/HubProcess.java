package baeum.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/baeum hub} started as a process on a free port of localhost, with its state in a
 * folder of its own; {@link #close()} stops it (JupyterHub then stops every student's server).
 */
public final class HubProcess implements AutoCloseable {

    /** The hub's address, e.g. {@code http://127.0.0.1:41234}. */
    public final String url;
    public final Path state;
    private final Process process;
    private final Path log;

    /**
     * Starts the hub and waits until its REST API answers.
     *
     * @param baeumHome the checkout (its {@code bin/baeum})
     * @param state the hub's state folder (database, released course, trial homes)
     * @param options more {@code bin/baeum hub} options, e.g. {@code --lang en --chapters ch01}
     */
    public HubProcess(Path baeumHome, Path state, List<String> options) throws IOException, InterruptedException {
        this.state = state;
        Files.createDirectories(state);
        int port = freePortWithTwoAbove();
        url = "http://127.0.0.1:" + port;
        log = state.resolve("hub.log");
        List<String> cmd = new ArrayList<>(List.of(baeumHome.resolve("bin/baeum").toString(), "hub",
                "--port", String.valueOf(port), "--state", state.toString()));
        cmd.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = pb.start();
        // a JVM ended by a signal stops the hub too
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // the first start builds the release (a few seconds a chapter) and the kernel's AOT cache
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            try {
                int code = http.send(HttpRequest.newBuilder(URI.create(url + "/hub/api/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (code == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("bin/baeum hub did not start:\n" + log());
            }
            Thread.sleep(250);
        }
    }

    /** The process id of JupyterHub ({@code bin/baeum hub} execs it). */
    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** A port p with p+1 (the hub's API) and p+2 (the proxy's API) free too. */
    private static int freePortWithTwoAbove() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int p;
            try (ServerSocket s = new ServerSocket(0)) {
                p = s.getLocalPort();
            }
            if (p > 65000) continue;
            try (ServerSocket a = new ServerSocket(p); ServerSocket b = new ServerSocket(p + 1);
                 ServerSocket c = new ServerSocket(p + 2)) {
                return p;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no three free ports in a row on localhost");
    }

    /** SIGTERM, so that JupyterHub stops the students' servers; then whatever is left is killed. */
    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.forEach(ProcessHandle::destroyForcibly);
    }
}
