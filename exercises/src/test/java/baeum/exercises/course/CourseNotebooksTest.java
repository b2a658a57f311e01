package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chapter notebook of the Korean edition runs from top to bottom under the Baeum kernel
 * without an error, every check cell of the teacher's copy reports all public tests passed, and
 * every cell's outputs are of the kinds stored in the committed notebooks of both editions (the
 * multiset of output type and MIME types per cell: a figure that stops being a figure, a stored
 * error or a notebook committed without outputs fails). The kernelspec is installed into a
 * temporary Jupyter path (never the user's), and two {@code jupyter nbconvert --execute} processes
 * run copies of the notebooks (so plots written by the kernel land in the temporary directory).
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
            // a folder named ko: the kernel starts in the notebook's folder, and the teaching tools and
            // check() speak the language of a folder named ko/ or en/, as in notebooks/ko
            Path in = Files.createDirectories(tmp.resolve("in" + half).resolve("ko"));
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
        for (int i = 0; i < running.size(); i++) finish(running.get(i), tmp.resolve("nbconvert" + i + ".log"), 2400);
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
                    // language-neutral: the report is in the edition's language, its marks are not
                    String result = outputText(cell);
                    assertTrue(result.contains("✓") && !result.contains("✗"),
                            nb.getFileName() + ", cell " + number + " (" + source.strip() + ") did not pass:\n" + result);
                }
            }
            assertTrue(checks > 0, nb.getFileName() + " has no check cell");
        }));
    }

    @TestFactory
    Stream<DynamicTest> storedOutputsHaveTheKindsARunGives() {
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
            JsonNode executed = JSON.readTree(tmp.resolve("out").resolve(nb.getFileName()).toFile());
            List<String> problems = new ArrayList<>();
            for (String edition : Course.EDITIONS) {
                Path committed = Course.ROOT.resolve("notebooks").resolve(edition).resolve(nb.getFileName());
                if (!Files.exists(committed)) {
                    problems.add("notebooks/" + edition + "/" + nb.getFileName() + " is missing");
                    continue;
                }
                JsonNode stored = JSON.readTree(committed.toFile());
                Map<String, JsonNode> byId = new HashMap<>();
                stored.path("cells").forEach(c -> byId.put(c.path("id").asText(), c));
                int number = 0;
                for (JsonNode cell : executed.path("cells")) {
                    number++;
                    if (!cell.path("cell_type").asText().equals("code")) continue;
                    String id = cell.path("id").asText();
                    JsonNode mine = byId.get(id);
                    String where = "notebooks/" + edition + "/" + nb.getFileName() + ", cell " + number + " ('" + id + "')";
                    if (mine == null) {
                        problems.add(where + ": no cell with this id");
                        continue;
                    }
                    for (JsonNode out : mine.path("outputs"))
                        if (out.path("output_type").asText().equals("error"))
                            problems.add(where + ": the stored outputs hold an error (" + out.path("ename").asText() + ")");
                    var now = kinds(cell);
                    var then = kinds(mine);
                    if (!now.equals(then))
                        problems.add(where + ": a run gives outputs " + now + " but the committed notebook stores " + then);
                }
            }
            assertTrue(problems.isEmpty(), problems.size() + " cell(s) whose stored outputs differ in kind from a run:\n  "
                    + String.join("\n  ", problems) + "\n(to store a run's outputs: bin/baeum execute notebooks/ko/"
                    + nb.getFileName() + " notebooks/en/" + nb.getFileName() + ")");
        }));
    }

    /**
     * The kinds of a cell's outputs: the multiset of output type with the MIME types of its data
     * ("display_data[image/png, text/plain]"). Stream outputs count once per stream name (how many
     * pieces a stream arrives in is timing, not content).
     */
    static Map<String, Integer> kinds(JsonNode cell) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (JsonNode out : cell.path("outputs")) {
            String type = out.path("output_type").asText();
            if (type.equals("stream")) {
                kinds.put("stream:" + out.path("name").asText(), 1);
                continue;
            }
            List<String> mimes = new ArrayList<>();
            out.path("data").fieldNames().forEachRemaining(mimes::add);
            Collections.sort(mimes);
            kinds.merge(type + (mimes.isEmpty() ? "" : mimes.toString()), 1, Integer::sum);
        }
        return kinds;
    }

    /** All the text a cell's outputs show: streams, and the text/plain and text/html of results and displays. */
    private static String outputText(JsonNode cell) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode out : cell.path("outputs")) {
            sb.append(text(out.path("text")));
            sb.append(text(out.path("data").path("text/plain")));
            sb.append(text(out.path("data").path("text/html")));
        }
        return sb.length() == 0 ? "(no output)" : sb.toString();
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
