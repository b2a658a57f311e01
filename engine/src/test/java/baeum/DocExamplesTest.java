package baeum;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code jshell>} example in the Javadoc of the DSL, the tensors, the ops and autograd
 * in a real JShell (with the preload's imports) and checks that it prints what the Javadoc says:
 * a student who types an example sees exactly the documented result.
 */
class DocExamplesTest {
    static final List<String> SOURCES = List.of("baeum/Baeum.java", "baeum/storage", "baeum/tensor", "baeum/ops",
            "baeum/autograd", "baeum/facade", "baeum/teach", "baeum/optim", "baeum/data", "baeum/nn");
    static JShell shell;

    record Example(String where, String input, String expected) {}

    @TestFactory
    Stream<DynamicTest> everyExamplePrintsWhatItsJavadocSays() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String s : SOURCES) {
            try (var files = Files.walk(Path.of("src/main/java", s))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    examples.addAll(examplesIn(f));
                }
            }
        }
        assertTrue(examples.size() > 150, "found only " + examples.size() + " examples");
        shell = JShell.builder().executionEngine("local").build();
        shell.addToClasspath(Path.of("target/classes").toAbsolutePath().toString());
        eval("import java.util.*;");
        eval("import java.util.function.*;");
        eval("import java.util.stream.*;");
        eval("import baeum.tensor.*;");
        eval("import baeum.storage.*;");
        eval("import static baeum.Baeum.*;");
        return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.where(), () -> check(ex)));
    }

    /** The DSL's tables of contents: what {@code import static baeum.Baeum.*} shows, one entry per public method. */
    static final List<String> FACADES = List.of("baeum/Baeum.java", "baeum/tensor/TensorFactories.java",
            "baeum/tensor/TensorLiterals.java", "baeum/nn/NnFacade.java", "baeum/nn/Init.java",
            "baeum/facade/OptimFacade.java", "baeum/facade/DataFacade.java", "baeum/facade/DatasetsFacade.java");
    /** Entries whose example cannot run in the build, by class.method: they read files the build does not ship. */
    static final Set<String> NOT_RUN = Set.of("DatasetsFacade.mnist");
    static final Pattern PUBLIC_METHOD = Pattern.compile("^\\s*public static (?!class |final class |abstract )[^=(]*?\\b(\\w+)\\(");

    /**
     * Every public method of a facade has, in its Javadoc, a {@code jshell>} example in the form that
     * {@link #everyExamplePrintsWhatItsJavadocSays} runs, so the facade reads as a table of contents
     * whose every line shows a call and what it gives.
     */
    @Test
    void everyFacadeEntryHasAnExampleThatRuns() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String s : FACADES) {
            Path f = Path.of("src/main/java", s);
            List<String> lines = Files.readAllLines(f);
            Set<Integer> exampleLines = examplesIn(f).stream()
                    .map(e -> Integer.parseInt(e.where().substring(e.where().lastIndexOf(':') + 1)) - 1)
                    .collect(Collectors.toSet());
            String cls = f.getFileName().toString().replace(".java", "");
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = PUBLIC_METHOD.matcher(lines.get(i));
                if (!m.find()) continue;
                int end = i - 1;
                while (end >= 0 && lines.get(end).strip().startsWith("@")) end--;
                int start = end;
                if (end >= 0 && lines.get(end).strip().endsWith("*/")) {
                    while (start > 0 && !lines.get(start).strip().startsWith("/**")) start--;
                }
                boolean has = false;
                for (int k = Math.max(start, 0); k <= end; k++) has |= exampleLines.contains(k);
                String name = cls + "." + m.group(1);
                if (has == NOT_RUN.contains(name)) {
                    missing.add(name + " (" + f.getFileName() + ":" + (i + 1) + ")" + (has ? ": listed in NOT_RUN but has one" : ""));
                }
            }
        }
        assertEquals(List.of(), missing, "public facade methods without a jshell> example that DocExamplesTest runs"
                + " (write it as `<pre>jshell> call` and `$1 ==> value</pre>` in the method's Javadoc)");
    }

    @AfterAll
    static void close() {
        if (shell != null) shell.close();
    }

    /** The examples of one file: each {@code jshell>} line inside a comment, with the comment lines after it. */
    static List<Example> examplesIn(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf("jshell> ");
            String before = at < 0 ? "" : line.substring(0, at).trim();
            boolean inDoc = before.startsWith("*") || before.startsWith("/**");
            if (at < 0 || !inDoc || !(before.endsWith("<pre>") || before.equals("*") || before.equals("/**"))) continue;
            String input = clean(line.substring(at + 8));
            var expected = new StringBuilder();
            boolean ended = line.contains("</pre>");
            int j = i + 1;
            while (!ended && j < lines.size()) {
                String next = lines.get(j);
                if (next.contains("jshell> ") || next.trim().startsWith("*/")) break;
                expected.append(clean(next.trim().replaceFirst("^\\* ?", ""))).append('\n');
                ended = next.contains("</pre>") || next.contains("*/");
                j++;
            }
            out.add(new Example(file.getFileName() + ":" + (i + 1), input, expected.toString().trim()));
            i = j - 1;
        }
        return out;
    }

    static String clean(String s) {
        return s.replace("</pre>", "").replace("*/", "").strip();
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    void check(Example ex) {
        String last = null;
        String error = null;
        String remaining = ex.input();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            String src = info.source() != null ? info.source() : remaining;
            remaining = info.source() != null ? info.remaining() : "";
            for (SnippetEvent e : shell.eval(src)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    fail(ex.where() + ": `" + src + "` does not compile: " + shell.diagnostics(e.snippet())
                            .map(d -> d.getMessage(null)).toList());
                }
                if (e.exception() != null) error = e.exception().getMessage();
                else if (e.value() != null) last = e.value();
            }
        }
        String expected = ex.expected();
        if (expected.contains("Exception")) {
            assertNotNull(error, ex.where() + ": expected an exception from `" + ex.input() + "`");
            assertTrue(norm(expected).contains(norm(error)), ex.where() + ": the exception says\n" + error);
            return;
        }
        assertNull(error, ex.where() + ": `" + ex.input() + "` threw: " + error);
        int arrow = expected.lastIndexOf("==> ");
        if (arrow < 0) return;                                   // an example without a printed value
        assertEquals(norm(expected.substring(arrow + 4)), norm(last == null ? "" : last),
                ex.where() + ": `" + ex.input() + "`");
    }

    static void eval(String src) {
        shell.eval(src);
    }
}
