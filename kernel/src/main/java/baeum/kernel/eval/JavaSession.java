package baeum.kernel.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

/**
 * A JShell session running snippets in this JVM through {@link GuardedExecution}. Runs a cell
 * snippet by snippet (split with JShell's own source analysis), and turns what happened into an
 * {@link Outcome}: the value of a final expression, a compile error, or a runtime exception.
 *
 * <p>The one evaluator of Baeum: the kernel runs notebook cells with it, and the grading worker
 * runs a submission's cells with it, so an error reads the same in the notebook and in grading
 * feedback ({@link Outcome.Failed#report()}).
 *
 * <pre>{@code
 * jshell> var s = new JavaSession(); Preload.run(s);
 * jshell> s.eval("int bad = \"text\";", "In [1]")
 * Failed[ename=CompileError, evalue=incompatible types: java.lang.String cannot be converted to int, ...]
 * }</pre>
 */
public final class JavaSession implements AutoCloseable {
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final Map<String, CellSource> sources = new ConcurrentHashMap<>();
    private volatile boolean interrupted;
    private final GuardedExecution execution;
    /** Null when jdk.jshell is not opened to the kernel (then every snippet's classes stay). */
    private final ReplClasses replClasses;

    /** A kernel's session: {@code System.exit}, {@code Runtime.exit} and {@code halt} in cells throw. */
    public JavaSession() {
        this(true);
    }

    /**
     * {@code guardExits}: whether exits in cell code throw {@link ExitBlockedError} (the kernel) or
     * end the JVM (the grading worker, a process of its own per submission, which the grader restarts).
     */
    public JavaSession(boolean guardExits) {
        execution = new GuardedExecution(guardExits);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        shell = JShell.builder()
                .executionEngine(execution, Map.of())
                .out(quiet).err(quiet)
                .build();
        analysis = shell.sourceCodeAnalysis();
        replClasses = ReplClasses.of(shell);
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) shell.addToClasspath(entry);
        }
    }

    /** How many snippet class files JShell keeps (-1 when jdk.jshell is not opened to the kernel). */
    int replClassCount() {
        return replClasses == null ? -1 : replClasses.size();
    }

    JShell shell() {
        return shell;
    }

    public SourceCodeAnalysis analysis() {
        return analysis;
    }

    /** Runs {@code code} labelled {@code label} (e.g. {@code In [3]}); stops at the first failure. */
    public Outcome eval(String code, String label) {
        try {
            return evalCell(code, label);
        } finally {
            if (replClasses != null) replClasses.forgetInactive(shell);
        }
    }

    private Outcome evalCell(String code, String label) {
        interrupted = false;
        Outcome last = Outcome.Done.NOTHING;
        String rest = code;
        while (!rest.isBlank()) {
            if (interrupted) return interruptedFailure();
            int offset = code.length() - rest.length();
            CompletionInfo ci = analysis.analyzeCompletion(rest);
            String source;
            switch (ci.completeness()) {
                case EMPTY -> { return last; }
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    source = ci.source();
                    rest = ci.remaining();
                }
                default -> {
                    source = rest;
                    rest = "";
                }
            }
            // JShell's snippet source starts exactly at offset (a completing ';' may be appended);
            // leading blank lines go, as JShell numbers stack-frame lines wrongly after them
            int lead = 0;
            while (lead < source.length() && Character.isWhitespace(source.charAt(lead))) lead++;
            Outcome o = evalSnippet(source.substring(lead), new CellSource(label, code, offset + lead));
            if (o instanceof Outcome.Failed) return o;
            last = o;
        }
        return last;
    }

    private Outcome evalSnippet(String source, CellSource src) {
        CellValue.clear();
        List<SnippetEvent> events = shell.eval(source);
        Outcome result = Outcome.Done.NOTHING;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) continue;
            Snippet s = e.snippet();
            sources.put(s.id(), src);
            if (e.status() == Snippet.Status.REJECTED) {
                return ErrorReport.compileError(shell.diagnostics(s).toList(), src);
            }
            if (e.exception() != null) {
                result = interrupted ? interruptedFailure() : ErrorReport.runtimeError(e.exception(), sources::get);
            } else if (interrupted) {
                result = interruptedFailure();
            } else if (shows(s) && !isPrintChain(CellValue.last())) {
                result = new Outcome.Done(true, CellValue.last(), e.value());
            }
            if (isTransient(s)) shell.drop(s);
            if (result instanceof Outcome.Failed) return result;
        }
        return result;
    }

    /**
     * Statements, expressions and their {@code $N} result variables declare nothing later cells can
     * use by name (but {@code $N}), yet every snippet JShell keeps makes each later compile slower
     * (~10 ms more per cell after 1000 cells): they are dropped once they ran.
     */
    private static boolean isTransient(Snippet s) {
        return switch (s.kind()) {
            case STATEMENT, EXPRESSION -> true;
            case VAR -> s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
            default -> false;
        };
    }

    private static boolean shows(Snippet s) {
        return switch (s.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> s instanceof VarSnippet v && v.name().startsWith("$");
        };
    }

    /**
     * {@code System.out.printf(...)}, {@code format} and {@code append} return the stream itself:
     * showing {@code java.io.PrintStream@1b6d3586} after a print is never what the student wants.
     */
    private static boolean isPrintChain(Object value) {
        return value instanceof java.io.PrintStream || value instanceof java.io.PrintWriter;
    }

    private static Outcome.Failed interruptedFailure() {
        return Outcome.Failed.of("Interrupted", "the cell was stopped; the session's variables are kept");
    }

    /** Stops the running snippet: ends busy loops in user code and interrupts sleeps and waits. */
    public void stop() {
        interrupted = true;
        shell.stop();
    }

    /** JShell runs each snippet in a thread group of this name; threads a cell starts inherit it. */
    private static final String CELL_GROUP = "JShell process local execution";

    /**
     * Live threads that cells started (platform threads; virtual threads have no group of their own).
     * Baeum's own threads ({@code baeum-*}: the engine's matmul workers, warm-up threads) are left
     * out, though the first cell that needed them started them.
     */
    public Map<Thread, StackTraceElement[]> cellThreads() {
        Map<Thread, StackTraceElement[]> out = new java.util.LinkedHashMap<>();
        Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive() && e.getKey() != Thread.currentThread()
                        && !e.getKey().getName().startsWith("baeum-"))
                .filter(e -> e.getKey().getThreadGroup() != null && CELL_GROUP.equals(e.getKey().getThreadGroup().getName()))
                .sorted(java.util.Comparator.comparingLong(e -> e.getKey().threadId()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Stops the threads cells started (call only while no cell runs): sets JShell's stop flag (cell
     * code throws at its next loop turn), interrupts them (sleeps, waits and the engine's loops end),
     * and waits up to {@code millis} ms for them to end. Returns the stopped and the surviving ones.
     */
    public List<List<Thread>> stopCellThreads(long millis) throws InterruptedException {
        List<Thread> threads = new ArrayList<>(cellThreads().keySet());
        if (threads.isEmpty()) return List.of(List.of(), List.of());
        GuardedExecution.Control control = execution.control();
        if (control != null) control.allStop(true);
        try {
            long deadline = System.nanoTime() + millis * 1_000_000;
            for (int round = 0; round < 3; round++) {   // a thread may swallow one interrupt
                threads.forEach(Thread::interrupt);
                for (Thread t : threads) t.join(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
            }
            for (Thread t : threads) t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } finally {
            if (control != null) control.allStop(false);
        }
        List<Thread> stopped = threads.stream().filter(t -> !t.isAlive()).toList();
        List<Thread> alive = threads.stream().filter(Thread::isAlive).toList();
        return List.of(stopped, alive);
    }

    /** The session's variables as {@code name: type}, in definition order. */
    public List<String[]> variables() {
        List<String[]> out = new ArrayList<>();
        shell.variables().forEach(v -> {
            if (shell.status(v).isActive()) out.add(new String[] {v.name(), v.typeName()});
        });
        return out;
    }

    public void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    @Override
    public void close() {
        shell.close();
    }
}
