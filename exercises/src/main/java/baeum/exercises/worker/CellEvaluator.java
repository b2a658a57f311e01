package baeum.exercises.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates notebook cells in a JShell with local execution, as the kernel does: the same
 * preload, the cell split into snippets by JShell's own source analysis, stopping at the first
 * snippet that does not compile or throws.
 */
final class CellEvaluator {

    /** How a cell went: ok, or why not (a compile error with its line, or an exception). */
    record Result(boolean compiled, boolean ok, String message) {
    }

    private final JShell js;

    CellEvaluator(PrintStream out) {
        js = JShell.builder().executionEngine("local").out(out).err(out).in(InputStream.nullInputStream()).build();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) js.addToClasspath(entry);
        }
    }

    /** Runs the kernel's preload and every module's {@code META-INF/baeum/preload.jsh}. */
    void preload() throws IOException {
        ClassLoader cl = CellEvaluator.class.getClassLoader();
        URL kernel = cl.getResource("baeum/preload.jsh");
        if (kernel != null) run(kernel);
        for (URL u : Collections.list(cl.getResources("META-INF/baeum/preload.jsh"))) run(u);
    }

    private void run(URL u) throws IOException {
        try (var in = u.openStream()) {
            Result r = eval(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!r.ok()) throw new IOException("preload " + u + " failed: " + r.message());
        }
    }

    Result eval(String code) {
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        String rest = code;
        while (!rest.isBlank()) {
            int start = code.length() - rest.length();
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                return new Result(false, false, "line " + line(code, start + leading(rest))
                        + ": the code is incomplete (a missing ';', ')' or '}'?)");
            }
            for (SnippetEvent e : js.eval(info.source())) {
                if (e.causeSnippet() != null) continue;
                if (e.status() == Snippet.Status.REJECTED) {
                    int offset = start + leading(rest);
                    String msg = js.diagnostics(e.snippet()).filter(Diag::isError)
                            .map(d -> "line " + line(code, offset + (int) Math.max(0, d.getStartPosition()))
                                    + ": " + d.getMessage(null))
                            .collect(Collectors.joining("\n"));
                    return new Result(false, false, msg.isEmpty() ? "the code does not compile" : msg);
                }
                if (e.exception() != null) return new Result(true, false, describe(e.exception()));
            }
            rest = info.remaining();
        }
        return new Result(true, true, "");
    }

    static String describe(Throwable t) {
        if (t instanceof UnresolvedReferenceException u) {
            return "uses something that is not defined yet: " + u.getSnippet().source().strip().lines().findFirst().orElse("");
        }
        String cls = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
        return cls + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static int line(String code, int pos) {
        int n = 1;
        for (int i = 0; i < Math.min(pos, code.length()); i++) if (code.charAt(i) == '\n') n++;
        return n;
    }
}
