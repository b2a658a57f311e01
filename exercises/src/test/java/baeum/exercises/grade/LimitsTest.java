package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import baeum.exercises.format.Notebooks;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker's resource caps and isolation: native memory and disk bombs stop at their caps, a
 * double-forked daemon does not outlive its worker, and the network is closed in each sandbox.
 */
class LimitsTest {

    static GradingSetup setup;
    static ObjectNode teacher;

    @BeforeAll
    static void open() throws Exception {
        setup = GradingSetup.open(Submissions.ASSIGNMENT, null, 128);
        teacher = Notebooks.read(Submissions.TEACHER);
        var cells = (ArrayNode) teacher.get("cells");
        for (int i = cells.size() - 1; i >= 0; i--)
            if (Notebooks.isCode(cells.get(i)) && Notebooks.gradeId(cells.get(i)) == null) cells.remove(i);
        for (ObjectNode c : Notebooks.cells(teacher))
            if ("ch04_sigmoid".equals(Notebooks.gradeId(c))) ((ObjectNode) c.get("metadata").get("baeum")).put("timeout", 30);
    }

    @AfterAll
    static void close() {
        if (setup != null) setup.close();
    }

    /** Grades a submission whose sigmoid cell runs {@code attack} first (then defines a right sigmoid). */
    private static SubmissionResult grade(Sandbox mode, String attack) throws Exception {
        var grader = new SubmissionGrader(setup.assignment(), teacher, setup.tests(), setup.config().withSandbox(mode));
        var nb = Submissions.filled(Submissions.answers(attack + "\n" + Submissions.SIGMOID, null, null));
        return grader.grade("attacker", Notebooks.JSON.writeValueAsBytes(nb));
    }

    private static long number(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " (\\d+)").matcher(text);
        assertTrue(m.find(), label + " not in: " + text);
        return Long.parseLong(m.group(1));
    }

    @Test
    void nativeMemoryStopsAtTheAddressSpaceCap() throws Exception {
        // 64 MB blocks of native memory, never touched: only an address-space cap stops them
        String bomb = """
                long got = 0;
                try {
                    var f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
                    f.setAccessible(true);
                    var u = (sun.misc.Unsafe) f.get(null);
                    for (int i = 0; i < 100; i++) { u.allocateMemory(64L << 20); got += 64; }
                    System.out.println("native: all allocated");
                } catch (Throwable e) {
                    System.out.println("native: stopped at " + got + " MB by " + e.getClass().getSimpleName());
                }
                """;
        SubmissionResult r = grade(setup.config().sandbox(), bomb);
        String fb = r.feedback();
        assertFalse(fb.contains("native: all allocated"), fb);
        if (fb.contains("native: stopped at")) {
            assertTrue(number(fb, "native: stopped at") < 128 + Sandbox.Limits.NATIVE_MB, fb);
            assertEquals(4, r.score(), "the session survives: " + fb);
        } else {
            assertTrue(fb.contains("ran out of"), "the feedback names the memory limit: " + fb);
        }
    }

    @Test
    void diskWritesStopAtTheirCap() throws Exception {
        Path hostFile = Path.of("/tmp/baeum-disk-bomb-" + ProcessHandle.current().pid());
        String bomb = """
                for (String where : new String[] {System.getProperty("java.io.tmpdir") + "/big", "%s"}) {
                    long mb = 0;
                    try (var out = new java.io.FileOutputStream(where)) {
                        byte[] block = new byte[1 << 20];
                        for (; mb < 512; mb++) out.write(block);
                        System.out.println("disk: wrote all of " + where);
                    } catch (Throwable e) {
                        System.out.println("disk: " + where + " stopped at " + mb + " MB by " + e.getMessage());
                    }
                }
                """.formatted(hostFile);
        try {
            SubmissionResult r = grade(setup.config().sandbox(), bomb);
            String fb = r.feedback();
            assertFalse(fb.contains("disk: wrote all"), fb);
            assertTrue(number(fb, "/big stopped at") <= Sandbox.Limits.DISK_MB, fb);
            assertTrue(number(fb, hostFile + " stopped at") <= Sandbox.Limits.DISK_MB, fb);
            assertEquals(4, r.score(), fb);
            if (setup.config().sandbox() == Sandbox.BWRAP) assertFalse(Files.exists(hostFile), "bubblewrap's /tmp is private");
            else assertTrue(!Files.exists(hostFile) || Files.size(hostFile) <= (long) Sandbox.Limits.DISK_MB << 20);
        } finally {
            Files.deleteIfExists(hostFile);
        }
    }

    /** A daemon that double-forks (no longer a descendant of the worker) dies with its worker. */
    @Test
    void aDoubleForkedDaemonDiesWithTheWorker() throws Exception {
        assumeTrue(Sandbox.isRoot(), "the worker runs under a uid of its own only as root");
        for (Sandbox mode : new Sandbox[] {Sandbox.SETPRIV, Sandbox.BWRAP}) {
            if (mode == Sandbox.BWRAP && Sandbox.detect() != Sandbox.BWRAP) continue;
            String tag = String.valueOf(31_000 + (int) (Math.random() * 1000));
            String daemon = """
                    new ProcessBuilder("/bin/sh", "-c", "(setsid /bin/sleep %s </dev/null >/dev/null 2>&1 &)")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                    System.out.println("daemon: forked");
                    """.formatted(tag);
            SubmissionResult r = grade(mode, daemon);
            assertEquals(4, r.score(), r.feedback());
            assertTrue(r.feedback().contains("daemon: forked"), r.feedback());
            Thread.sleep(300);
            assertFalse(sleeping(tag), mode + ": the daemon outlived its worker");
        }
    }

    private static boolean sleeping(String tag) throws Exception {
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    if (Files.readString(p.resolve("cmdline")).replace('\0', ' ').contains("sleep " + tag)) return true;
                } catch (java.io.IOException e) {
                    // gone
                }
            }
        }
        return false;
    }

    /** No network in bubblewrap or setpriv (not even 127.0.0.1); open without a sandbox, as documented. */
    @Test
    void theNetworkIsClosedInEachSandbox() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            Thread.ofPlatform().daemon().start(() -> {
                while (!server.isClosed()) {
                    try (var s = server.accept()) {
                        accepted.incrementAndGet();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            String probe = """
                    try (var s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress("127.0.0.1", %d), 2000);
                        System.out.println("net: connected");
                    } catch (Exception e) {
                        System.out.println("net: refused " + e.getClass().getSimpleName());
                    }
                    """.formatted(server.getLocalPort());
            for (Sandbox mode : Sandbox.values()) {
                if (mode == Sandbox.BWRAP && Sandbox.detect() != Sandbox.BWRAP) continue;
                if (mode == Sandbox.SETPRIV && Sandbox.SETPRIV.unavailable() != null) continue;
                int before = accepted.get();
                String fb = grade(mode, probe).feedback();
                if (mode == Sandbox.NONE) {
                    assertTrue(fb.contains("net: connected"), "without a sandbox the network is open: " + fb);
                } else {
                    assertTrue(fb.contains("net: refused"), mode + ": " + fb);
                    Thread.sleep(200);
                    assertEquals(before, accepted.get(), mode + " reached the grader's machine");
                }
            }
        }
    }
}
