package baeum.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/baeum hub} serves the course to several local users: each logs in through the hub,
 * gets a server with the released ch01 in ~/course and the Baeum kernel, runs a cell and a
 * {@code check()} through the kernel's websocket; idle kernels and servers are culled. The test
 * starts the hub and stops it.
 */
class HubTest {

    static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();
    static final Duration CELL = Duration.ofMinutes(2);

    @TempDir
    static Path state;
    static HubProcess hub;

    @BeforeAll
    static void startHub() throws Exception {
        // short culling times so that the test sees them; the server checks for idleness once a minute
        hub = new HubProcess(HOME, state, List.of("--lang", "en", "--chapters", "ch01", "--max-heap", "512m",
                "--cull-kernel", "20", "--cull-server", "10", "--password", "pw"));
    }

    @AfterAll
    static void stopHub() {
        if (hub != null) hub.close();
    }

    @Test
    void studentsLogInGetTheCourseRunCellsAndCheck() throws Exception {
        Map<String, String> gray = Student.solutions(HubClient.JSON.readTree(
                HOME.resolve("notebooks/en/ch01_tensors.ipynb").toFile()));
        List<Future<String>> students = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            for (String user : List.of("ana", "bo", "chen")) {
                students.add(pool.submit(() -> {
                    HubClient c = HubClient.login(hub.url, user, "pw");
                    c.startServer(Duration.ofMinutes(3));
                    // the released ch01 (the student version: stubs, no outputs) is in ~/course
                    JsonNode nb = c.get("api/contents/course/ch01_tensors.ipynb").path("content");
                    String released = nb.toString();
                    assertTrue(released.contains("not done yet: ch01_gray"), "the released notebook has the stub");
                    assertTrue(Files.isRegularFile(state.resolve("home").resolve(user).resolve("course/ch01_tensors.ipynb")));
                    try (KernelChannel k = c.connect(c.startKernel("baeum"))) {
                        KernelChannel.Result r = k.execute("var t = tensor(1f, 2f, 3f).mul(2);\nt.sum().item()", CELL);
                        assertTrue(r.ok(), r.error());
                        assertTrue(r.text().contains("12.0"), r.text());
                        // the stub fails check(); the answer passes it
                        k.execute(Student.source(cellOf(nb, "ch01_gray")), CELL);
                        KernelChannel.Result stub = k.execute("check(\"ch01_gray\")", CELL);
                        assertTrue(stub.text().contains("✗"), "the stub fails: " + stub.text());
                        assertTrue(k.execute(gray.get("ch01_gray"), CELL).ok());
                        KernelChannel.Result done = k.execute("check(\"ch01_gray\")", CELL);
                        assertTrue(done.ok(), done.error());
                        assertTrue(done.text().contains("ch01_gray") && !done.text().contains("✗"), done.text());
                    }
                    return user;
                }));
            }
            for (Future<String> f : students) f.get();
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        try {
            HubClient.login(hub.url, "mallory", "not-the-password");
            throw new AssertionError("logged in with a wrong password");
        } catch (java.io.IOException expected) {
            assertTrue(expected.getMessage().contains("login of mallory"), expected.getMessage());
        }
    }

    @Test
    void idleKernelsAndServersAreCulled() throws Exception {
        HubClient c = HubClient.login(hub.url, "dana", "pw");
        c.startServer(Duration.ofMinutes(3));
        String id = c.startKernel("baeum");
        try (KernelChannel k = c.connect(id)) {
            assertTrue(k.execute("1 + 1", CELL).ok());
            // the kernel goes after 20 s idle (checked every 10 s), though its websocket is open
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (c.get("api/kernels").size() > 0) {
                assertTrue(System.nanoTime() < deadline, "the idle kernel was not culled within 90 s");
                Thread.sleep(1000);
            }
        }
        // the server, without a kernel for 10 s, shuts down at its next minutely check; the hub sees it
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (c.serverReady()) {
            assertTrue(System.nanoTime() < deadline, "the idle server was not stopped within 150 s");
            Thread.sleep(2000);
        }
        assertFalse(c.hubUser().path("servers").has(""), c.hubUser().toString());
        // logging in again starts a new server that keeps the student's ~/course
        c.startServer(Duration.ofMinutes(3));
        assertEquals("ch01_tensors.ipynb", c.get("api/contents/course").path("content").get(0).path("name").asText());
    }

    static JsonNode cellOf(JsonNode nb, String gradeId) {
        for (JsonNode cell : nb.path("cells"))
            if (cell.path("metadata").path("nbgrader").path("grade_id").asText().equals(gradeId)) return cell;
        throw new AssertionError("no cell " + gradeId);
    }
}
