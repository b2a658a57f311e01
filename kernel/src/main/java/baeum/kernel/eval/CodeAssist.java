package baeum.kernel.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Completion, inspection and "is this cell complete?" on JShell's source analysis. Positions are
 * Java string indices here; the kernel converts from and to the protocol's code points.
 */
public final class CodeAssist {
    private final SourceCodeAnalysis analysis;
    private final DocSummary docs;

    public CodeAssist(JavaSession session, DocSummary docs) {
        this.analysis = session.analysis();
        this.docs = docs;
    }

    /** Completions replacing {@code [start, end)} of the cell. */
    public record Completions(List<String> matches, int start, int end) {}

    public Completions complete(String cell, int cursor) {
        int start = snippetStart(cell, cursor);
        int[] anchor = new int[1];
        List<Suggestion> found = analysis.completionSuggestions(cell.substring(start, cursor), cursor - start, anchor);
        Set<String> matches = new LinkedHashSet<>();
        found.stream().filter(Suggestion::matchesType).forEach(s -> matches.add(s.continuation()));
        found.forEach(s -> matches.add(s.continuation()));
        return new Completions(new ArrayList<>(matches), start + anchor[0], cursor);
    }

    /** Signature and Javadoc summary (or the whole Javadoc when {@code detailed}) at the cursor. */
    public String inspect(String cell, int cursor, boolean detailed) {
        int end = cursor;
        while (end < cell.length() && Character.isJavaIdentifierPart(cell.charAt(end))) end++;
        int start = snippetStart(cell, Math.min(end, cursor));
        List<Documentation> found = analysis.documentation(cell.substring(start, end), end - start, true);
        if (found.isEmpty() && end < cell.length() && cell.charAt(end) == '(') {
            found = analysis.documentation(cell.substring(start, end + 1), end + 1 - start, true);
        }
        if (found.isEmpty() && end > start && Character.isJavaIdentifierPart(cell.charAt(end - 1))) {
            // a bare name (`randn`, `nn.linear`, `x.matmul`): JShell documents a method only inside
            // its call, so ask as if a `(` followed: every overload, each with its own Javadoc
            found = analysis.documentation(cell.substring(start, end) + "(", end + 1 - start, true);
        }
        StringBuilder sb = new StringBuilder();
        for (Documentation d : found) {
            if (!sb.isEmpty()) sb.append("\n\n");
            sb.append(d.signature());
            String javadoc = d.javadoc();
            if (javadoc == null || javadoc.isBlank()) javadoc = docs.javadocOf(d.signature());
            if (javadoc != null && !javadoc.isBlank()) {
                sb.append("\n\n").append(detailed ? DocSummary.plain(javadoc) : DocSummary.summary(javadoc));
            }
            if (!detailed && sb.length() > 4000) break;
        }
        return sb.toString();
    }

    /** {@code complete}, {@code incomplete} or {@code invalid}, as is_complete_request wants. */
    public String isComplete(String cell) {
        // magic lines (%time, %%time) are the kernel's, not Java: judge the Java around them
        String rest = String.join("\n", cell.lines().filter(l -> !l.stripLeading().startsWith("%")).toList());
        while (!rest.isBlank()) {
            CompletionInfo ci = analysis.analyzeCompletion(rest);
            switch (ci.completeness()) {
                case EMPTY -> { return "complete"; }
                case COMPLETE, COMPLETE_WITH_SEMI -> rest = ci.remaining();
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> { return "incomplete"; }
                default -> { return "invalid"; }
            }
        }
        return "complete";
    }

    /** Where the snippet holding {@code cursor} starts (a cell may hold many snippets). */
    private int snippetStart(String cell, int cursor) {
        int start = 0;
        String rest = cell.substring(0, cursor);
        while (!rest.isBlank()) {
            CompletionInfo ci = analysis.analyzeCompletion(rest);
            if ((ci.completeness() != SourceCodeAnalysis.Completeness.COMPLETE
                    && ci.completeness() != SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI)
                    || ci.remaining().isEmpty()) {
                break;
            }
            start = cursor - ci.remaining().length();
            rest = ci.remaining();
        }
        return start;
    }
}
