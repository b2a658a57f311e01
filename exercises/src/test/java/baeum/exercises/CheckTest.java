package baeum.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.grade.Submissions;
import java.io.File;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * check() in a real JShell session with local execution, as the kernel runs it: it finds the
 * student's latest definitions (redefinitions, rejected edits) and reports text and HTML.
 */
class CheckTest {

    private static JShell js;

    @BeforeAll
    static void session() {
        js = JShell.builder().executionEngine("local").build();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) js.addToClasspath(e);
        eval("import baeum.tensor.*;");
        eval("import static baeum.Baeum.*;");
        eval("import static baeum.exercises.Check.*;");
        eval("language(\"en\");");   // the wording below is English, whatever BAEUM_LANG says
    }

    @AfterAll
    static void close() {
        js.close();
    }

    /** Evaluates one snippet; returns its value as JShell shows it. */
    private static String eval(String code) {
        List<SnippetEvent> events = js.eval(code);
        SnippetEvent e = events.getFirst();
        if (e.status() == Snippet.Status.REJECTED) return "REJECTED";
        if (e.exception() != null) throw new AssertionError(code + " threw " + e.exception(), e.exception());
        return e.value();
    }

    /** Evaluates a definition that must compile. */
    private static void define(String code) {
        SnippetEvent e = js.eval(code).getFirst();
        if (e.status() != Snippet.Status.VALID)
            throw new AssertionError(code + ": " + e.status() + " " + js.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
    }

    private static String report(String call) {
        eval("var r = " + call + ";");
        return eval("r.toString()");
    }

    @Test
    void checkFollowsTheLatestDefinition() {
        define("Tensor sigmoid(Tensor x) {\n    throw new UnsupportedOperationException(\"not done yet: ch04_sigmoid\");\n}");
        String stub = report("check(\"ch04_sigmoid\")");
        assertTrue(stub.contains("ch04_sigmoid: 0/2 public tests passed; 2 hidden tests will run at grading"), stub);
        assertTrue(stub.contains("not done yet: ch04_sigmoid"), "the stub's message reaches the student: " + stub);

        define("Tensor sigmoid(Tensor x) { return x.neg().exp().add(1).pow(-1); }");
        String ok = report("check(\"ch04_sigmoid\")");
        assertTrue(ok.contains("2/2 public tests passed"), ok);
        assertEquals("true", eval("r.passed()"));

        define("Tensor sigmoid(Tensor x) { return x.mul(0.5); }");
        String wrong = report("check(\"ch04_sigmoid\")");
        assertTrue(wrong.contains("values differ at [0]: expected 0.11920292 but got -1.0 (shape (3))"), wrong);

        assertEquals("REJECTED", eval("Tensor sigmoid(Tensor x) { return x.neg().exp().add(1).pow(-1) }"));
        assertTrue(report("check(\"ch04_sigmoid\")").contains("0.11920292 but got -1.0"), "a rejected edit keeps the last definition");

        for (int i = 0; i < 30; i++) define("Tensor sigmoid(Tensor x) { return x.mul(" + i + "); }");
        define("Tensor sigmoid(Tensor x) { return x.neg().exp().add(1).pow(-1); }");
        assertTrue(report("check(\"ch04_sigmoid\")").contains("2/2 public tests passed"), "after 31 redefinitions (suffix BF)");
    }

    @Test
    void checkSaysWhenTheBuiltInIsUsedInsteadOfWrittenByHand() {
        define("Tensor sigmoid(Tensor x) { return x.sigmoid(); }");
        String cheat = report("check(\"ch04_sigmoid\")");
        assertTrue(cheat.contains("sigmoid") && cheat.contains("which this exercise does not allow"), cheat);
        assertEquals("false", eval("r.passed()"));

        define("Tensor sigmoid(Tensor x) { return x.neg().exp().add(1).pow(-1); }");
        String own = report("check(\"ch04_sigmoid\")");
        assertFalse(own.contains("does not allow"), own);
        assertEquals("true", eval("r.passed()"));
    }

    @Test
    void theReportSpeaksKoreanWithTheSameMarks() {
        define("Tensor sigmoid(Tensor x) { return x.neg().exp().add(1).pow(-1); }");
        eval("language(\"ko\");");
        try {
            String ko = report("check(\"ch04_sigmoid\")");
            assertTrue(ko.contains("ch04_sigmoid: 공개 테스트 2/2개 통과 ✓; 채점 때 숨은 테스트 2개가 더 실행됩니다"), ko);
            assertTrue(ko.contains("  ✓ "), ko);
        } finally {
            eval("language(\"en\");");
        }
    }

    @Test
    void checkExplainsShapesAndMissingMethods() {
        define("Tensor relu(Tensor x) { return x.flatten().maskedFill(x.flatten().lt(0), 0); }");
        String text = report("check(\"ch04_relu\")");
        assertTrue(text.contains("expected shape (2, 2) but got shape (4)"), text);

        define("Tensor softmax(Tensor x, int dim) { return x.softmax(dim); }");
        String missing = report("check(\"ch04_softmax\")");
        assertTrue(missing.contains("no method softmax(Tensor) is defined; found only Tensor softmax(Tensor, int)"), missing);
    }

    @Test
    void checkAllGivesHtmlWithEveryExercise() {
        eval("var all = checkAll(\"ch04\");");
        String html = eval("all.toHtml()");
        for (String ex : List.of("ch04_sigmoid", "ch04_relu", "ch04_softmax")) assertTrue(html.contains("<b>" + ex + "</b>"), html);
        assertTrue(html.contains("hidden tests will run at grading"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void notebooksGetTheReportAsHtmlThroughTheDisplayRenderers() {
        eval("var shown = checkAll(\"ch04_relu\");");
        eval("var bundle = baeum.display.Renderers.render(shown);");
        assertEquals("true", eval("bundle.data().containsKey(\"text/html\")"));
        assertTrue(eval("bundle.data().get(\"text/html\").toString()").contains("baeum-check"));
        assertTrue(eval("bundle.data().get(\"text/plain\").toString()").contains("ch04_relu: "));
    }

    @Test
    void checkOutsideJShellSaysWhatToDo() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Check.check("ch04_sigmoid"));
        assertTrue(e.getMessage().contains("Check.check(exercise, student)"));
        assertNull(baeum.exercises.repl.SnippetClasses.from(String.class));
        assertTrue(Submissions.TEACHER.toFile().exists());
    }
}
