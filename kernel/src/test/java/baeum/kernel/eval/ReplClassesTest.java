package baeum.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session forgets the classes of dropped and replaced snippets, and what stays active still works. */
class ReplClassesTest {
    private static JavaSession session;

    @BeforeAll
    static void open() {
        session = new JavaSession();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static Object value(String code) {
        Outcome o = session.eval(code, "test");
        return assertInstanceOf(Outcome.Done.class, o, () -> code + " failed: " + o).value();
    }

    @Test
    void classFilesDoNotGrowWithCells() {
        assertTrue(session.replClassCount() >= 0, "jdk.jshell is not opened to the kernel (surefire's argLine)");
        value("int y = 0;");
        int before = session.replClassCount();
        for (int i = 0; i < 200; i++) {
            value("1 + " + i);
            value("int y = " + i + ";");
            value("y += 1;");
            value("Runnable r = () -> {}; r.run();");
        }
        assertEquals(200, value("y"));
        assertTrue(session.replClassCount() <= before + ReplClasses.SLACK + 2,
                "800 cells left " + session.replClassCount() + " class files (" + before + " before)");
    }

    /** Enough throwaway cells that the session purges its class files. */
    private static void churn() {
        for (int i = 0; i <= ReplClasses.SLACK; i++) value("0");
    }

    @Test
    void dependentsOfAReplacedDeclarationKeepWorking() {
        value("int base = 1;");
        value("int plus(int v) { return v + base; }");
        value("record Pair(int a, int b) { int sum() { return a + b; } }");
        value("var p = new Pair(2, 3);");
        value("int base = 10;");                                   // replaces base: plus is recompiled
        churn();
        assertEquals(15, value("plus(5)"));
        assertEquals(5, value("p.sum()"));
        value("record Pair(int a, int b) { int sum() { return a * b; } }");   // replaces Pair
        value("var q = new Pair(2, 3);");
        churn();
        assertEquals(6, value("q.sum()"));
        value("class Box { int v = 7; class Inner { int w() { return v * 2; } } }");
        assertEquals(14, value("new Box().new Inner().w()"));
        value("int base = 20;");
        churn();
        assertEquals(14, value("new Box().new Inner().w()"));
        assertEquals(25, value("plus(5)"));
    }
}
