package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.cli.AutograderZip;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Gradescope zip: its layout, and run_autograder run against a directory laid out like /autograder. */
class AutograderTest {

    @TempDir
    static Path tmp;
    static Path zip, root;

    @BeforeAll
    static void buildAndUnpack() throws Exception {
        zip = tmp.resolve("autograder-ch04.zip");
        AutograderZip.build(Submissions.ASSIGNMENT, zip);
        root = tmp.resolve("autograder");
        Path source = Files.createDirectories(root.resolve("source"));
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> all = Files.walk(fs.getPath("/"))) {
            for (Path p : all.toList()) {
                Path t = source.resolve(fs.getPath("/").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private static JsonNode runAutograder(String submissionName, byte[] submission) throws Exception {
        Path sub = root.resolve("submission");
        Files2.deleteTree(sub);
        Files.createDirectories(sub);
        Files.write(sub.resolve(submissionName), submission);
        Files.deleteIfExists(root.resolve("results/results.json"));
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("source/run_autograder").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile());
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "run_autograder finished");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("run.log")));
        assertFalse(Files.readString(tmp.resolve("run.log")).contains("Using incubator modules"),
                "the JDK's incubator warning is filtered out of the log: " + Files.readString(tmp.resolve("run.log")));
        return ResultsSchema.validate(root.resolve("results/results.json"));
    }

    @Test
    void theZipHasTheScriptsTheLibrariesAndTheAssignmentOnly() throws Exception {
        Path src = root.resolve("source");
        for (String f : List.of("setup.sh", "run_autograder", "assignment/assignment.json", "assignment/notebook.ipynb",
                "assignment/hidden/Ch04HiddenTests.java")) assertTrue(Files.exists(src.resolve(f)), f);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"))) {
            assertTrue(Files.getPosixFilePermissions(fs.getPath("run_autograder")).contains(PosixFilePermission.OWNER_EXECUTE));
        }
        try (Stream<Path> libs = Files.list(src.resolve("lib"))) {
            List<String> names = libs.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.contains("engine")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("exercises")), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.contains("test-classes") || n.contains("surefire")), names.toString());
        }
    }

    @Test
    void runAutograderGradesACorrectSubmission() throws Exception {
        var nb = Submissions.filled(Submissions.answers(Submissions.SIGMOID, Submissions.RELU, Submissions.SOFTMAX, Submissions.CHAIN));
        JsonNode r = runAutograder("ch04_activations.ipynb", baeum.exercises.format.Notebooks.JSON.writeValueAsBytes(nb));
        assertEquals(17, r.get("score").asDouble(), r.toString());
        assertEquals(15, r.get("tests").size());
    }

    @Test
    void runAutograderExplainsAnEmptyFile() throws Exception {
        JsonNode r = runAutograder("ch04_activations.ipynb", new byte[0]);
        assertEquals(0, r.get("score").asDouble());
        assertTrue(r.get("output").asText().contains("the file is empty"), r.toString());
    }
}
