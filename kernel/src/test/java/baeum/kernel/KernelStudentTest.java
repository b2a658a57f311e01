package baeum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.kernel.protocol.Message;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What a student meets: reading System.in, inspection, tracebacks; over the real protocol. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelStudentTest {
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

    @Test
    void scannerReadsLinesFromTheFrontEndsInputBox() throws Exception {
        String id = k.sendExecute("""
                var in = new Scanner(System.in);
                System.out.print("Your name? ");
                String name = in.nextLine();
                int age = Integer.parseInt(in.nextLine().strip());
                "hello " + name + ", " + (age + 1)""", true);
        Message first = k.awaitInputRequest(Duration.ofSeconds(60));
        assertNotNull(first, "no input_request; log:\n" + k.log());
        assertEquals(id, first.parentHeader().path("msg_id").asText(), "input_request's parent is the cell");
        assertFalse(first.content().path("password").asBoolean());
        k.sendInputReply(first, "Ada");
        Message second = k.awaitInputRequest(Duration.ofSeconds(30));
        assertNotNull(second, "no second input_request");
        k.sendInputReply(second, "36");
        KernelClient.Result r = k.await(id, Duration.ofSeconds(60));
        assertEquals("ok", r.status(), r.reply().toString());
        assertTrue(r.value().contains("hello Ada, 37"), r.value());
        assertTrue(r.stdout().contains("Your name? "), "the prompt shows: " + r.stdout());
    }

    @Test
    void interruptWhileWaitingForInputStopsTheCell() throws Exception {
        String id = k.sendExecute("String never = new Scanner(System.in).nextLine();", true);
        Message request = k.awaitInputRequest(Duration.ofSeconds(60));
        assertNotNull(request, "no input_request");
        k.sendControl("interrupt_request", KernelClient.content());
        KernelClient.Result r = k.await(id, Duration.ofSeconds(30));
        assertEquals("Interrupted", r.reply().path("ename").asText(), r.reply().toString());
        assertEquals("5", k.execute("2 + 3").value());
    }

    @Test
    void withoutAnInputBoxReadingSaysSo() throws Exception {
        KernelClient.Result r = k.execute("new Scanner(System.in).nextLine()");
        assertEquals("error", r.status());
        String evalue = r.reply().path("evalue").asText();
        assertTrue(evalue.contains("without an input box") && evalue.contains("allow_stdin"), evalue);
        assertFalse(evalue.contains("No line found"), evalue);
        KernelClient.Result br = k.execute(
                "new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine()");
        assertTrue(br.reply().path("evalue").asText().contains("without an input box"), br.reply().toString());
        assertEquals("3", k.execute("1 + 2").value());
    }

    @Test
    void aVarInitializerErrorShowsNoWrapperFrameAndItsLineOnce() throws Exception {
        KernelClient.Result r = k.execute("int y = 1;\nvar x = Integer.parseInt(\"abc\");");
        assertEquals("NumberFormatException", r.reply().path("ename").asText(), r.reply().toString());
        String tb = KernelRequestsTest.traceback(r);
        assertFalse(tb.contains("do_it$") || tb.contains("$JShell"), tb);
        assertEquals(1, tb.split("Integer.parseInt\\(\"abc\"\\)", -1).length - 1, "the line once:\n" + tb);
        assertTrue(tb.contains("In [") && tb.contains("line 2)"), tb);
    }

    private String inspect(String code, int cursor) throws Exception {
        var r = k.request("inspect_request", KernelClient.content().put("code", code).put("cursor_pos", cursor)
                .put("detail_level", 0)).reply();
        assertEquals("ok", r.path("status").asText(), r.toString());
        return r.path("found").asBoolean() ? r.path("data").path("text/plain").asText() : "";
    }

    @Test
    void inspectAtABareNameShowsEveryOverload() throws Exception {
        assertEquals("ok", k.execute("var xm = randn(2, 2);").status());
        for (String code : List.of("tensor", "randn", "nn.linear", "xm.matmul", "var y = randn")) {
            String text = inspect(code, code.length());
            String name = code.substring(Math.max(code.lastIndexOf('.'), code.lastIndexOf(' ')) + 1);
            assertTrue(text.contains(name + "("), code + " -> " + text);
        }
        String mid = inspect("randn(2, 3)", 2);
        assertTrue(mid.contains("randn("), mid);
    }

    @Test
    void eachOverloadShowsItsOwnJavadoc() throws Exception {
        String text = inspect("tensor(1f)", 3);
        assertTrue(text.contains("An empty float32 tensor"), text);
        assertTrue(text.contains("A 0-d (scalar) float32 tensor"), text);
        assertTrue(text.contains("A 1-D float32 tensor of the values"), text);
        assertEquals("ok", k.execute("var xs = ones(2, 3);").status());
        String sums = inspect("xs.sum(0)", 5);
        assertTrue(sums.contains("The sum along dim, which disappears."), sums);
        assertTrue(sums.contains("kept as size 1"), sums);
    }
}
