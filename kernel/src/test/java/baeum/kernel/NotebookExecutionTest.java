package baeum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baeum install} writes a kernelspec (into a temporary Jupyter path, never the user's home),
 * and {@code jupyter nbconvert --to notebook --execute} runs the smoke notebook with it.
 */
class NotebookExecutionTest {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void install() throws Exception {
        Path spec = tmp.resolve("jupyter/kernels/baeum");
        run(tmp, List.of("bash", ROOT.resolve("bin/baeum").toString(), "install", "--dir", spec.toString(),
                "--classpath", System.getProperty("java.class.path"), "--no-aot"), 60);
        JsonNode kernelJson = KernelClient.JSON.readTree(spec.resolve("kernel.json").toFile());
        assertEquals("Java (Baeum)", kernelJson.path("display_name").asText());
        assertEquals("message", kernelJson.path("interrupt_mode").asText());
        assertTrue(kernelJson.path("argv").toString().contains("jdk.incubator.vector"));
        // self-contained: the class path and the exit guard's agent are copies in the kernelspec's lib/
        List<String> argv = new java.util.ArrayList<>();
        kernelJson.path("argv").forEach(a -> argv.add(a.asText()));
        String cp = argv.get(argv.indexOf("-cp") + 1);
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            assertTrue(Path.of(entry).startsWith(spec.resolve("lib")) && Files.exists(Path.of(entry)), entry);
        }
        assertTrue(argv.contains("-javaagent:" + spec.resolve("lib/baeum-agent.jar")), argv.toString());
        assertTrue(Files.isRegularFile(spec.resolve("lib/baeum-agent.jar")));
        assertTrue(argv.stream().anyMatch(a -> a.matches("-Xmx\\d+[mg]")), argv.toString());
    }

    /** Debian's python3-jupyter-client restarts the kernel as a notebook's Restart button does. */
    @Test
    void jupyterClientRestartsTheKernel() throws Exception {
        Path script = tmp.resolve("restart.py");
        Files.writeString(script, """
                import time
                from jupyter_client.manager import start_new_kernel
                km, kc = start_new_kernel(kernel_name="baeum", startup_timeout=60)
                def run(code):
                    reply = kc.execute_interactive(code, timeout=60, output_hook=lambda m: None)
                    return reply["content"]
                assert run("int before = 1;")["status"] == "ok"
                # stdin through jupyter_client's own input_request handling
                asked = []
                def answer(msg):
                    asked.append(msg["content"])
                    kc.input("Ada")
                read = kc.execute_interactive("int len = new java.util.Scanner(System.in).nextLine().length();",
                                              timeout=60, allow_stdin=True, stdin_hook=answer, output_hook=lambda m: None)
                assert read["content"]["status"] == "ok", read["content"]
                assert len(asked) == 1, asked
                assert run("if (len != 3) throw new IllegalStateException(\\"len \\" + len);")["status"] == "ok"
                pid = km.provisioner.process.pid
                t = time.time()
                km.restart_kernel(now=False)
                kc.wait_for_ready(timeout=60)
                gone = run("before")
                assert gone["status"] == "error", gone
                assert run("int after = 2;")["status"] == "ok"
                assert km.provisioner.process.pid != pid
                print("restart took %.2f s" % (time.time() - t))
                kc.stop_channels()
                km.shutdown_kernel(now=False)
                assert not km.is_alive()
                """);
        run(tmp, List.of("/usr/bin/python3", script.toString()), 120);
    }

    @Test
    void nbconvertExecutesTheSmokeNotebook() throws Exception {
        run(tmp, List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=120", "--ExecutePreprocessor.kernel_name=baeum",
                "--output-dir", tmp.toString(), "--output", "executed.ipynb",
                ROOT.resolve("notebooks/smoke/kernel-smoke.ipynb").toString()), 180);
        JsonNode cells = KernelClient.JSON.readTree(tmp.resolve("executed.ipynb").toFile()).path("cells");
        assertEquals("(2, 3)", textOf(cells.get(1)));
        assertEquals("tensor(12.)", textOf(cells.get(2)));
        assertTrue(cells.get(3).path("outputs").get(0).path("text").toString().contains("hello from Java 25"));
        assertEquals("144", textOf(cells.get(4)));
        assertTrue(cells.get(5).path("outputs").toString().contains("Wall time"));
        JsonNode shown = cells.get(6).path("outputs").get(0);
        assertEquals("display_data", shown.path("output_type").asText(), cells.get(6).toString());
        assertTrue(shown.path("data").path("text/html").toString().contains("<b>shown by display()</b>"));
        JsonNode chart = cells.get(7).path("outputs").get(0).path("data");
        assertTrue(chart.path("image/png").asText().startsWith("iVBORw0KGgo"), "a PNG chart: " + chart);
    }

    private static String textOf(JsonNode cell) {
        for (JsonNode out : cell.path("outputs")) {
            if (out.path("output_type").asText().equals("execute_result")) {
                JsonNode t = out.path("data").path("text/plain");
                return t.isArray() ? join(t) : t.asText();
            }
        }
        return "(no result in " + cell + ")";
    }

    private static String join(JsonNode lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.asText()));
        return sb.toString();
    }

    /** Runs a command with Jupyter's paths inside {@code tmp}; fails with its output unless it exits 0. */
    static void run(Path tmp, List<String> command, int timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("command.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JUPYTER_PATH", tmp.resolve("jupyter").toString());
        env.put("JUPYTER_DATA_DIR", tmp.resolve("jupyter-data").toString());
        env.put("JUPYTER_RUNTIME_DIR", tmp.resolve("jupyter-runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", tmp.resolve("jupyter-config").toString());
        env.put("IPYTHONDIR", tmp.resolve("ipython").toString());
        Process p = pb.start();
        try {
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            String log = Files.readString(tmp.resolve("command.log"));
            assertTrue(done, command + " did not finish in " + timeoutSeconds + " s:\n" + log);
            assertEquals(0, p.exitValue(), command + " failed:\n" + log);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
