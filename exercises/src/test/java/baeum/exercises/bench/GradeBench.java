package baeum.exercises.bench;

import baeum.exercises.grade.BatchGrader;
import baeum.exercises.grade.GradingSetup;
import baeum.exercises.grade.Hostile;
import baeum.exercises.grade.Reports;
import baeum.exercises.grade.Submissions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark (not a test): grades N generated ch04 submissions — correct, partly wrong, empty and
 * hostile — and prints wall time, CPU time and the grader's peak memory.
 *
 * <p>Run: {@code java -cp <exercises test+runtime class path> baeum.exercises.bench.GradeBench [N] [jobs] [dir]}
 */
public final class GradeBench {

    private GradeBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("baeum-bench");
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        for (int i = 0; i < n; i++) write(i, subs);
        long t0 = System.nanoTime();
        try (GradingSetup setup = GradingSetup.open(Submissions.ASSIGNMENT, null, 0, !Boolean.getBoolean("noAot"))) {
            List<BatchGrader.Row> rows = new BatchGrader(setup.grader(), jobs, true).run(subs, dir.resolve("graded"));
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.print(Reports.summary(rows, wall, jobs, setup.config().sandbox()));
        }
        System.out.println("results: " + dir.resolve("graded"));
    }

    /** Mix of 100: 40 correct, 25 partly wrong, 15 empty, 20 hostile (loop, exit, halt, memory, compile error, reads, forge, bad files). */
    static void write(int i, Path subs) throws Exception {
        String name = String.format("s%03d", i);
        Path f = subs.resolve(name + ".ipynb");
        int k = i % 20;
        if (k < 8) Submissions.write(Submissions.filled(Submissions.answers(Submissions.SIGMOID, Submissions.RELU, Submissions.SOFTMAX,
                Submissions.CHAIN)), f);
        else if (k < 13) Submissions.write(Submissions.filled(Submissions.answers(Submissions.SIGMOID, Submissions.RELU_WRONG,
                Submissions.SOFTMAX_UNSTABLE)), f);
        else if (k < 16) Submissions.write(Submissions.released(), f);
        else {
            switch (((i / 20) * 4 + k - 16) % 10) {
                case 0, 6 -> Submissions.write(Submissions.filled(Submissions.answers(Hostile.LOOP, Submissions.RELU, Submissions.SOFTMAX)), f);
                case 1 -> Submissions.write(Submissions.filled(Submissions.answers(Submissions.SIGMOID, Hostile.EXIT, Submissions.SOFTMAX)), f);
                case 2 -> Submissions.write(Submissions.filled(Submissions.answers(Hostile.HALT_AT_TOP, Submissions.RELU, null)), f);
                case 3 -> Submissions.write(Submissions.filled(Submissions.answers(Hostile.OOM, Submissions.RELU, Submissions.SOFTMAX)), f);
                case 4 -> Submissions.write(Submissions.filled(Submissions.answers(Submissions.SIGMOID, Hostile.COMPILE_ERROR, Submissions.SOFTMAX)), f);
                case 5 -> Submissions.write(Submissions.filled(Submissions.answers(
                        Hostile.reads(Submissions.ASSIGNMENT.resolve("hidden/Ch04HiddenTests.java").toString()), null, null)), f);
                case 7 -> Submissions.write(Submissions.filled(Submissions.answers(null, Hostile.forge("/tmp/forged-results.json"), null)), f);
                case 8 -> Files.writeString(f, "{ not json");
                default -> Files.writeString(f, "");
            }
        }
    }
}
