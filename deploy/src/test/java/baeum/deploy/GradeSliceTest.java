package baeum.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading in slices, as a Kubernetes Indexed Job runs it (one pod per slice), with local processes
 * as the pods: {@code baeum grade --slice i/3} three times at once, then {@code baeum grade --merge};
 * the merged gradebook and results equal those of one unsliced run of the same folder.
 */
class GradeSliceTest {

    static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();

    @TempDir
    Path dir;

    @Test
    void threeSlicesMergeIntoTheGradebookOfOneRun() throws Exception {
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        Path teacher = HOME.resolve("notebooks/ko/ch01_tensors.ipynb");
        Path released = dir.resolve("release");
        assertEquals(0, run(dir.resolve("assign.log"), "assign", teacher.toString(), "--out", released.toString(),
                "--assignment", HOME.resolve("exercises/assignments/ch01").toString()));
        // full marks, the stub (zero), two names that give one key, and a file that is no notebook
        Files.copy(teacher, subs.resolve("alice.ipynb"));
        Files.copy(released.resolve("ch01_tensors.ipynb"), subs.resolve("bob.ipynb"));
        Files.copy(teacher, subs.resolve("kim min.ipynb"));
        Files.copy(teacher, subs.resolve("kim_min.ipynb"));
        Files.writeString(subs.resolve("zoe.ipynb"), "{ not json");

        Path whole = dir.resolve("whole");
        assertEquals(0, grade(subs, whole, null));

        List<Process> pods = new ArrayList<>();
        for (int i = 0; i < 3; i++) pods.add(start(dir.resolve("slice-" + i + ".log"), gradeArgs(subs, dir.resolve("slice-" + i), i + "/3")));
        for (Process p : pods) {
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "a slice did not finish");
            assertEquals(0, p.exitValue(), "a slice failed: " + Files.readString(dir.resolve("slice-" + pods.indexOf(p) + ".log")));
        }
        // slice i holds positions i, i + 3: 2, 2 and 1 of the 5 submissions
        assertEquals(2, Files.readAllLines(dir.resolve("slice-0/gradebook.csv")).size() - 1);
        assertEquals(1, Files.readAllLines(dir.resolve("slice-2/gradebook.csv")).size() - 1);

        Path merged = dir.resolve("merged");
        assertEquals(0, run(dir.resolve("merge.log"), "grade", "--merge", dir.resolve("slice-0").toString(),
                dir.resolve("slice-1").toString(), dir.resolve("slice-2").toString(), "--out", merged.toString()));
        assertEquals(Files.readString(whole.resolve("gradebook.csv")), Files.readString(merged.resolve("gradebook.csv")));
        List<String> students = students(whole);
        assertEquals(5, students.size());
        assertEquals(students, students(merged));
        for (String s : students) {
            JsonNode a = HubClient.JSON.readTree(whole.resolve(s).resolve("results.json").toFile());
            JsonNode b = HubClient.JSON.readTree(merged.resolve(s).resolve("results.json").toFile());
            assertEquals(a.path("score"), b.path("score"), s);
            assertEquals(a.path("tests").size(), b.path("tests").size(), s);
            assertEquals(Files.readString(whole.resolve(s).resolve("feedback.txt")).replaceAll("\\(graded .*\\)", "(graded)"),
                    Files.readString(merged.resolve(s).resolve("feedback.txt")).replaceAll("\\(graded .*\\)", "(graded)"), s);
        }
        String book = Files.readString(merged.resolve("gradebook.csv"));
        assertTrue(book.contains("alice,alice.ipynb,15,15,100.0,graded"), book);
        assertTrue(book.contains("bob,bob.ipynb,0,15,0.0,graded"), book);

        // a missing slice is named, and nothing is merged
        Path partial = dir.resolve("partial");
        assertEquals(1, run(dir.resolve("merge2.log"), "grade", "--merge", dir.resolve("slice-0").toString(),
                dir.resolve("slice-2").toString(), "--out", partial.toString()));
        assertTrue(Files.readString(dir.resolve("merge2.log")).contains("slice(s) [1] of 3 missing"), Files.readString(dir.resolve("merge2.log")));
        assertTrue(Files.notExists(partial));

        // a pod retried after the folder changed: zoe's file replaced by yuri's at the same position
        // (slice 1 again, same count): the slices of two folders are refused, naming them
        Path changed = Files.createDirectories(dir.resolve("submissions-changed"));
        for (String f : List.of("alice.ipynb", "bob.ipynb", "kim min.ipynb", "kim_min.ipynb"))
            Files.copy(subs.resolve(f), changed.resolve(f));
        Files.writeString(changed.resolve("yuri.ipynb"), "{ not json");
        assertEquals(0, grade(changed, dir.resolve("slice-1-retried"), "1/3"));
        Path mixed = dir.resolve("mixed");
        assertEquals(1, run(dir.resolve("merge3.log"), "grade", "--merge", dir.resolve("slice-0").toString(),
                dir.resolve("slice-1-retried").toString(), dir.resolve("slice-2").toString(), "--out", mixed.toString()));
        String log = Files.readString(dir.resolve("merge3.log"));
        assertTrue(log.contains("slice-1-retried and " + dir.resolve("slice-0") + " graded different folders"), log);
        assertTrue(Files.notExists(mixed));

        // --merge names its --out: no silent default folder
        assertEquals(1, run(dir.resolve("merge4.log"), "grade", "--merge", dir.resolve("slice-0").toString()));
        assertTrue(Files.readString(dir.resolve("merge4.log")).contains("give --out"), Files.readString(dir.resolve("merge4.log")));
    }

    private static List<String> students(Path graded) throws Exception {
        try (Stream<Path> s = Files.list(graded)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private int grade(Path subs, Path out, String slice) throws Exception {
        Process p = start(dir.resolve(out.getFileName() + ".log"), gradeArgs(subs, out, slice));
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        return p.exitValue();
    }

    private static List<String> gradeArgs(Path subs, Path out, String slice) {
        List<String> a = new ArrayList<>(List.of("grade", "--assignment", HOME.resolve("exercises/assignments/ch01").toString(),
                subs.toString(), "--out", out.toString(), "--jobs", "1", "--no-aot"));
        if (slice != null) a.addAll(List.of("--slice", slice));
        return a;
    }

    private int run(Path log, String... args) throws Exception {
        Process p = start(log, List.of(args));
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return p.exitValue();
    }

    /** The grader's CLI in a JVM of its own: a "pod". */
    private static Process start(Path log, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-Dbaeum.home=" + HOME, "-cp", System.getProperty("java.class.path"), "baeum.exercises.cli.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

}
