package baeum.kernel;

import baeum.kernel.eval.CodeAssist;
import baeum.kernel.eval.DocSummary;
import baeum.kernel.eval.JavaSession;
import baeum.kernel.eval.Preload;

/**
 * A training run for the JVM's ahead-of-time cache ({@code -XX:AOTCacheOutput}, JDK 25): starts a
 * session, runs the preload and a few typical cells, completions and inspections, then exits.
 * {@code baeum install} runs it once so that kernels start with classes already loaded and linked.
 */
public final class Warmup {
    static final int ROUNDS = 100;

    private Warmup() {}

    public static void main(String[] args) throws Exception {
        try (JavaSession session = new JavaSession()) {
            Preload.run(session);
            CodeAssist assist = new CodeAssist(session, new DocSummary());
            String[] cells = {"1+1", "int x = 3;", "x * 2", "String s = \"hi\"; s.length()",
                    "double f(double v) { return v * v; }", "f(3)", "for (int i = 0; i < 3; i++) x += i;",
                    "record P(int a, int b) {}", "new P(1, 2)", "var list = new ArrayList<Integer>(List.of(3, 1, 2));",
                    "Collections.sort(list); list", "int bad = \"s\";", "Integer.parseInt(\"x\")"};
            for (String c : cells) session.eval(c, "warmup");
            // enough compiles for the JIT profiles the AOT cache records to reflect a session's
            for (int i = 0; i < ROUNDS; i++) {
                session.eval("x + " + i, "warmup");
                assist.complete("Math.m", 6);
            }
            assist.complete("list.si", 7);
            assist.complete("Math.m", 6);
            assist.inspect("Math.max(", 8, false);
            assist.isComplete("for (int i = 0; i < 3; i++) {");
        }
    }
}
