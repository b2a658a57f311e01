package baeum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JVM itself is guarded (the exit agent): no path to System.exit or Runtime.halt ends the
 * kernel, and interrupts, threads and memory behave, all over the real protocol.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelGuardTest {
    private KernelClient k;

    @BeforeAll
    void start() throws Exception {
        k = KernelClient.start(List.of("-Xmx512m"));
        assertEquals("2", k.execute("1 + 1").value());
    }

    @AfterAll
    void stop() {
        k.close();
    }

    private void assertBlockedAndAlive(String code, String call) throws Exception {
        KernelClient.Result r = k.execute(code);
        assertEquals("error", r.status(), code + ": " + r.reply());
        assertEquals("ExitBlockedError", r.reply().path("ename").asText(), code + ": " + r.reply());
        assertTrue(r.reply().path("evalue").asText().startsWith(call + "("), r.reply().toString());
        assertTrue(r.reply().path("evalue").asText().contains("restart the kernel"), r.reply().toString());
        assertTrue(k.process().isAlive(), "the kernel died after " + code);
        assertEquals("7", k.execute("3 + 4").value(), "alive after " + code);
    }

    @Test
    void exitThroughReflectionMethodHandlesAndLibraryCodeIsBlocked() throws Exception {
        assertBlockedAndAlive("System.class.getMethod(\"exit\", int.class).invoke(null, 0);", "System.exit");
        assertBlockedAndAlive("Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 0);",
                "Runtime.halt");
        assertBlockedAndAlive("""
                import java.lang.invoke.*;
                MethodHandles.lookup().findVirtual(Runtime.class, "halt", MethodType.methodType(void.class, int.class))
                        .invoke(Runtime.getRuntime(), 0);""", "Runtime.halt");
        assertBlockedAndAlive("""
                java.lang.invoke.MethodHandles.publicLookup().findStatic(System.class, "exit",
                        java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(5);""", "System.exit");
        assertBlockedAndAlive("testlib.ExitingLibrary.quit(0);", "System.exit");
        assertBlockedAndAlive("testlib.ExitingLibrary.halt();", "Runtime.halt");
    }

    @Test
    void threadsACellStartedCannotEndTheKernelEither() throws Exception {
        KernelClient.Result r = k.execute("""
                var t = new Thread(() -> testlib.ExitingLibrary.quit(9));
                t.start();
                t.join();
                var v = Thread.ofVirtual().start(() -> testlib.ExitingLibrary.halt());
                v.join();
                var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
                pool.submit(() -> { testlib.ExitingLibrary.quit(3); return 1; });
                pool.shutdown();
                pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)""");
        assertEquals("ok", r.status(), r.reply().toString());
        Thread.sleep(300);
        assertTrue(k.process().isAlive());
        assertEquals("8", k.execute("4 + 4").value());
    }
}
