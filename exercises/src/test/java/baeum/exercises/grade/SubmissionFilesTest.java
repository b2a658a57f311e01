package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Notebooks;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file of a submission folder is graded. */
class SubmissionFilesTest {

    @Test
    void theNotebookOfThisAssignmentWinsOverOtherFiles(@TempDir Path dir) throws Exception {
        ObjectNode old = Submissions.released();
        ((ObjectNode) old.get("metadata").get("baeum")).put("assignment", "ch03");
        Notebooks.write(old, dir.resolve("a_old.ipynb"));
        Notebooks.write(Submissions.released(), dir.resolve("b_mine.ipynb"));
        Files.writeString(dir.resolve("0notes.txt"), "hello");
        assertEquals(dir.resolve("b_mine.ipynb"), SubmissionFiles.pick(dir, 1, "ch04"));
        assertEquals(dir.resolve("a_old.ipynb"), SubmissionFiles.pick(dir, 1, "ch09"), "else the first notebook");
    }

    @Test
    void aHugeFileIsNotReadButExplained(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.ipynb");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(SubmissionGrader.MAX_BYTES + 1);   // sparse: no disk used
        }
        assertEquals(huge, SubmissionFiles.pick(dir, 1, "ch04"));
        try (GradingSetup setup = GradingSetup.open(Submissions.ASSIGNMENT, Sandbox.NONE, 0)) {
            SubmissionResult r = setup.grader().grade("big", huge);
            assertEquals("unreadable", r.status());
            assertTrue(r.output().contains("the file is 32 MB, too large for a notebook"), r.output());
        }
    }

    @Test
    void withoutNotebooksTheFirstFileIsGradedAndExplained(@TempDir Path dir) throws Exception {
        assertNull(SubmissionFiles.pick(dir, 1, "ch04"));
        Files.writeString(dir.resolve("answer.docx"), "not a notebook");
        assertEquals(dir.resolve("answer.docx"), SubmissionFiles.pick(dir, 1, "ch04"));
    }
}
