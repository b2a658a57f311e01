package baeum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.kernel.protocol.Message;
import baeum.kernel.protocol.Signer;
import baeum.kernel.protocol.WireCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A cell, or a broken client, cannot kill the kernel. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelRobustnessTest {
    private KernelClient k;

    @BeforeAll
    void start() throws Exception {
        k = KernelClient.start(List.of("-Xmx256m"));
        assertEquals("2", k.execute("1 + 1").value());
    }

    @AfterAll
    void stop() {
        k.close();
    }

    @Test
    void exitAndHaltFailTheCellAndTheKernelLives() throws Exception {
        for (String code : List.of("System.exit(3);", "Runtime.getRuntime().halt(0);", "Runtime.getRuntime().exit(1);",
                "Runnable r = () -> System.exit(4); r.run();")) {
            KernelClient.Result r = k.execute(code);
            assertEquals("error", r.status(), code);
            assertEquals("ExitBlockedError", r.reply().path("ename").asText(), code);
            assertTrue(r.reply().path("evalue").asText().contains("restart the kernel"), r.reply().toString());
            assertEquals("3", k.execute("1 + 2").value(), "alive after " + code);
        }
    }

    @Test
    void outOfMemoryAndStackOverflowLeaveAWorkingKernel() throws Exception {
        KernelClient.Result oom = k.execute(
                "{ var hog = new ArrayList<long[]>(); while (true) hog.add(new long[1 << 20]); }");
        assertEquals("OutOfMemoryError", oom.reply().path("ename").asText(), oom.reply().toString());
        assertEquals("4", k.execute("2 + 2").value());

        k.execute("int down(int n) { return down(n + 1) + 1; }");
        KernelClient.Result soe = k.execute("down(0)");
        assertEquals("StackOverflowError", soe.reply().path("ename").asText());
        String tb = KernelRequestsTest.traceback(soe);
        assertTrue(tb.contains("repeated"), tb);
        assertTrue(tb.lines().count() < 40, "a short traceback: " + tb.lines().count() + " lines");
        assertEquals("5", k.execute("2 + 3").value());
    }

    @Test
    void badSignaturesAndBrokenJsonAreDroppedAndEveryChannelKeepsWorking() throws Exception {
        Signer wrongKey = new Signer("hmac-sha256", "not-the-key");
        Message forged = Message.reply(null, "s", "execute_request",
                KernelClient.content().put("code", "System.out.println(\"forged\")").put("silent", false));
        k.sendRaw(new WireCodec(wrongKey).encode(forged));
        List<byte[]> broken = new ArrayList<>(List.of("<IDS|MSG>".getBytes(StandardCharsets.US_ASCII)));
        broken.add(new byte[0]);
        broken.add("{not json".getBytes(StandardCharsets.UTF_8));
        broken.add("{}".getBytes(StandardCharsets.UTF_8));
        broken.add("{}".getBytes(StandardCharsets.UTF_8));
        broken.add("{}".getBytes(StandardCharsets.UTF_8));
        k.sendRaw(broken);
        k.sendRaw(List.of("<IDS|MSG>".getBytes(StandardCharsets.US_ASCII)));
        k.sendControlRaw(new WireCodec(wrongKey).encode(forged));

        assertEquals("ok", k.request("kernel_info_request", KernelClient.content()).status());
        assertEquals("ok", k.await(k.sendControl("kernel_info_request", KernelClient.content()), Duration.ofSeconds(10)).status());
        assertTrue(k.heartbeat(Duration.ofSeconds(5)));
        assertEquals("6", k.execute("3 + 3").value());
        assertFalse(k.allIopub().stream().anyMatch(m -> m.id().equals(forged.id())
                || m.parentHeader().path("msg_id").asText().equals(forged.id())), "the forged request ran");
        assertTrue(k.log().contains("bad signature"), k.log());
    }

    @Test
    void anOutputFloodIsCappedWithANote() throws Exception {
        long start = System.nanoTime();
        KernelClient.Result r = k.execute("for (int i = 0; i < 1_000_000; i++) System.out.println(i);");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("ok", r.status());
        long sent = r.of("stream").stream().mapToLong(m -> m.content().path("text").asText().length()).sum();
        assertTrue(sent < 1_200_000, "capped, but " + sent + " chars were sent");
        assertTrue(r.stdout().contains("output limit reached"), "a note where output stops");
        assertTrue(r.stderr().contains("more lines"), r.stderr());
        assertTrue(seconds < 20, "took " + seconds + " s");
        assertEquals("1", k.execute("int after = 1; after").value());
    }

    /** Last: ends the kernel. */
    @Test
    @Order(Integer.MAX_VALUE)
    void shutdownEndsTheProcessWithinASecond() throws Exception {
        KernelClient.Result r = k.await(k.sendControl("shutdown_request", KernelClient.content().put("restart", false)),
                Duration.ofSeconds(10));
        long replied = System.nanoTime();
        assertEquals("ok", r.status());
        assertTrue(k.process().waitFor(1, TimeUnit.SECONDS), "still running 1 s after the reply");
        assertTrue((System.nanoTime() - replied) / 1e9 < 1.0);
    }
}
