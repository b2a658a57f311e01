package baeum.exercises.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An assignment on the teacher's side: a directory with {@code assignment.json}, the hidden
 * tests' Java sources, and a pointer to the teacher's notebook.
 *
 * <pre>
 * { "name": "ch04", "notebook": "../../../notebooks/ko/ch04_activations.ipynb",
 *   "hidden_tests": "hidden", "memory_mb": 256, "submission_timeout": 120, "cell_timeout": 30 }
 * </pre>
 *
 * @param memoryMb the worker JVM's heap cap
 * @param submissionTimeout seconds one submission may take in all
 * @param cellTimeout seconds a cell that is not an exercise (setup code) may run
 * @param jit the workers' JIT: {@code kernel} (C2 as the kernel runs it; the default: training
 *     exercises run several times faster) or {@code c1} (C1 only: about half the CPU for an
 *     assignment of short exercises)
 */
public record Assignment(String name, Path dir, Path notebook, Path hiddenTests, int memoryMb,
                         double submissionTimeout, double cellTimeout, String jit) {

    public static Assignment load(Path dir) throws IOException {
        Path file = dir.resolve("assignment.json");
        if (!Files.isRegularFile(file))
            throw new IOException("no assignment.json in " + dir + ": an assignment directory holds assignment.json,"
                    + " the hidden tests and a pointer to the teacher's notebook");
        JsonNode j = Notebooks.JSON.readTree(file.toFile());
        String name = j.path("name").asText(dir.getFileName().toString());
        if (!j.path("notebook").isTextual()) throw new IOException(file + ": \"notebook\" (the teacher's notebook) is missing");
        return new Assignment(name, dir, dir.resolve(j.path("notebook").asText()).normalize(),
                dir.resolve(j.path("hidden_tests").asText("hidden")).normalize(),
                j.path("memory_mb").asInt(256), j.path("submission_timeout").asDouble(120),
                j.path("cell_timeout").asDouble(30), j.path("jit").asText("kernel"));
    }
}
