package baeum.exercises.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * check()'s guard in a real JShell session with local execution, as the kernel runs it: an
 * endless loop is stopped at the time limit (and the session still works), forbidden calls are
 * found in the compiled snippets, and checkAll() lists exercises in notebook order.
 */
class CheckGuardTest {

    private static JShell js;

    @BeforeAll
    static void session() {
        js = JShell.builder().executionEngine("local").build();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) js.addToClasspath(e);
        eval("import baeum.tensor.*;");
        eval("import static baeum.Baeum.*;");
        eval("import static baeum.exercises.Check.*;");
        eval("import baeum.exercises.repl.*;");
        eval("import baeum.exercises.tests.*;");
        eval("import java.util.List;");
        define("SnippetClasses here() { return SnippetClasses.from(java.lang.invoke.MethodHandles.lookup().lookupClass()); }");
    }

    @AfterAll
    static void close() {
        js.close();
    }

    private static String eval(String code) {
        SnippetEvent e = js.eval(code).getFirst();
        if (e.status() == Snippet.Status.REJECTED)
            throw new AssertionError(code + ": " + js.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
        if (e.exception() != null) throw new AssertionError(code + " threw " + e.exception(), e.exception());
        return e.value();
    }

    private static void define(String code) {
        eval(code);
    }

    @Test
    void anEndlessLoopIsStoppedAtTheTimeLimitAndTheSessionGoesOn() {
        define("Tensor sigmoid(Tensor x) { while (true) { } }");
        eval("var test = TestDiscovery.find(List.of(baeum.exercises.ch04.Ch04PublicTests.class), false).stream()"
                + ".filter(t -> t.exercise().equals(\"ch04_sigmoid\")).findFirst().orElseThrow();");
        long t0 = System.nanoTime();
        eval("var o = CheckGuard.run(test, new ReplStudent(here()), 1.0, here().loader());");
        double seconds = (System.nanoTime() - t0) / 1e9;
        String message = eval("o.message()");
        assertTrue(message.startsWith("\"stopped after 1 s: the code did not finish in the exercise's time limit (an endless loop?)\""),
                message);
        assertTrue(seconds < 6, "stopped in " + seconds + " s");
        assertEquals("false", eval("Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith(\"check-\") && t.isAlive())"),
                "the looping thread has ended");
        assertEquals("true", eval("CheckGuard.wasStopped(o)"));
        // the stop flag is down again: the session runs loops as before
        assertEquals("5", eval("java.util.stream.IntStream.range(0, 5).map(i -> { int k = 0; while (k < i) k++; return 1; }).sum()"));
        define("Tensor sigmoid(Tensor x) { return x.neg().exp().add(1).pow(-1); }");
        assertEquals("true", eval("CheckGuard.run(test, new ReplStudent(here()), 5.0, here().loader()).passed()"));
    }

    @Test
    void forbiddenCallsAreFoundInTheCompiledMethodsAndTheirHelpers() {
        define("Tensor helper(Tensor x) { return x.sigmoid(); }");
        define("Tensor viaHelper(Tensor x) { return helper(x); }");
        define("Tensor viaReference(Tensor x) { java.util.function.UnaryOperator<Tensor> f = Tensor::sigmoid; return f.apply(x); }");
        define("Tensor viaLambda(Tensor x) { java.util.function.UnaryOperator<Tensor> f = t -> t.sigmoid(); return f.apply(x); }");
        define("Tensor own(Tensor x) { /* x.sigmoid() */ String s = \"x.sigmoid()\"; return x.neg().exp().add(1).pow(-1); }");
        String direct = eval("CheckGuard.forbiddenUse(here(), List.of(\"helper\"), List.of(\"sigmoid\"))");
        assertEquals("\"helper calls Tensor.sigmoid, which this exercise does not allow (write it yourself with other operations)\"", direct);
        assertTrue(eval("CheckGuard.forbiddenUse(here(), List.of(\"viaHelper\"), List.of(\"sigmoid\"))").startsWith("\"helper calls Tensor.sigmoid"));
        String ref = eval("CheckGuard.forbiddenUse(here(), List.of(\"viaReference\"), List.of(\"sigmoid\"))");
        assertTrue(ref.contains("viaReference calls ") && ref.contains(".sigmoid"), ref);
        String lambda = eval("CheckGuard.forbiddenUse(here(), List.of(\"viaLambda\"), List.of(\"sigmoid\"))");
        assertTrue(lambda.contains("viaLambda calls Tensor.sigmoid"), lambda);
        assertEquals("null", eval("CheckGuard.forbiddenUse(here(), List.of(\"own\"), List.of(\"sigmoid\"))"),
                "comments and strings are not calls");
    }

    @Test
    void checkAllListsExercisesInNotebookOrder() {
        String all = eval("checkAll(\"ch04\").toString()");
        int sigmoid = all.indexOf("ch04_sigmoid:"), relu = all.indexOf("ch04_relu:"), softmax = all.indexOf("ch04_softmax:"),
                chain = all.indexOf("ch04_chain_by_hand:");
        assertTrue(sigmoid >= 0 && sigmoid < relu && relu < softmax && softmax < chain, all);
    }
}
