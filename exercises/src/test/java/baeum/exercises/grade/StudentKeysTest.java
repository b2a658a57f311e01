package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Students' keys: readable (Unicode letters kept) and never shared, even without case. */
class StudentKeysTest {

    @Test
    void unicodeNamesStayReadable() {
        List<String> names = List.of("김민수", "이서연", "王小明", "José Ñúñez", "Zoë", "kim min", "박지훈_2");
        assertEquals(List.of("김민수", "이서연", "王小明", "José_Ñúñez", "Zoë", "kim_min", "박지훈_2"), StudentKeys.of(names));
    }

    @Test
    void decomposedNamesAreNormalized() {
        // a name as macOS writes it (NFD) reads as the same letters
        assertEquals("김민수", StudentKeys.of(List.of(Normalizer.normalize("김민수", Normalizer.Form.NFD))).getFirst());
    }

    @Test
    void whatStillCollidesIsDisambiguatedStably() {
        List<String> names = List.of("kim min", "kim_min", "kim/min", "Alice", "alice", "ALICE", "bob", "summary.txt",
                "gradebook.csv", "..", ".hidden", "", "a\u0000b");
        List<String> keys = StudentKeys.of(names);
        Set<String> folded = new HashSet<>();
        for (String k : keys) {
            assertTrue(folded.add(k.toLowerCase(Locale.ROOT)), "two keys are one folder on a case-insensitive disk: " + keys);
            assertTrue(k.matches("[\\p{L}\\p{M}\\p{N}._@~-]+") && !k.startsWith("."), k);
        }
        assertEquals("bob", keys.get(6), "what does not collide keeps its plain key");
        assertTrue(keys.get(0).startsWith("kim_min~") && keys.get(1).startsWith("kim_min~"), keys.toString());
        assertTrue(keys.get(3).startsWith("Alice~") && keys.get(4).startsWith("alice~"), keys.toString());
        assertTrue(!keys.get(7).equals("summary.txt") && !keys.get(8).equals("gradebook.csv"), keys.toString());
        // the same name gets the same key whichever other names are in the folder
        assertEquals(keys.get(0), StudentKeys.of(List.of("kim_min", "kim min", "zed")).get(1));
    }

    /**
     * A folder of Korean, Chinese, accented, space-separated and case-twin names: one results
     * folder each, each feedback naming its own file, the gradebook showing the original names.
     * (Empty files: graded as unreadable at once, without a worker.)
     */
    @Test
    void aBatchKeepsEveryStudentApart(@TempDir Path tmp) throws Exception {
        Path subs = Files.createDirectories(tmp.resolve("subs"));
        List<String> files = List.of("김민수.ipynb", "김민준.ipynb", "王小明.ipynb", "José Ñúñez.ipynb", "kim min.ipynb",
                "kim_min.ipynb", "Lee.ipynb", "lee.ipynb", "박서준");
        for (String f : files) {
            if (f.endsWith(".ipynb")) Files.writeString(subs.resolve(f), "");
            else Files.writeString(Files.createDirectories(subs.resolve(f)).resolve("ch04.ipynb"), "");
        }
        Path out = tmp.resolve("out");
        try (GradingSetup setup = GradingSetup.open(Submissions.ASSIGNMENT, Sandbox.NONE, 0)) {
            List<BatchGrader.Row> rows = new BatchGrader(setup.grader(), 2, false).run(subs, out);
            assertEquals(files.size(), rows.size());
            Map<String, String> fileOf = new HashMap<>();
            for (BatchGrader.Row r : rows) assertEquals(null, fileOf.put(r.student(), r.file()), "key used twice: " + r.student());
            for (BatchGrader.Row r : rows) {
                String fb = Files.readString(out.resolve(r.student()).resolve("feedback.txt"));
                String graded = r.file().endsWith(".ipynb") ? r.file() : r.file() + "/ch04.ipynb";
                assertTrue(fb.contains("Graded file: " + graded + "\n"), r.student() + ": " + fb);
            }
            try (Stream<Path> dirs = Files.list(out)) {
                assertEquals(files.size(), dirs.filter(Files::isDirectory).count());
            }
            assertTrue(fileOf.containsKey("김민수") && fileOf.containsKey("王小明") && fileOf.containsKey("José_Ñúñez")
                    && fileOf.containsKey("박서준"), fileOf.toString());
            List<String> book = Files.readAllLines(out.resolve("gradebook.csv"));
            assertTrue(book.getFirst().startsWith("student,file,score,"), book.getFirst());
            assertTrue(book.contains("김민수,김민수.ipynb,0,17,0.0,unreadable,0,0,0,0"), book.toString());
            assertTrue(book.contains("José_Ñúñez,José Ñúñez.ipynb,0,17,0.0,unreadable,0,0,0,0"), book.toString());
            // a second run reuses each result for the same student only
            List<BatchGrader.Row> again = new BatchGrader(setup.grader(), 2, false).run(subs, out);
            assertTrue(again.stream().allMatch(BatchGrader.Row::skipped));
        }
    }
}
