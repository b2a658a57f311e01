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
        Files.setLastModifiedTime(dir.resolve("a_old.ipynb"), java.nio.file.attribute.FileTime.fromMillis(2_000_000_000_000L));
        assertEquals(dir.resolve("a_old.ipynb"), SubmissionFiles.pick(dir, 1, "ch09"), "none of ch09: the newest notebook");
    }

    /** The case: a full-marks notebook and an older copy that sorts first. */
    @Test
    void theReleasedNameWinsElseTheNewest(@TempDir Path dir) throws Exception {
        Notebooks.write(Submissions.released(), dir.resolve("Copy_of_ch04.ipynb"));
        Notebooks.write(Submissions.released(), dir.resolve("mine.ipynb"));
        Files.setLastModifiedTime(dir.resolve("Copy_of_ch04.ipynb"), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(dir.resolve("mine.ipynb"), java.nio.file.attribute.FileTime.fromMillis(1_500_000_000_000L));
        SubmissionFiles.Choice c = SubmissionFiles.choose(dir, 1, "ch04", "ch04_activations.ipynb");
        assertEquals(dir.resolve("mine.ipynb"), c.file());
        assertEquals("it is the newest (of 2 notebooks in the folder)", c.why());

        Notebooks.write(Submissions.released(), dir.resolve("ch04_activations.ipynb"));
        Files.setLastModifiedTime(dir.resolve("ch04_activations.ipynb"), java.nio.file.attribute.FileTime.fromMillis(900_000_000_000L));
        c = SubmissionFiles.choose(dir, 1, "ch04", "ch04_activations.ipynb");
        assertEquals(dir.resolve("ch04_activations.ipynb"), c.file(), "the released name wins over a newer copy");
        assertEquals("it has the released notebook's name (of 3 notebooks in the folder)", c.why());

        // the choice is named in the feedback and in the summary
        Path subs = dir.resolveSibling(dir.getFileName() + "-subs");
        Path alice = Files.createDirectories(subs.resolve("alice"));
        Files.writeString(alice.resolve("Copy_of_ch04.ipynb"), "");
        Files.writeString(alice.resolve("notes.ipynb"), "{}");
        Files.setLastModifiedTime(alice.resolve("notes.ipynb"), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        try (GradingSetup setup = GradingSetup.open(Submissions.ASSIGNMENT, Sandbox.NONE, 0)) {
            Path out = dir.resolveSibling(dir.getFileName() + "-out");
            var rows = new BatchGrader(setup.grader(), 1, false).run(subs, out);
            String fb = Files.readString(out.resolve("alice/feedback.txt"));
            assertTrue(fb.contains("Graded file: alice/Copy_of_ch04.ipynb"), fb);
            assertTrue(fb.contains("graded the file 'alice/Copy_of_ch04.ipynb': it is the newest (of 2 notebooks in the folder)"), fb);
            String summary = Reports.summary(rows, 1, 1, Sandbox.NONE);
            assertTrue(summary.contains("graded one of several notebooks:\n  alice -> alice/Copy_of_ch04.ipynb (it is the newest"), summary);
        }
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
