package baeum.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The class load test ({@code bin/baeum hub load}): starts {@code bin/baeum hub}, then N students
 * at once log in through the hub's REST API, start their servers, open the released chapter and
 * run every cell through the kernel's websocket ({@link Student}). Prints the time to a started
 * server and to the first result (median, p95), the cells run, the errors, the machine's memory
 * at the peak and per idle student, and how many idle students the machine could hold.
 */
public final class ClassLoad {

    private ClassLoad() {
    }

    static final String USAGE = """
            usage: baeum hub load [--students 20] [--lang en] [--chapter ch01] [--max-heap 1g]
              plays a class on a hub of its own (trial users, a temporary state folder): the students log in
              at once, start their servers and run every cell of the released chapter; prints the times,
              cells run, errors and memory. Exits 1 when any cell or student had an error.
              --max-heap is each kernel's heap here (1g; `baeum hub` itself defaults to 2g)""";

    public static void main(String[] args) throws Exception {
        int students = 20;
        String lang = "en", chapter = "ch01", heap = "1g";
        Path home = Path.of(System.getProperty("baeum.home", "."));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            boolean known = List.of("--students", "--lang", "--chapter", "--max-heap").contains(a);
            if (!known || i + 1 >= args.length) {
                System.err.println("baeum hub load: " + a + (known ? " needs a value" : ": unknown option") + "\n" + USAGE);
                System.exit(2);
            }
            switch (a) {
                case "--students" -> students = Integer.parseInt(args[++i]);
                case "--lang" -> lang = args[++i];
                case "--chapter" -> chapter = args[++i];
                case "--max-heap" -> heap = args[++i];
                default -> throw new AssertionError(a);
            }
        }
        String prefix = chapter + "_";
        Path teacher;
        try (var s = Files.list(home.resolve("notebooks").resolve(lang))) {
            teacher = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no chapter " + prefix + "* in notebooks/"));
        }
        Path state = Files.createTempDirectory("baeum-hub-load");
        int errors;
        long baseline = Memory.usedMb();
        System.out.printf("machine: %d CPUs (%s), %d MiB; in use before the hub: %d MiB; kernels' heap cap %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), Memory.totalMb(), baseline, heap);
        try (HubProcess hub = new HubProcess(home, state, List.of("--lang", lang, "--chapters", chapter,
                "--max-heap", heap))) {
            Thread.sleep(2000);
            long hubUsed = Memory.usedMb(), hubPss = Memory.treePssMb(hub.pid());
            AtomicLong peakUsed = new AtomicLong(hubUsed), peakPss = new AtomicLong(hubPss);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakUsed.accumulateAndGet(Memory.usedMb(), Math::max);
                    peakPss.accumulateAndGet(Memory.treePssMb(hub.pid()), Math::max);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            CountDownLatch go = new CountDownLatch(1);
            List<Student.Run> runs = new ArrayList<>();
            long t0 = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(students)) {
                List<Future<Student.Run>> futures = new ArrayList<>();
                for (int i = 1; i <= students; i++) {
                    Student s = new Student(hub.url, String.format("student%02d", i), "class");
                    futures.add(pool.submit(() -> {
                        go.await();
                        return s.run("course/" + teacher.getFileName(), teacher, Duration.ofMinutes(5));
                    }));
                }
                go.countDown();
                for (Future<Student.Run> f : futures) runs.add(f.get());
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(15000);   // the kernels' idle GC gives memory back; then measure the idle class
            sampler.interrupt();
            long idleUsed = Memory.usedMb(), idlePss = Memory.treePssMb(hub.pid());
            long kernels = Memory.pssMbOf(hub.pid(), "baeum.kernel.Main");
            long servers = Memory.pssMbOf(hub.pid(), "jupyterhub-singleuser");
            errors = report(runs, students, chapter, wall, baseline, hubUsed, hubPss, peakUsed.get(), peakPss.get(),
                    idleUsed, idlePss, kernels, servers);
        } finally {
            try (var files = Files.walk(state)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (errors > 0) {
            System.err.println("baeum hub load: " + errors + " error(s), listed above");
            System.exit(1);
        }
    }

    /** Prints the figures; returns the number of errors. */
    private static int report(List<Student.Run> runs, int n, String chapter, double wall, long baseline, long hubUsed,
                               long hubPss, long peakUsed, long peakPss, long idleUsed, long idlePss, long kernels, long servers) {
        List<String> errors = runs.stream().flatMap(r -> r.errors().stream()).toList();
        int cells = runs.stream().mapToInt(Student.Run::cellsRun).sum();
        System.out.printf("class: %d students at once, chapter %s, every code cell, wall %.1f s%n", n, chapter, wall);
        System.out.printf("time to a started server: median %.1f s, p95 %.1f s%n",
                percentile(runs.stream().mapToDouble(Student.Run::serverSeconds).toArray(), 50),
                percentile(runs.stream().mapToDouble(Student.Run::serverSeconds).toArray(), 95));
        System.out.printf("time to the first result: median %.1f s, p95 %.1f s%n",
                percentile(runs.stream().mapToDouble(Student.Run::firstResultSeconds).toArray(), 50),
                percentile(runs.stream().mapToDouble(Student.Run::firstResultSeconds).toArray(), 95));
        System.out.printf("cells run: %d; errors: %d%n", cells, errors.size());
        errors.forEach(e -> System.out.println("  " + e));
        System.out.printf("machine memory in use: %d MiB before the hub, %d MiB with the hub, %d MiB at the peak,"
                + " %d MiB with the class idle%n", baseline, hubUsed, peakUsed, idleUsed);
        System.out.printf("the hub's process tree (PSS): %d MiB alone, %d MiB at the peak, %d MiB idle%n", hubPss, peakPss, idlePss);
        double perStudent = (idlePss - hubPss) / (double) n;
        System.out.printf("per idle student: %.0f MiB (kernel JVM %.0f MiB, Jupyter server %.0f MiB); machine's"
                + " in-use figure per student: %.0f MiB%n", perStudent, kernels / (double) n, servers / (double) n,
                (idleUsed - hubUsed) / (double) n);
        long free = Memory.totalMb() - hubUsed;
        System.out.printf("this machine could hold about %d idle students (%d MiB free with the hub up / %.0f MiB each);"
                + " at the peak each needed %.0f MiB (%d at once)%n", (long) (free / perStudent), free, perStudent,
                (peakPss - hubPss) / (double) n, (long) (free / ((peakPss - hubPss) / (double) n)));
        return errors.size();
    }

    /** The CPU's model name as /proc/cpuinfo gives it, or "model unknown". */
    static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("model unknown");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "model unknown";
        }
    }

    /** The p-th percentile, nearest rank; NaN (a student who never got there) sorts last. */
    static double percentile(double[] xs, double p) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }
}
