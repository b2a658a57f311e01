package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chapter notebook runs from top to bottom under the Baeum kernel without an error, and every
 * check cell of the teacher's copy reports all public tests passed. The kernelspec is installed
 * into a temporary Jupyter path (never the user's), and one {@code jupyter nbconvert --execute} runs
 * copies of all the notebooks (so plots written by the kernel land in the temporary directory).
 */
class CourseNotebooksTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static List<Path> notebooks;

    @BeforeAll
    static void executeAll() throws Exception {
        Path spec = tmp.resolve("jupyter/kernels/baeum");
        run(List.of("bash", Course.ROOT.resolve("bin/baeum").toString(), "install", "--dir", spec.toString(),
                "--classpath", System.getProperty("java.class.path"), "--no-aot"), 60);
        notebooks = Course.notebooks();
        // two nbconvert processes, one per core, each running every other notebook
        List<Process> running = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            Path in = Files.createDirectories(tmp.resolve("in" + half));
            List<String> command = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                    "--allow-errors", "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.kernel_name=baeum",
                    "--output-dir", tmp.resolve("out").toString()));
            for (int i = half; i < notebooks.size(); i += 2) {
                Path copy = in.resolve(notebooks.get(i).getFileName());
                Files.copy(notebooks.get(i), copy);
                command.add(copy.toString());
            }
            if (command.getLast().endsWith(".ipynb")) running.add(start(command, tmp.resolve("nbconvert" + half + ".log")));
        }
        for (int i = 0; i < running.size(); i++) finish(running.get(i), tmp.resolve("nbconvert" + i + ".log"), 900);
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndPassesItsChecks() {
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
            JsonNode executed = JSON.readTree(tmp.resolve("out").resolve(nb.getFileName()).toFile());
            int number = 0, checks = 0;
            for (JsonNode cell : executed.path("cells")) {
                number++;
                if (!cell.path("cell_type").asText().equals("code")) continue;
                String source = text(cell.path("source"));
                for (JsonNode out : cell.path("outputs")) {
                    assertFalse(out.path("output_type").asText().equals("error"), nb.getFileName() + ", cell " + number
                            + ":\n" + source + "\nfailed with " + out.path("ename").asText() + ": " + out.path("evalue").asText());
                }
                if (cell.path("metadata").path("baeum").has("exercise") || source.startsWith("checkAll(")) {
                    checks++;
                    String result = resultText(cell);
                    // "public tests passed ✓" in English, "공개 테스트 n/n개 통과 ✓" in Korean: judged by the marks
                    assertTrue(result.contains("✓") && !result.contains("✗"),
                            nb.getFileName() + ", cell " + number + " (" + source.strip() + ") did not pass:\n" + result);
                }
            }
            assertTrue(checks > 0, nb.getFileName() + " has no check cell");
        }));
    }

    private static String resultText(JsonNode cell) {
        for (JsonNode out : cell.path("outputs"))
            if (out.path("output_type").asText().equals("execute_result")) return text(out.path("data").path("text/plain"));
        return "(no result)";
    }

    private static String text(JsonNode node) {
        if (!node.isArray()) return node.asText();
        StringBuilder sb = new StringBuilder();
        node.forEach(l -> sb.append(l.asText()));
        return sb.toString();
    }

    /** Runs a command with Jupyter's paths inside {@code tmp}; fails with its output unless it exits 0. */
    static void run(List<String> command, int timeoutSeconds) throws Exception {
        Path log = tmp.resolve("command.log");
        finish(start(command, log), log, timeoutSeconds);
    }

    static Process start(List<String> command, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JUPYTER_PATH", tmp.resolve("jupyter").toString());
        env.put("JUPYTER_DATA_DIR", tmp.resolve("jupyter-data").toString());
        env.put("JUPYTER_RUNTIME_DIR", tmp.resolve("jupyter-runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", tmp.resolve("jupyter-config").toString());
        env.put("IPYTHONDIR", tmp.resolve("ipython").toString());
        return pb.start();
    }

    /** Waits for {@code p}; fails with its output unless it exits 0 in time. */
    static void finish(Process p, Path log, int timeoutSeconds) throws Exception {
        String command = p.info().commandLine().orElse("the command");
        try {
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            assertTrue(done, command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
            assertEquals(0, p.exitValue(), command + " failed:\n" + Files.readString(log));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
