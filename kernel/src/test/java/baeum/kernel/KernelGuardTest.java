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

    @Test
    void interruptWithNoCellRunningStopsTheThreadsCellsStartedAndThreadsListsThem() throws Exception {
        KernelClient.Result started = k.execute("""
                var spinner = new Thread(() -> { long n = 0; while (true) n++; }, "spinner");
                spinner.start();
                var sleeper = new Thread(() -> {
                    while (true) { try { Thread.sleep(50); } catch (InterruptedException e) { } }
                }, "sleeper");
                sleeper.start();
                var m1 = randn(600, 600); var m2 = randn(600, 600);
                var multiplier = new Thread(() -> { while (true) m1.matmul(m2); }, "multiplier");
                multiplier.start();""");
        assertEquals("ok", started.status(), started.reply().toString());
        String listed = k.execute("%threads").stdout();
        for (String name : List.of("spinner", "sleeper", "multiplier")) assertTrue(listed.contains(name), listed);
        assertTrue(listed.contains("in cell code"), listed);

        long t0 = System.nanoTime();
        KernelClient.Result interrupt = k.await(k.sendControl("interrupt_request", KernelClient.content()),
                java.time.Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals("ok", interrupt.status());
        Thread.sleep(200);
        String note = k.allIopub().stream().filter(m -> m.type().equals("stream"))
                .map(m -> m.content().path("text").asText()).filter(t -> t.contains("[interrupt:")).findFirst().orElse("");
        assertTrue(note.contains("stopped 3 threads") && note.contains("spinner"), note);
        assertEquals("false false false", k.execute("spinner.isAlive() + \" \" + sleeper.isAlive() + \" \" + multiplier.isAlive()")
                .value().replace("\"", ""));
        String after = k.execute("%threads").stdout();
        assertTrue(after.contains("No thread"), after);
        System.out.printf("interrupt with no cell running: 3 threads stopped in %.2f s%n", seconds);
    }

    @Test
    void aLongMatmulStopsSoonAfterAnInterrupt() throws Exception {
        // 250 GFLOP: several seconds on two cores, so that the interrupt comes while it runs
        // (4000x4000 finished within the 1.5 s this test used to wait on a quiet machine)
        assertEquals("ok", k.execute("var big1 = randn(5000, 5000); var big2 = randn(5000, 5000);").status());
        String id = k.sendExecute("var product = big1.matmul(big2);");
        Thread.sleep(800);
        long t0 = System.nanoTime();
        k.sendControl("interrupt_request", KernelClient.content());
        KernelClient.Result r = k.await(id, java.time.Duration.ofSeconds(60));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals("error", r.status(), "the matmul finished before the interrupt: " + r.reply());
        System.out.printf("5000x5000 matmul: interrupt to idle %.3f s (%s)%n", seconds, r.reply().path("ename").asText());
        assertTrue(seconds < 2.0, "took " + seconds + " s to stop");
        assertEquals("9", k.execute("4 + 5").value());
    }
}
