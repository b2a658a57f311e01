package baeum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every request type a notebook sends, against the real kernel over the real protocol. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelRequestsTest {
    private KernelClient k;
    private KernelClient.Result firstCell;

    @BeforeAll
    void start() throws Exception {
        k = KernelClient.start(List.of("-Xmx512m"));
        firstCell = k.execute("randn(2, 3)");
    }

    @Test
    void theDslIsPreloadedForTheFirstCell() {
        assertEquals("ok", firstCell.status(), firstCell.iopub().toString());
        assertTrue(firstCell.value().startsWith("tensor([["), firstCell.value());
        assertEquals("", firstCell.stderr(), "the preload reported problems");
    }

    @Test
    void resultsRenderRichlyAndDisplayUpdatesInPlace() throws Exception {
        KernelClient.Result t = k.execute("randn(2, 3)");
        JsonNode data = t.of("execute_result").getFirst().content().path("data");
        assertTrue(data.path("text/plain").asText().startsWith("tensor([["), data.toString());
        assertTrue(data.path("text/html").asText().contains("baeum-tensor-table"), data.toString());

        KernelClient.Result d = k.execute("var handle = display(\"first\");\nhandle.update(\"second\");\ndisplay(\"third\")");
        assertNull(d.value(), "display(x) as the last expression shows no Out[]");
        List<JsonNode> shown = d.of("display_data").stream().map(m -> (JsonNode) m.content()).toList();
        assertEquals(2, shown.size(), d.iopub().toString());
        String id = shown.get(0).path("transient").path("display_id").asText();
        assertFalse(id.isEmpty());
        JsonNode update = d.of("update_display_data").getFirst().content();
        assertEquals(id, update.path("transient").path("display_id").asText());
        assertTrue(update.path("data").path("text/plain").asText().contains("second"), update.toString());
    }

    @Test
    void contributedPreloadsRunToo() throws Exception {
        assertEquals("42", k.execute("preloadProbe()").value(), "META-INF/baeum/preload.jsh of the class path");
    }

    @Test
    void dslErrorsReadAsTheEngineWroteThemWithUserAndDslFramesOnly() throws Exception {
        KernelClient.Result r = k.execute("var a = randn(2, 3);\na.matmul(randn(4, 5))");
        assertEquals("TensorError", r.reply().path("ename").asText());
        assertTrue(r.reply().path("evalue").asText().startsWith("matmul: cannot multiply (2, 3) and (4, 5)"),
                r.reply().toString());
        String tb = traceback(r);
        assertTrue(tb.contains("at baeum."), tb);
        assertTrue(tb.contains("line 2)\n      a.matmul(randn(4, 5))"), tb);
        assertFalse(tb.contains("baeum.kernel") || tb.contains("jdk.") || tb.contains("java.base"), tb);
    }

    @Test
    void seedMagicMakesRandomCellsRepeat() throws Exception {
        String first = k.execute("%seed 3\nrandn(4)").value();
        String again = k.execute("%seed 3\nrandn(4)").value();
        assertEquals(first, again);
        assertTrue(k.execute("%seed 3").stdout().contains("Seed set to 3"));
    }

    @Test
    void langMagicSwitchesTheToolsLanguage() throws Exception {
        assertTrue(k.execute("%lang ko").stdout().contains("언어: 한국어"));
        assertTrue(k.execute("explainBroadcast(shape(2, 3), shape(3))").value().contains("결과"));
        assertTrue(k.execute("%lang en").stdout().contains("Language: English"));
        assertTrue(k.execute("explainBroadcast(shape(2, 3), shape(3))").value().contains("result"));
        assertEquals("\"en\"", k.execute("%lang").value());
        assertTrue(k.execute("%lang fr").reply().path("evalue").asText().contains("%lang needs ko or en"));
    }

    @Test
    void inspectShowsTheDslJavadocSummary() throws Exception {
        JsonNode r = k.request("inspect_request", KernelClient.content().put("code", "randn(2, 3)").put("cursor_pos", 5)
                .put("detail_level", 0)).reply();
        String text = r.path("data").path("text/plain").asText();
        assertTrue(text.contains("randn(int... shape)"), text);
        assertTrue(text.contains("N(0, 1) samples, float32."), text);
    }

    @AfterAll
    void stop() {
        k.close();
    }

    @Test
    void kernelInfoDescribesJava() throws Exception {
        JsonNode r = k.request("kernel_info_request", KernelClient.content()).reply();
        assertEquals("ok", r.path("status").asText());
        assertEquals("5.4", r.path("protocol_version").asText());
        assertEquals("java", r.path("language_info").path("name").asText());
        assertEquals(".jshell", r.path("language_info").path("file_extension").asText());
        assertTrue(r.path("banner").asText().contains("Baeum"));
        assertTrue(r.path("help_links").size() >= 1);
    }

    @Test
    void executeShowsTheValueOfAFinalExpressionOnly() throws Exception {
        KernelClient.Result r = k.execute("int a = 20;\nint b = 22;\na + b");
        assertEquals("ok", r.status());
        assertEquals("42", r.value());
        assertEquals(1, r.of("execute_input").size());
        assertEquals(r.reply().path("execution_count").asInt(),
                r.of("execute_result").getFirst().content().path("execution_count").asInt());
        assertNull(k.execute("int c = 1;").value(), "a declaration shows no result");
        assertEquals("1", k.execute("c").value(), "a variable's name shows its value");
        assertEquals("2", k.execute("c + 1;").value(), "a final ';' still shows the value (Java habit)");
        assertNull(k.execute("System.out.printf(\"%d%n\", c);").value(), "printf's PrintStream is not shown");
        assertNull(k.execute("System.out.format(\"%d%n\", c)").value(), "nor format's");
    }

    @Test
    void stdoutStreamsLiveAndBatched() throws Exception {
        KernelClient.Result slow = k.execute(
                "for (int i = 0; i < 3; i++) { System.out.println(\"tick \" + i); Thread.sleep(250); }");
        assertEquals("tick 0\ntick 1\ntick 2\n", slow.stdout());
        assertTrue(slow.of("stream").size() >= 2, "printed while running, not only at the end: " + slow.iopub());

        KernelClient.Result many = k.execute("for (int i = 0; i < 1000; i++) System.out.println(\"line \" + i);");
        assertEquals(1000, many.stdout().lines().count());
        assertTrue(many.of("stream").size() <= 3, "1000 lines in few messages, got " + many.of("stream").size());

        KernelClient.Result both = k.execute("System.out.print(\"out\"); System.err.print(\"err\"); System.out.print(\"!\");");
        assertEquals("out!", both.stdout());
        assertEquals("err", both.stderr());
    }

    @Test
    void compileErrorShowsCellLineSourceAndCaret() throws Exception {
        KernelClient.Result r = k.execute("int ok = 1;\nint bad = \"text\";");
        assertEquals("error", r.status());
        assertEquals("CompileError", r.reply().path("ename").asText());
        String tb = traceback(r);
        assertTrue(tb.contains("line 2"), tb);
        assertTrue(tb.contains("    int bad = \"text\";"), tb);
        assertTrue(tb.contains("          \u001b[0;31m^^^^^^"), "caret under \"text\": " + tb);
        assertTrue(tb.contains("incompatible types: java.lang.String cannot be converted to int"), tb);
    }

    @Test
    void runtimeErrorShowsTypeMessageAndOnlyUserFrames() throws Exception {
        k.execute("int divide(int a, int b) {\n  return a / b;\n}");
        KernelClient.Result r = k.execute("int x = 1;\ndivide(x, 0)");
        assertEquals("error", r.status());
        assertEquals("ArithmeticException", r.reply().path("ename").asText());
        assertEquals("/ by zero", r.reply().path("evalue").asText());
        String tb = traceback(r);
        assertTrue(tb.startsWith("\u001b[0;31m\u001b[1mArithmeticException\u001b[0m: / by zero"), tb);
        assertTrue(tb.contains("at divide (In ["), tb);
        assertTrue(tb.contains("line 2)\n      return a / b;"), tb);
        assertFalse(tb.contains("jdk.jshell") || tb.contains("baeum.kernel") || tb.contains("java.lang.reflect"), tb);
    }

    @Test
    void redefiningMethodsClassesAndVariablesReplacesThem() throws Exception {
        k.execute("int sq(int v) { return v * v; }");
        assertEquals("9", k.execute("sq(3)").value());
        k.execute("int sq(int v) { return v * v * v; }");
        assertEquals("27", k.execute("sq(3)").value());
        k.execute("var thing = 1;");
        k.execute("String thing = \"now text\";");
        assertEquals("\"now text\"", k.execute("thing").value());
        k.execute("record Pt(int x) {}");
        k.execute("record Pt(int x, int y) {}");
        assertEquals("Pt[x=1, y=2]", k.execute("new Pt(1, 2)").value());
        KernelClient.Result mutual = k.execute(
                "class Ping { Pong next() { return new Pong(); } }\nclass Pong { Ping next() { return new Ping(); } }\n"
                        + "new Ping().next().next() instanceof Ping");
        assertEquals("true", mutual.value(), mutual.iopub().toString());
    }

    @Test
    void completionCoversJdkAndUserNamesWithTheRightSpan() throws Exception {
        k.execute("int myCounter = 1;");
        String code = "int n = 1;\n\"😀\".toUpp";
        JsonNode r = complete(code, null);
        assertEquals("ok", r.path("status").asText());
        assertTrue(r.path("matches").toString().contains("toUpperCase("), r.toString());
        int end = code.codePointCount(0, code.length());
        assertEquals(end, r.path("cursor_end").asInt());
        assertEquals(end - "toUpp".length(), r.path("cursor_start").asInt(), "code points, not UTF-16 units");
        JsonNode mine = complete("int a = 1;\nmyCou", null);
        assertTrue(mine.path("matches").toString().contains("myCounter"), mine.toString());
        assertEquals("int a = 1;\n".length(), mine.path("cursor_start").asInt());
    }

    @Test
    void inspectGivesSignatureAndJavadocSummary() throws Exception {
        String code = "Math.max(3, 4)";
        JsonNode r = k.request("inspect_request", KernelClient.content().put("code", code).put("cursor_pos", 8)
                .put("detail_level", 0)).reply();
        assertEquals("ok", r.path("status").asText());
        assertTrue(r.path("found").asBoolean(), r.toString());
        String text = r.path("data").path("text/plain").asText();
        assertTrue(text.contains("int Math.max(int a, int b)"), text);
        assertTrue(text.contains("Returns the greater of two"), text);
        JsonNode none = k.request("inspect_request", KernelClient.content().put("code", "   ").put("cursor_pos", 1)).reply();
        assertFalse(none.path("found").asBoolean());
    }

    @Test
    void isCompleteTellsCompleteIncompleteAndInvalid() throws Exception {
        assertEquals("complete", isComplete("int x = 1;").path("status").asText());
        JsonNode open = isComplete("for (int i = 0; i < 3; i++) {");
        assertEquals("incomplete", open.path("status").asText());
        assertEquals("    ", open.path("indent").asText());
        assertEquals("invalid", isComplete("int x = 1; )").path("status").asText());
        assertEquals("complete", isComplete("%time").path("status").asText());
        assertEquals("incomplete", isComplete("%%time\nfor (int i = 0; i < 3; i++) {").path("status").asText());
    }

    @Test
    void historyReturnsThePastInputs() throws Exception {
        k.execute("int h1 = 1;");
        k.execute("int h2 = 2;");
        JsonNode r = k.request("history_request", KernelClient.content().put("hist_access_type", "tail").put("n", 2)
                .put("output", false).put("raw", true)).reply();
        assertEquals("ok", r.path("status").asText());
        assertEquals(2, r.path("history").size());
        assertEquals("int h2 = 2;", r.path("history").get(1).get(2).asText());
        JsonNode search = k.request("history_request", KernelClient.content().put("hist_access_type", "search")
                .put("pattern", "int h1*").put("output", false).put("raw", true)).reply();
        assertEquals("int h1 = 1;", search.path("history").get(0).get(2).asText());
    }

    @Test
    void userExpressionsAreEvaluatedAfterTheCell() throws Exception {
        JsonNode reply = k.request("execute_request", KernelClient.content().put("code", "int ue = 6;").put("silent", false)
                .set("user_expressions", KernelClient.content().put("twice", "ue * 2").put("bad", "nope + 1"))).reply();
        assertEquals("ok", reply.path("status").asText());
        assertEquals("12", reply.path("user_expressions").path("twice").path("data").path("text/plain").asText());
        assertEquals("error", reply.path("user_expressions").path("bad").path("status").asText());
    }

    @Test
    void afterAnErrorTheCellsQueuedBehindItAreAborted() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        // the failing cell sleeps first, so the two behind it are surely queued when it fails (on a busy
        // machine a bare 1 / 0 could fail before the test's next send reached the kernel)
        for (String code : List.of("Thread.sleep(500); int boom = 1 / 0;", "int queued = 1;", "int queued2 = 2;")) {
            ids.add(k.send("execute_request", KernelClient.content().put("code", code).put("silent", false)
                    .put("stop_on_error", true)));
        }
        assertEquals("error", k.await(ids.get(0), java.time.Duration.ofSeconds(30)).status());
        assertEquals("aborted", k.await(ids.get(1), java.time.Duration.ofSeconds(30)).status());
        assertEquals("aborted", k.await(ids.get(2), java.time.Duration.ofSeconds(30)).status());
        assertEquals("ok", k.execute("int later = 3;").status(), "a cell sent after the error runs");
    }

    @Test
    void commInfoAnswersWithNoComms() throws Exception {
        JsonNode r = k.request("comm_info_request", KernelClient.content()).reply();
        assertEquals("ok", r.path("status").asText());
        assertTrue(r.path("comms").isObject() && r.path("comms").isEmpty());
    }

    @Test
    void magicsRunAndUnknownOnesListTheKnown() throws Exception {
        KernelClient.Result time = k.execute("%time 6 * 7");
        assertTrue(time.stdout().startsWith("Wall time: "), time.stdout());
        assertEquals("42", time.value());
        KernelClient.Result cellTime = k.execute("%%time\nint t1 = 1;\nt1 + 1");
        assertTrue(cellTime.stdout().contains("Wall time"), cellTime.stdout());
        KernelClient.Result timeit = k.execute("%timeit Math.sqrt(2.0)");
        assertTrue(timeit.stdout().matches("(?s).* ± .* per loop \\(mean ± std\\. dev\\. of \\d+ runs?, [\\d,]+ loops? each\\)\n"),
                timeit.stdout());
        k.execute("double whoVar = 1.5;");
        assertTrue(k.execute("%who").stdout().matches("(?s).*whoVar\\s+double.*"));
        assertTrue(k.execute("%lsmagic").stdout().contains("%timeit"));
        KernelClient.Result unknown = k.execute("%nosuch 1");
        assertEquals("UnknownMagic", unknown.reply().path("ename").asText());
        assertTrue(unknown.reply().path("evalue").asText().contains("%timeit"), unknown.reply().toString());
        KernelClient.Result mixed = k.execute("int before = 1;\n%time int during = before + 1;\nduring + 1");
        assertEquals("3", mixed.value(), mixed.iopub().toString());
    }

    @Test
    void loadAndClasspathMagicsBringInCode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path jsh = dir.resolve("helpers.jsh");
        java.nio.file.Files.writeString(jsh, "int twice(int v) { return 2 * v; }\n");
        assertEquals("ok", k.execute("%load " + jsh).status());
        assertEquals("10", k.execute("twice(5)").value());

        java.nio.file.Path src = dir.resolve("src/demo/Hello.java");
        java.nio.file.Files.createDirectories(src.getParent());
        java.nio.file.Files.writeString(src, "package demo; public class Hello { public static String hi() { return \"hi\"; } }");
        java.nio.file.Path classes = dir.resolve("classes");
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc);
        KernelClient.Result added = k.execute("%classpath " + classes);
        assertEquals("ok", added.status(), added.iopub().toString());
        assertEquals("\"hi\"", k.execute("demo.Hello.hi()").value());
    }

    @Test
    void interruptStopsABusyLoopAndASleepKeepingVariables() throws Exception {
        k.execute("int kept = 7;");
        for (String code : List.of("while (true) {}", "Thread.sleep(100_000);")) {
            String id = k.sendExecute(code);
            Thread.sleep(400);
            long asked = System.nanoTime();
            k.await(k.sendControl("interrupt_request", KernelClient.content()), java.time.Duration.ofSeconds(5));
            KernelClient.Result r = k.await(id, java.time.Duration.ofSeconds(5));
            double seconds = (System.nanoTime() - asked) / 1e9;
            assertTrue(seconds < 1.0, code + " stopped after " + seconds + " s");
            assertEquals("Interrupted", r.reply().path("ename").asText(), r.reply().toString());
        }
        assertEquals("7", k.execute("kept").value());
        String alive = k.execute("Thread.getAllStackTraces().keySet().stream().filter(t -> t != Thread.currentThread()"
                + " && t.getThreadGroup() != null && t.getThreadGroup().getName().startsWith(\"JShell\")).count()").value();
        assertEquals("0", alive, "no snippet thread left running");
    }

    private JsonNode complete(String code, Integer cursor) throws Exception {
        int pos = cursor != null ? cursor : code.codePointCount(0, code.length());
        return k.request("complete_request", KernelClient.content().put("code", code).put("cursor_pos", pos)).reply();
    }

    private JsonNode isComplete(String code) throws Exception {
        return k.request("is_complete_request", KernelClient.content().put("code", code)).reply();
    }

    static String traceback(KernelClient.Result r) {
        StringBuilder sb = new StringBuilder();
        r.reply().path("traceback").forEach(l -> sb.append(sb.isEmpty() ? "" : "\n").append(l.asText()));
        return sb.toString();
    }
}
