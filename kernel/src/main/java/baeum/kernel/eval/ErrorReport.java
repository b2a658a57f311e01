package baeum.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Errors that teach. A compile error shows the cell line, the source line with a caret under the
 * span and JShell's message; a runtime exception shows its type and message first and then only the
 * frames of the user's code (as cell lines) and of the DSL, never JShell's or the kernel's.
 */
public final class ErrorReport {
    static final String RED = "\u001b[0;31m", BOLD = "\u001b[1m", RESET = "\u001b[0m";
    private static final int MAX_LIBRARY_FRAMES = 6, MAX_FRAMES = 20;

    private ErrorReport() {}

    /**
     * A heading that names the cell, then for each error {@code line N: message}, the line with a
     * caret under the span, and the rest of javac's message.
     */
    static Outcome.Failed compileError(List<Diag> diags, CellSource src) {
        List<String> tb = new ArrayList<>();
        tb.add(RED + "Compile error" + RESET + " in " + src.label() + ":");
        String first = null;
        for (Diag d : diags) {
            if (!d.isError()) continue;
            List<String> message = cleanMessage(d.getMessage(Locale.ROOT)).lines().toList();
            String head = message.isEmpty() ? "" : message.getFirst();
            if (first == null) first = head;
            int pos = (int) Math.max(0, d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition());
            int end = (int) Math.max(pos + 1, d.getEndPosition());
            int line = src.line(pos);
            int col = src.column(pos);
            String text = src.lineText(line);
            int width = Math.max(1, Math.min(end - pos, text.length() - col));
            tb.add("line " + line + ": " + head);
            tb.add("    " + text);
            tb.add("    " + " ".repeat(Math.max(0, col)) + RED + "^".repeat(width) + RESET);
            tb.addAll(message.subList(Math.min(1, message.size()), message.size()));
        }
        if (first == null) {
            first = "the code does not compile";
            tb.add(first);
        }
        return new Outcome.Failed(Outcome.Failed.COMPILE_ERROR, first, tb);
    }

    /** {@code text} without ANSI colour codes. */
    static String plain(String text) {
        return ANSI.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*m");

    /** Drops JShell's own noise ("location: class" lines naming its wrapper classes). */
    private static String cleanMessage(String m) {
        StringBuilder sb = new StringBuilder();
        for (String l : m.split("\n")) {
            if (l.strip().startsWith("location:") && (l.contains("$JShell") || l.strip().equals("location: class"))) {
                continue;
            }
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(l);
        }
        return sb.toString();
    }

    static Outcome.Failed runtimeError(JShellException ex, Function<String, CellSource> sources) {
        List<String> tb = new ArrayList<>();
        String ename, evalue;
        if (ex instanceof UnresolvedReferenceException ure) {
            ename = "UnresolvedReference";
            evalue = "attempted to use " + ure.getSnippet().source().strip().lines().findFirst().orElse("")
                    + " which cannot be used until what it refers to is defined";
            tb.add(RED + ename + RESET + ": " + evalue);
            return new Outcome.Failed(ename, evalue, tb);
        }
        EvalException ee = (EvalException) ex;
        // Method.invoke wraps what the method threw: show that, as the cause is the news
        while (ee.getExceptionClassName().equals("java.lang.reflect.InvocationTargetException")
                && ee.getCause() instanceof EvalException cause) {
            ee = cause;
        }
        ename = simpleName(ee.getExceptionClassName());
        evalue = ee.getMessage() == null ? "" : ee.getMessage();
        if (ee.getExceptionClassName().equals("java.lang.OutOfMemoryError")) evalue = outOfMemory(evalue);
        if (baeum.kernel.guard.ExitGate.isBlockedExit(ee.getExceptionClassName(), evalue)) {
            // the exit guard (a SecurityException, as Runtime can see no class of ours): as the cell's own exit reads
            ename = "ExitBlockedError";
            if (evalue.startsWith("Runtime.exit(") && java.util.Arrays.stream(ee.getStackTrace())
                    .anyMatch(f -> f.getClassName().equals("java.lang.System") && f.getMethodName().equals("exit"))) {
                evalue = "System" + evalue.substring("Runtime".length());
            }
        }
        tb.add(RED + BOLD + ename + RESET + (evalue.isEmpty() ? "" : ": " + evalue));
        frames(ee, sources, tb);
        JShellException cause = ee.getCause() instanceof JShellException c ? c : null;
        for (int depth = 0; cause instanceof EvalException c && depth < 5; depth++) {
            tb.add("Caused by: " + simpleName(c.getExceptionClassName())
                    + (c.getMessage() == null ? "" : ": " + c.getMessage()));
            frames(c, sources, tb);
            cause = c.getCause() instanceof JShellException n ? n : null;
        }
        return new Outcome.Failed(ename, evalue, tb);
    }

    /** What an OutOfMemoryError says in a notebook: the limit, and how to raise it. */
    public static String outOfMemory(String message) {
        long mib = maxHeap() >> 20;
        String limit = mib >= 1024 ? String.format(java.util.Locale.ROOT, "%.1f GiB", mib / 1024.0) : mib + " MiB";
        return (message.isEmpty() ? "" : message + ": ") + "the kernel may use at most " + limit
                + " of memory. Set big variables you no longer need to null (x = null;), use smaller data, "
                + "or give the kernel more: run `bin/baeum install --max-heap 8g` (any size) and restart the kernel.";
    }

    /** -Xmx as given (Runtime.maxMemory() leaves out a survivor space: 989 MiB for -Xmx1g). */
    private static long maxHeap() {
        try {
            var bean = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(bean.getVMOption("MaxHeapSize").getValue());
        } catch (RuntimeException | LinkageError e) {
            return Runtime.getRuntime().maxMemory();
        }
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static void frames(Throwable ex, Function<String, CellSource> sources, List<String> tb) {
        int library = 0, shown = 0, repeats = 0;
        String previous = null, auxFile = null;
        for (StackTraceElement f : ex.getStackTrace()) {
            String file = f.getFileName();
            List<String> lines = new ArrayList<>(2);
            if (file != null && file.startsWith("#")) {
                // a `var x = ...` initializer runs in JShell's wrapper do_it$Aux, called from the
                // snippet's top level (do_it$, shown without a name): one frame, the initializer's line
                boolean aux = f.getMethodName().equals("do_it$Aux");
                boolean top = aux || f.getMethodName().isEmpty();
                if (top && !aux && file.equals(auxFile)) {
                    auxFile = null;
                    continue;
                }
                auxFile = aux ? file : null;
                CellSource src = sources.apply(file.substring(1));
                String where = src == null ? "snippet " + file
                        : src.label() + ", line " + src.lineOfSnippetLine(f.getLineNumber());
                String what = top ? "" : qualified(f) + " ";
                lines.add("  at " + what + "(" + where + ")");
                if (src != null) lines.add("      " + src.lineText(src.lineOfSnippetLine(f.getLineNumber())).strip());
                library = 0;
            } else if (isDsl(f.getClassName()) && library++ < MAX_LIBRARY_FRAMES) {
                auxFile = null;
                lines.add("  at " + f.getClassName() + "." + f.getMethodName()
                        + "(" + (file == null ? "" : file + ":" + f.getLineNumber()) + ")");
            }
            if (lines.isEmpty()) continue;
            if (lines.getFirst().equals(previous)) {
                repeats++;
                continue;
            }
            if (repeats > 0) tb.add("  ... the frame above repeated " + repeats + " more times");
            repeats = 0;
            previous = lines.getFirst();
            if (shown++ == MAX_FRAMES) {
                tb.add("  ... more frames not shown");
                return;
            }
            tb.addAll(lines);
        }
        if (repeats > 0) tb.add("  ... the frame above repeated " + repeats + " more times");
    }

    private static String qualified(StackTraceElement f) {
        return f.getClassName().isEmpty() ? f.getMethodName() : f.getClassName() + "." + f.getMethodName();
    }

    static boolean isDsl(String className) {
        return className.startsWith("baeum.") && !className.startsWith("baeum.kernel.");
    }
}
