package baeum.exercises.format;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Finds forbidden calls ({@code metadata.baeum.forbidden} of an exercise, e.g. {@code ["sigmoid"]})
 * in a cell's source, on the syntax tree: the cell is split into snippets by JShell's own source
 * analysis, as the kernel runs them, and each snippet is parsed by javac. Comments and strings
 * therefore never count; a call counts wherever it is written.
 *
 * <p>A name matches a call with a receiver ({@code x.sigmoid()}, {@code nn.sigmoid()}), a method
 * reference ({@code Tensor::sigmoid}), and an unqualified call ({@code sigmoid(x)}, the DSL's static
 * method) unless the cell defines a method of that name itself (then the call is the student's own,
 * as in recursion). Reflection ({@code getMethod("sig" + "moid")}) is not found: no parser can.
 */
public final class ForbiddenCalls {

    /** One forbidden call: the name it matched, the call as written (shortened), its line in the cell. */
    public record Use(String name, String call, int line) {

        /** For the student: "line 2: x.sigmoid() calls sigmoid, which this exercise does not allow". */
        public String describe() {
            return "line " + line + ": " + call + " calls '" + name + "', which this exercise does not allow"
                    + " (write it yourself with other operations)";
        }
    }

    private static final Object LOCK = new Object();
    private static JShell splitter;

    private ForbiddenCalls() {
    }

    /** The forbidden calls in {@code source}, in order of appearance. */
    public static List<Use> in(String source, Collection<String> forbidden) {
        if (forbidden.isEmpty() || source.isBlank()) return List.of();
        List<Use> out = new ArrayList<>();
        List<int[]> spans = split(source);
        Set<String> ownMethods = new HashSet<>();
        List<Parsed> parsed = new ArrayList<>();
        for (int[] s : spans) {
            Parsed p = parse(source.substring(s[0], s[1]), lineOf(source, s[0]));
            parsed.add(p);
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitMethod(MethodTree m, Void v) {
                    if (!m.getName().contentEquals("<init>") && !m.getName().contentEquals("$m")) ownMethods.add(m.getName().toString());
                    return super.visitMethod(m, v);
                }
            }.scan(p.unit, null);
        }
        for (Parsed p : parsed) {
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitMethodInvocation(MethodInvocationTree t, Void v) {
                    Tree sel = t.getMethodSelect();
                    String name = sel instanceof MemberSelectTree ms ? ms.getIdentifier().toString() : sel.toString();
                    boolean qualified = sel instanceof MemberSelectTree;
                    if (forbidden.contains(name) && (qualified || !ownMethods.contains(name))) out.add(p.use(name, t, "(...)"));
                    return super.visitMethodInvocation(t, v);
                }

                @Override
                public Void visitMemberReference(MemberReferenceTree t, Void v) {
                    String name = t.getName().toString();
                    if (forbidden.contains(name)) out.add(p.use(name, t, ""));
                    return super.visitMemberReference(t, v);
                }
            }.scan(p.unit, null);
        }
        return out;
    }

    private record Parsed(CompilationUnitTree unit, SourcePositions positions, String text, int headerLines, int firstLine) {

        Use use(String name, Tree t, String suffix) {
            long start = positions.getStartPosition(unit, t);
            LineMap lines = unit.getLineMap();
            int line = (int) lines.getLineNumber(start) - headerLines + firstLine - 1;
            String call = t instanceof MethodInvocationTree mi
                    ? text.substring((int) positions.getStartPosition(unit, mi.getMethodSelect()),
                    (int) positions.getEndPosition(unit, mi.getMethodSelect())) + suffix
                    : text.substring((int) start, (int) positions.getEndPosition(unit, t));
            call = call.replaceAll("\\s+", " ");
            if (call.length() > 60) call = "..." + call.substring(call.length() - 57);
            return new Use(name, call, line);
        }
    }

    /** Parses a snippet as class members, else as statements; errors are ignored (only calls matter). */
    private static Parsed parse(String snippet, int firstLine) {
        Parsed members = parseWrapped("class $W {\n", snippet, "\n}\n", firstLine);
        if (members != null) return members;
        Parsed statements = parseWrapped("class $W { void $m() {\n", snippet, "\n;}}\n", firstLine);
        if (statements != null) return statements;
        return parseWrappedAnyway("class $W { void $m() {\n", snippet, "\n;}}\n", firstLine);
    }

    private static Parsed parseWrapped(String head, String snippet, String tail, int firstLine) {
        DiagnosticCollector<JavaFileObject> d = new DiagnosticCollector<>();
        Parsed p = parse(head, snippet, tail, firstLine, d);
        return d.getDiagnostics().stream().anyMatch(x -> x.getKind() == javax.tools.Diagnostic.Kind.ERROR) ? null : p;
    }

    private static Parsed parseWrappedAnyway(String head, String snippet, String tail, int firstLine) {
        return parse(head, snippet, tail, firstLine, new DiagnosticCollector<>());
    }

    private static Parsed parse(String head, String snippet, String tail, int firstLine, DiagnosticCollector<JavaFileObject> d) {
        String text = head + snippet + tail;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///W.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, d, List.of("-proc:none"), null, List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            return new Parsed(unit, Trees.instance(task).getSourcePositions(), text, (int) head.lines().count(), firstLine);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cell's snippets as [start, end) offsets, split as JShell splits them. */
    private static List<int[]> split(String source) {
        List<int[]> out = new ArrayList<>();
        synchronized (LOCK) {
            if (splitter == null) splitter = JShell.builder().executionEngine("local").build();
            SourceCodeAnalysis sca = splitter.sourceCodeAnalysis();
            String rest = source;
            while (!rest.isBlank()) {
                int start = source.length() - rest.length();
                SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
                if (!info.completeness().isComplete()) {
                    out.add(new int[] {start, source.length()});
                    break;
                }
                int end = source.length() - info.remaining().length();
                out.add(new int[] {start, end});
                if (end <= start) break;
                rest = info.remaining();
            }
        }
        return out;
    }

    private static int lineOf(String s, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) if (s.charAt(i) == '\n') n++;
        return n;
    }
}
