package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each sandbox lets a worker read: bubblewrap shows it nothing of the machine's files;
 * setpriv (a uid of its own) keeps it out of the grader's private directories but not out of
 * world-readable files.
 */
class SandboxTest {

    @TempDir
    static Path tmp;
    static Path open, secretOpen, secretPrivate;
    static GradingSetup setup;

    @BeforeAll
    static void plantSecrets() throws Exception {
        open = Files.createTempDirectory("baeum-open");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        secretOpen = Files.writeString(open.resolve("open.txt"), "SECRET-OPEN-7");
        Files.setPosixFilePermissions(secretOpen, PosixFilePermissions.fromString("rw-r--r--"));
        secretPrivate = Files.writeString(tmp.resolve("private.txt"), "SECRET-PRIVATE-7"); // @TempDir is 0700
        setup = GradingSetup.open(Submissions.ASSIGNMENT, null, 0);
    }

    @AfterAll
    static void cleanUp() {
        if (setup != null) setup.close();
        Files2.deleteTree(open);
    }

    private static String printedBy(Sandbox mode) throws Exception {
        var grader = new SubmissionGrader(setup.assignment(), baeum.exercises.format.Notebooks.read(Submissions.TEACHER),
                setup.tests(), setup.config().withSandbox(mode));
        var nb = Submissions.filled(Submissions.answers(Hostile.reads(secretOpen.toString(), secretPrivate.toString(),
                "/etc/hostname", "/root"), null, null));
        var bytes = baeum.exercises.format.Notebooks.JSON.writeValueAsBytes(nb);
        SubmissionResult r = grader.grade("reader", bytes);
        assertEquals(4, r.score(), "the submission's own sigmoid is still graded");
        return r.feedback();
    }

    @Test
    void aThreadBombStopsAtTheWorkersOwnLimit() throws Exception {
        assumeTrue(Sandbox.isRoot() && Sandbox.detect() != Sandbox.NONE, "needs root and a sandbox");
        String bomb = """
                int started = 0;
                try {
                    for (int i = 0; i < 5000; i++) {
                        Thread t = new Thread(() -> { try { Thread.sleep(60_000); } catch (InterruptedException e) { } });
                        t.setDaemon(true);
                        t.start();
                        started++;
                    }
                } catch (Throwable e) {
                    System.out.println("stopped: " + e.getClass().getSimpleName());
                }
                System.out.println("threads: " + started);
                """ + Submissions.SIGMOID;
        // at the limit the JVM itself may fail to start a thread and hang: then the cell's timeout stops it
        var teacher = baeum.exercises.format.Notebooks.read(Submissions.TEACHER);
        for (var c : baeum.exercises.format.Notebooks.cells(teacher))
            if ("ch04_sigmoid".equals(baeum.exercises.format.Notebooks.gradeId(c)))
                ((com.fasterxml.jackson.databind.node.ObjectNode) c.get("metadata").get("baeum")).put("timeout", 20);
        var grader = new SubmissionGrader(setup.assignment(), teacher, setup.tests(), setup.config());
        var nb = Submissions.filled(Submissions.answers(bomb, null, null));
        SubmissionResult r = grader.grade("bomber", baeum.exercises.format.Notebooks.JSON.writeValueAsBytes(nb));
        assertEquals("graded", r.status());
        if (r.feedback().contains("stopped: OutOfMemoryError")) {
            int started = Integer.parseInt(r.feedback().replaceAll("(?s).*threads: (\\d+).*", "$1"));
            assertTrue(started < Sandbox.MAX_PROCESSES, started + " threads");
            assertEquals(4, r.score(), "the session survives its bomb: " + r.feedback());
        } else {
            assertTrue(r.feedback().contains("your cell did not finish within 20 s"), "the bomb is stopped: " + r.feedback());
        }
    }

    @Test
    void asRootTheGraderPicksARealSandbox() {
        assumeTrue(Sandbox.isRoot(), "needs root (as CI runs)");
        assertNotEquals(Sandbox.NONE, Sandbox.detect());
    }

    @Test
    void bubblewrapHidesEveryFileOfTheMachine() throws Exception {
        assumeTrue(Sandbox.detect() == Sandbox.BWRAP, "bubblewrap is not usable here");
        String fb = printedBy(Sandbox.BWRAP);
        assertFalse(fb.contains("SECRET-OPEN-7") || fb.contains("SECRET-PRIVATE-7"), fb);
        assertTrue(fb.contains("READ: DENIED NoSuchFileException"), "the files do not even exist for the worker: " + fb);
    }

    @Test
    void setprivKeepsTheWorkerOutOfPrivateDirectoriesOnly() throws Exception {
        assumeTrue(Sandbox.isRoot(), "setpriv needs root");
        String fb = printedBy(Sandbox.SETPRIV);
        assertFalse(fb.contains("SECRET-PRIVATE-7"), fb);
        assertTrue(fb.contains("READ: DENIED AccessDeniedException"), fb);
        assertTrue(fb.contains("READ: SECRET-OPEN-7"), "documented limit: world-readable files are visible: " + fb);
    }
}
