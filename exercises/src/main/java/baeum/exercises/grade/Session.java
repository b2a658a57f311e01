package baeum.exercises.grade;

import baeum.exercises.StudentException;
import baeum.exercises.StudentException.Kind;
import baeum.exercises.format.Rebuild;
import baeum.exercises.wire.Codec;
import baeum.exercises.wire.Msg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A submission's session in a worker JVM: its cells run once, in order; when a call or a cell
 * ends the worker (timeout, System.exit, memory), the next call starts a fresh worker and
 * replays the cells, skipping those that ended a worker before. Every wait is bounded by the
 * submission's deadline.
 */
final class Session implements AutoCloseable {

    private final WorkerConfig config;
    private final List<Rebuild.Cell> cells;
    private final ToDoubleFunction<Rebuild.Cell> timeout;
    private final long deadline;
    private final Set<Integer> fatal = new HashSet<>();
    private WorkerProcess worker;
    private int starts;

    Session(WorkerConfig config, List<Rebuild.Cell> cells, ToDoubleFunction<Rebuild.Cell> timeout, long deadlineNanos) {
        this.config = config;
        this.cells = cells;
        this.timeout = timeout;
        this.deadline = deadlineNanos;
    }

    /** Runs every cell for the first time and reports each. */
    List<CellRun> runCells() throws IOException, WorkerDied {
        List<CellRun> runs = new ArrayList<>();
        for (Rebuild.Cell c : cells) runs.add(runCell(c));
        anchor();
        return runs;
    }

    private CellRun runCell(Rebuild.Cell c) throws IOException, WorkerDied {
        if (fatal.contains(c.number())) return new CellRun(c, false, "skipped", "", true);
        ensureStarted();
        try {
            WorkerProcess.Reply r = worker.request(Msg.EVAL, d -> Codec.write(d, c.source()), limit(timeout.applyAsDouble(c)));
            String msg = r.payload() instanceof String s ? s : "";
            if (msg.contains("No space left on device") || msg.contains("File too large"))
                msg += " (the disk limit: " + Sandbox.Limits.DISK_MB + " MB per file"
                        + (config.sandbox() == Sandbox.BWRAP ? ", and for /tmp and the working directory each)" : ")");
            return new CellRun(c, r.status() == Msg.OK, r.status() == Msg.COMPILE_ERROR ? "does not compile:\n" + msg
                    : r.status() == Msg.THREW ? "threw " + msg : "", r.output(), false);
        } catch (WorkerDied e) {
            if (timeLeft() <= 0) throw e;
            fatal.add(c.number());
            worker = null;
            return new CellRun(c, false, e.getMessage(), "", true);
        }
    }

    private void anchor() throws WorkerDied, IOException {
        ensureStarted();
        worker.request(Msg.ANCHOR, d -> { }, limit(30));
    }

    /** Calls a student method with at most {@code seconds} to answer. */
    WorkerProcess.Reply call(String method, Object[] args, double seconds) {
        if (timeLeft() <= 0) throw new StudentException(Kind.OUT_OF_TIME, "the submission's time limit was reached before this test");
        try {
            if (worker == null || !worker.alive()) {
                worker = null;
                for (Rebuild.Cell c : cells) runCell(c);
                anchor();
            }
            return worker.request(Msg.CALL, d -> {
                Codec.write(d, method);
                d.writeInt(args.length);
                for (Object a : args) Codec.write(d, a);
            }, limit(seconds));
        } catch (WorkerDied e) {
            worker = null;
            // WorkerDied messages are predicates: "relu did not finish within 10 s", "relu ended its session"
            throw new StudentException(e.kind(), method + " " + e.getMessage());
        } catch (IOException e) {
            worker = null;
            throw new baeum.exercises.tests.GraderFault("the worker could not be started: " + e.getMessage(), e);
        }
    }

    private void ensureStarted() throws IOException, WorkerDied {
        // an IOException here (the JVM cannot start) is the grader's fault: it ends this submission's grading
        if (worker != null && worker.alive()) return;
        if (timeLeft() <= 0) throw new WorkerDied(Kind.OUT_OF_TIME, "was not run: the submission's time limit was reached");
        starts++;
        worker = new WorkerProcess(config);
    }

    /** Seconds left before the submission's deadline. */
    double timeLeft() {
        return (deadline - System.nanoTime()) / 1e9;
    }

    private double limit(double seconds) {
        return Math.max(0.001, Math.min(seconds, timeLeft()));
    }

    /** How many worker JVMs this submission started. */
    int starts() {
        return starts;
    }

    @Override
    public void close() {
        if (worker != null) worker.close();
    }
}
