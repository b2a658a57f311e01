package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grader checks the assignment before grading anything. */
class GradingSetupTest {

    private static Path copy(Path tmp, String hiddenSource) throws IOException {
        Files.createDirectories(tmp.resolve("hidden"));
        Files.copy(Submissions.TEACHER, tmp.resolve("teacher.ipynb"));
        Files.writeString(tmp.resolve("hidden/Ch04HiddenTests.java"), hiddenSource);
        Files.writeString(tmp.resolve("assignment.json"), "{\"name\": \"ch04\", \"notebook\": \"teacher.ipynb\"}");
        return tmp;
    }

    private static String hidden() throws IOException {
        return Files.readString(Submissions.ASSIGNMENT.resolve("hidden/Ch04HiddenTests.java"));
    }

    @Test
    void pointsAddPublicAndHiddenTests(@TempDir Path tmp) throws Exception {
        try (GradingSetup s = GradingSetup.open(copy(tmp, hidden()), Sandbox.NONE, 0)) {
            assertEquals(Map.of("ch04_sigmoid", 4.0, "ch04_relu", 4.0, "ch04_softmax", 5.0, "ch04_chain_by_hand", 4.0), s.points());
            assertEquals(15, s.tests().size());
            assertEquals(256, s.config().memoryMb(), "the default heap cap");
        }
    }

    @Test
    void hiddenTestsThatDisagreeWithTheDeclaredCountAreRefused(@TempDir Path tmp) throws Exception {
        String fewer = hidden().replace("@Graded(exercise = \"ch04_relu\", points = 1)", "");
        var e = assertThrows(IOException.class, () -> GradingSetup.open(copy(tmp, fewer), Sandbox.NONE, 0).close());
        assertTrue(e.getMessage().contains("exercise ch04_relu declares 2 hidden tests (@HiddenTests) but"), e.getMessage());
    }

    @Test
    void hiddenTestsThatDoNotCompileAreRefusedWithJavacsMessage(@TempDir Path tmp) throws Exception {
        var e = assertThrows(IOException.class, () -> GradingSetup.open(copy(tmp, hidden().replace("randomValues(41, 20)", "randomValues(41, 20")),
                Sandbox.NONE, 0).close());
        assertTrue(e.getMessage().contains("do not compile") && e.getMessage().contains("error:"), e.getMessage());
    }
}
