package baeum.exercises.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assignment.json's "jit": the kernel's C2 unless the teacher chooses C1 for short exercises. */
class AssignmentJitTest {

    @Test
    void theKernelsJitUnlessTheAssignmentSaysC1(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("assignment.json"), "{\"name\": \"x\", \"notebook\": \"t.ipynb\"}");
        assertEquals("kernel", Assignment.load(dir).jit());
        Files.writeString(dir.resolve("assignment.json"), "{\"name\": \"x\", \"notebook\": \"t.ipynb\", \"jit\": \"c1\"}");
        assertEquals("c1", Assignment.load(dir).jit());
    }
}
