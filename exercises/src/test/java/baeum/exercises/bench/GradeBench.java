package baeum.exercises.bench;

import baeum.exercises.format.Assign;
import baeum.exercises.format.Notebooks;
import baeum.exercises.grade.BatchGrader;
import baeum.exercises.grade.GradingSetup;
import baeum.exercises.grade.Hostile;
import baeum.exercises.grade.Reports;
import baeum.exercises.grade.Submissions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark (not a test): grades N generated submissions of ch04 or ch09 — the teacher's
 * solutions, half-right, released (stubs), broken and hostile ones — with the assignment's own
 * settings and prints wall time, CPU time, and the peak memory of the whole process tree (the
 * grader and every worker it runs at once, sampled every 100 ms).
 *
 * <p>Run: {@code java -cp <exercises test+runtime class path> baeum.exercises.bench.GradeBench [ch04|ch09] [N] [jobs] [dir]}
 * ({@code -DnoAot=true} starts workers without the AOT cache).
 */
public final class GradeBench {

    private GradeBench() {
    }

    public static void main(String[] args) throws Exception {
        GradingSetup.noKernelWarmup();   // as the grading command does
        String chapter = args.length > 0 ? args[0] : "ch04";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int jobs = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("baeum-bench");
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        Path assignment = Submissions.REPO.resolve("exercises/assignments").resolve(chapter);
        Map<String, Integer> mix = new TreeMap<>();
        for (int i = 0; i < n; i++) mix.merge(chapter.equals("ch09") ? writeCh09(i, subs, assignment) : writeCh04(i, subs), 1, Integer::sum);
        System.out.println(chapter + ": " + n + " submissions " + mix + ", " + jobs + " jobs, "
                + Runtime.getRuntime().availableProcessors() + " CPUs");
        TreeMemory memory = TreeMemory.start();
        long t0 = System.nanoTime();
        try (GradingSetup setup = GradingSetup.open(assignment, null, 0, !Boolean.getBoolean("noAot"))) {
            double setupSeconds = (System.nanoTime() - t0) / 1e9;
            List<BatchGrader.Row> rows = new BatchGrader(setup.grader(), jobs, true).run(subs, dir.resolve("graded"));
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.print(Reports.summary(rows, wall, jobs, setup.config().sandbox()));
            Map<String, double[]> byKind = new TreeMap<>();
            for (BatchGrader.Row r : rows) {
                double[] s = byKind.computeIfAbsent(r.student().replaceAll("-\\d+$", ""), k -> new double[4]);
                s[0]++;
                s[1] += r.result().seconds();
                s[2] = Math.max(s[2], r.result().seconds());
                s[3] += r.result().score();
            }
            System.out.printf("setup (tests, staging, AOT cache): %.1f s%n", setupSeconds);
            byKind.forEach((k, s) -> System.out.printf("  %-10s n=%3.0f  mean %.2f s, max %.2f s per submission, mean score %.1f%n",
                    k, s[0], s[1] / s[0], s[2], s[3] / s[0]));
        }
        System.out.printf("total wall: %.1f s; peak memory of the whole process tree: %d MB (grader + workers, RSS)%n",
                (System.nanoTime() - t0) / 1e9, memory.stop() / 1024);
        System.out.println("results: " + dir.resolve("graded"));
    }

    /** Mix of ch04 per 20: 8 correct, 5 partly wrong, 3 empty (released), 4 hostile (loop, exit, halt, memory, compile error, reads, forge, bad files). */
    static String writeCh04(int i, Path subs) throws Exception {
        int k = i % 20;
        String kind = k < 8 ? "teacher" : k < 13 ? "half" : k < 16 ? "released" : "hostile";
        Path f = subs.resolve(kind + "-" + String.format("%03d", i) + ".ipynb");
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
        return kind;
    }

    /**
     * Mix of ch09 per 10: 4 with the teacher's solutions, 2 half-right (accuracy and steps solved),
     * 1 released, 1 broken (trainStep does not compile), 2 hostile (an endless loop in accuracy;
     * System.exit, an out-of-memory loop or a file that is no notebook in fitFashion's cell).
     */
    static String writeCh09(int i, Path subs, Path assignment) throws Exception {
        ObjectNode teacher = Notebooks.read(teacherNotebook(assignment));
        Map<String, String> solution = new HashMap<>();
        for (ObjectNode c : Notebooks.cells(teacher)) if (Notebooks.isSolution(c)) solution.put(Notebooks.gradeId(c), Notebooks.source(c));
        int k = i % 10;
        String kind = k < 4 ? "teacher" : k < 6 ? "half" : k < 7 ? "released" : k < 8 ? "broken" : "hostile";
        Path f = subs.resolve(kind + "-" + String.format("%03d", i) + ".ipynb");
        Map<String, String> answers = new HashMap<>();
        switch (k) {
            case 0, 1, 2, 3 -> answers.putAll(solution);
            case 4, 5 -> {
                answers.put("ch09_accuracy", solution.get("ch09_accuracy"));
                answers.put("ch09_steps", solution.get("ch09_steps"));
            }
            case 6 -> { }
            case 7 -> {
                answers.putAll(solution);
                answers.put("ch09_train_step", "Tensor trainStep(Tensor w, Tensor b, Tensor x, Tensor y, double lr) {\n    return w.sub(lr)\n}\n");
            }
            case 8 -> {
                answers.putAll(solution);
                answers.put("ch09_accuracy", "double accuracy(Tensor logits, Tensor labels) {\n    while (true) { }\n}\n");
            }
            default -> {
                answers.putAll(solution);
                switch ((i / 10) % 3) {
                    case 0 -> answers.put("ch09_fashion", "System.exit(3);\n" + solution.get("ch09_fashion"));
                    case 1 -> answers.put("ch09_fashion", "Tensor fitFashion(Tensor xTrain, Tensor yTrain, Tensor xValid) {\n"
                            + "    var keep = new java.util.ArrayList<long[]>();\n    while (true) keep.add(new long[1 << 20]);\n}\n");
                    default -> {
                        Files.writeString(f, "{ not json");
                        return kind;
                    }
                }
            }
        }
        ObjectNode nb = Assign.studentVersion(teacher, Map.of());
        for (ObjectNode c : Notebooks.cells(nb)) {
            String id = Notebooks.gradeId(c);
            if (id != null && answers.containsKey(id)) Notebooks.setSource(c, answers.get(id));
        }
        Notebooks.write(nb, f);
        return kind;
    }

    private static Path teacherNotebook(Path assignment) throws Exception {
        return baeum.exercises.format.Assignment.load(assignment).notebook();
    }

    /** Samples the resident memory of this JVM and all its descendants; keeps the largest sum. */
    static final class TreeMemory {
        private volatile boolean running = true;
        private long peakKb;
        private Thread thread;

        static TreeMemory start() {
            TreeMemory m = new TreeMemory();
            m.thread = Thread.ofPlatform().daemon().name("tree-memory").start(m::sample);
            return m;
        }

        private void sample() {
            while (running) {
                long sum = rssKb(ProcessHandle.current().pid());
                for (ProcessHandle h : ProcessHandle.current().descendants().toList()) sum += rssKb(h.pid());
                synchronized (this) {
                    peakKb = Math.max(peakKb, sum);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            synchronized (this) {
                return peakKb;
            }
        }

        private static long rssKb(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status")))
                    if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            } catch (Exception e) {
                // gone, or not Linux
            }
            return 0;
        }
    }
}
