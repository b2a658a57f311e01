package baeum.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs the preload every session starts with: the kernel's {@code baeum/preload.jsh}, then every
 * {@code META-INF/baeum/preload.jsh} on the class path (the exercises module brings {@code check}).
 * The kernel and the grading worker both start their sessions with it.
 */
public final class Preload {
    static final String KERNEL = "baeum/preload.jsh", CONTRIBUTED = "META-INF/baeum/preload.jsh";

    private Preload() {}

    /** Runs every preload; returns a description of what failed ("" when all went well). */
    public static String run(JavaSession session) throws IOException {
        StringBuilder problems = new StringBuilder();
        ClassLoader loader = Preload.class.getClassLoader();
        URL own = loader.getResource(KERNEL);
        if (own == null) problems.append("preload: ").append(KERNEL).append(" is missing from the class path\n");
        else runOne(session, own, problems);
        for (URL u : Collections.list(loader.getResources(CONTRIBUTED))) runOne(session, u, problems);
        return problems.toString();
    }

    private static void runOne(JavaSession session, URL url, StringBuilder problems) throws IOException {
        String code;
        try (InputStream in = url.openStream()) {
            code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // snippet by snippet, so that one failing declaration does not hide the others
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo ci = session.analysis().analyzeCompletion(rest);
            boolean whole = ci.completeness() == SourceCodeAnalysis.Completeness.COMPLETE
                    || ci.completeness() == SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI;
            String snippet = whole ? ci.source() : rest;
            rest = whole ? ci.remaining() : "";
            if (session.eval(snippet, "preload") instanceof Outcome.Failed f) {
                problems.append("preload ").append(url).append(": ")
                        .append(snippet.strip().lines().findFirst().orElse("")).append(" failed: ")
                        .append(f.evalue()).append('\n');
            }
        }
    }
}
