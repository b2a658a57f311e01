package baeum.exercises.grade;

import baeum.exercises.format.Notebooks;
import baeum.exercises.format.Rebuild;
import baeum.exercises.tests.GradedTest;
import baeum.exercises.tests.Outcome;
import baeum.exercises.tests.TestRunner;
import baeum.exercises.wire.Codec;
import baeum.exercises.wire.Msg;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * Profile (not a test): where one submission's grading time goes, step by step, with the
 * assignment's own settings and sandbox. Prints the setup (hidden tests, staging, AOT cache), then,
 * {@code rounds} times: the worker's start until it is ready (JVM, JShell, preload), each cell's
 * evaluation, the anchor, each public and hidden test (wall time, and JUnit's own time for it), the
 * worker's end, and the CPU time of the workers stopped so far.
 *
 * <p>Run: {@code java -cp <exercises test+runtime class path> baeum.exercises.grade.WorkerProfile
 * exercises/assignments/ch09 [notebook.ipynb] [rounds]} (without a notebook: the teacher's own;
 * {@code -DnoAot=true}: workers without the AOT cache).
 */
public final class WorkerProfile {

    private static long last;

    private WorkerProfile() {
    }

    private static double lap() {
        long now = System.nanoTime();
        double s = (now - last) / 1e9;
        last = now;
        return s;
    }

    public static void main(String[] args) throws Exception {
        GradingSetup.noKernelWarmup();
        Path assignment = Path.of(args[0]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        lap();
        try (GradingSetup setup = GradingSetup.open(assignment, null, 0, !Boolean.getBoolean("noAot"))) {
            WorkerConfig config = setup.config();
            System.out.printf("setup: %.2f s (sandbox %s, jit %s, AOT cache %s)%n", lap(), config.sandbox(), config.jit(),
                    config.aotCache() == null ? "none" : "yes");
            ObjectNode teacher = Notebooks.read(setup.assignment().notebook());
            var cells = Rebuild.of(teacher, args.length > 1 ? Notebooks.read(Path.of(args[1])) : teacher).cells();
            for (int round = 1; round <= rounds; round++) {
                long cpu0 = WorkerProcess.cpuNanos();
                lap();
                try (Session s = new Session(config, cells, c -> 300, System.nanoTime() + (long) 1200e9)) {
                    // the session's first worker, started as grading starts it, then each cell on it
                    s.runCells();
                    System.out.printf("round %d: worker start, %d cells, anchor: %.3f s%n", round, cells.size(), lap());
                    for (GradedTest t : setup.tests()) {
                        Outcome o = TestRunner.run(t, new RemoteStudent(s, 300));
                        System.out.printf("  %-8s %-22s %-28s %s %.3f s (JUnit %d ms)%n", t.hidden() ? "hidden" : "public",
                                t.exercise(), t.method().getName(), o.passed() ? "passed" : "FAILED", lap(), o.millis());
                    }
                    System.out.printf("  worker starts: %d%n", s.starts());
                }
                System.out.printf("  end of the worker: %.3f s; its CPU: %.2f s%n", lap(), (WorkerProcess.cpuNanos() - cpu0) / 1e9);
                try (WorkerProcess w = new WorkerProcess(config)) {
                    System.out.printf("  a second worker, ready: %.3f s%n", lap());
                    for (Rebuild.Cell c : cells) {
                        WorkerProcess.Reply r = w.request(Msg.EVAL, d -> Codec.write(d, c.source()), 300);
                        System.out.printf("    cell %d (%s): %s %.3f s%n", c.number(), c.exercise() == null ? "setup" : c.exercise(),
                                r.status() == Msg.OK ? "ok" : "failed", lap());
                    }
                    w.request(Msg.ANCHOR, d -> { }, 30);
                    System.out.printf("    anchor: %.3f s%n", lap());
                }
            }
        }
    }
}
