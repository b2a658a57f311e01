package baeum.exercises.grade;

import baeum.exercises.format.Assign;
import baeum.exercises.format.Assignment;
import baeum.exercises.format.Exercise;
import baeum.exercises.format.NotebookException;
import baeum.exercises.format.Notebooks;
import baeum.exercises.tests.GradedTest;
import baeum.exercises.tests.TestDiscovery;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a grading run prepares once: the teacher's notebook, the public and hidden tests of
 * its exercises (checked against each other), the staged worker class path and the sandbox.
 */
public final class GradingSetup implements AutoCloseable {

    private final Assignment assignment;
    private final ObjectNode teacher;
    private final List<GradedTest> tests;
    private final Path privateDir;
    private final WorkerConfig config;

    private GradingSetup(Assignment assignment, ObjectNode teacher, List<GradedTest> tests, Path privateDir, WorkerConfig config) {
        this.assignment = assignment;
        this.teacher = teacher;
        this.tests = tests;
        this.privateDir = privateDir;
        this.config = config;
    }

    /**
     * Turns off the engine's background warm-up of its SIMD kernels in this JVM (unless
     * {@code -Dbaeum.warmup} says otherwise); call it first thing in a grading process. A grader's
     * own tensors are small test inputs, and the warm-up (a thread of ~1200 rounds of products and
     * the C2 compilations it causes) takes CPU from the workers: in the grading benchmark (ch04, 20
     * submissions, 2 jobs on 2 cores) the grader used 13.7 s of CPU without it against 17.0 s with it.
     */
    public static void noKernelWarmup() {
        if (System.getProperty("baeum.warmup") == null) System.setProperty("baeum.warmup", "false");
    }

    /** {@link #open(Path, Sandbox, int, boolean)} without an AOT cache (one submission, or tools). */
    public static GradingSetup open(Path assignmentDir, Sandbox sandbox, int memoryMb) throws IOException {
        return open(assignmentDir, sandbox, memoryMb, false);
    }

    /**
     * @param sandbox the sandbox mode, or null to use the strongest that works
     * @param memoryMb the worker heap cap, or 0 for the assignment's
     * @param aot make an AOT cache for the workers first ({@link AotTraining}): for batches
     */
    public static GradingSetup open(Path assignmentDir, Sandbox sandbox, int memoryMb, boolean aot) throws IOException {
        Assignment a = Assignment.load(assignmentDir);
        ObjectNode teacher;
        try {
            teacher = Notebooks.read(a.notebook());
            Assign.validate(teacher);
        } catch (NotebookException e) {
            throw new IOException("teacher's notebook " + a.notebook() + ": " + e.getMessage());
        }
        Path privateDir = Files.createTempDirectory("baeum-grader");
        List<GradedTest> tests;
        WorkerLib lib;
        try {
            tests = tests(teacher, a, privateDir);
            lib = WorkerLib.stage(WorkerLib.fromThisJvm());
        } catch (IOException | RuntimeException e) {
            Files2.deleteTree(privateDir);
            throw e;
        }
        Sandbox mode = sandbox == null ? Sandbox.detect() : sandbox;
        String refused = mode.unavailable();
        if (refused != null) {
            config0Cleanup(lib, privateDir);
            throw new IOException("not grading: " + refused);
        }
        var config = new WorkerConfig(mode, lib, memoryMb > 0 ? memoryMb : a.memoryMb(), 16 * 1024,
                Path.of(System.getProperty("java.home")), null, System.getProperty("baeum.worker.jit", a.jit()));
        if (aot) config = AotTraining.train(config, teacher);
        return new GradingSetup(a, teacher, tests, privateDir, config);
    }

    /** Public tests of the notebook's exercises, then hidden ones, checked against the declared counts. */
    static List<GradedTest> tests(ObjectNode teacher, Assignment a, Path privateDir) throws IOException {
        Set<String> ids = Exercise.of(teacher).stream().map(Exercise::id).collect(Collectors.toSet());
        List<Class<?>> publicClasses = TestDiscovery.publicTestClasses();
        List<GradedTest> all = new ArrayList<>(TestDiscovery.find(publicClasses, false).stream()
                .filter(t -> ids.contains(t.exercise())).toList());
        List<GradedTest> hidden = HiddenTestsCompiler.load(a.hiddenTests(), privateDir);
        Map<String, Integer> found = new HashMap<>();
        for (GradedTest t : hidden) {
            if (!ids.contains(t.exercise()))
                throw new IOException("hidden test '" + t.name() + "' is for exercise '" + t.exercise()
                        + "', which the notebook does not have (its exercises: " + ids + ")");
            found.merge(t.exercise(), 1, Integer::sum);
        }
        for (var e : TestDiscovery.declaredHiddenCounts(publicClasses).entrySet()) {
            if (!ids.contains(e.getKey())) continue;
            int n = found.getOrDefault(e.getKey(), 0);
            if (n != e.getValue())
                throw new IOException("exercise " + e.getKey() + " declares " + e.getValue() + " hidden tests (@HiddenTests)"
                        + " but " + a.hiddenTests() + " has " + n + ": make them agree, so check() tells students the truth");
        }
        checkRules(teacher, publicClasses);
        all.addAll(hidden);
        List<String> order = Exercise.of(teacher).stream().map(Exercise::id).toList();
        all.sort(java.util.Comparator.comparingInt((GradedTest t) -> order.indexOf(t.exercise()))
                .thenComparing(GradedTest::hidden).thenComparing(t -> t.method().getName()));
        return all;
    }

    /**
     * The notebook's forbidden calls and time limits must be what the public classes declare
     * ({@link baeum.exercises.ExerciseRules}), since check() applies those in the student's session.
     */
    static void checkRules(ObjectNode teacher, List<Class<?>> publicClasses) throws IOException {
        var rules = baeum.exercises.repl.CheckGuard.rules(publicClasses);
        for (Exercise e : Exercise.of(teacher)) {
            var r = rules.get(e.id());
            Set<String> declared = r == null ? Set.of() : Set.of(r.forbidden());
            if (!declared.equals(Set.copyOf(e.forbidden())))
                throw new IOException("exercise " + e.id() + " forbids " + e.forbidden() + " in its cell's metadata.baeum but its"
                        + " public tests declare " + declared + " (@ExerciseRules): make them agree, so check() says what grading does");
            if (r != null && r.timeout() > 0 && r.timeout() != e.timeoutSeconds())
                throw new IOException("exercise " + e.id() + " has a time limit of " + e.timeoutSeconds() + " s in its cell's"
                        + " metadata.baeum but its public tests declare " + r.timeout() + " s (@ExerciseRules): make them agree");
            // without a declared limit check() stops a test at its own default: a longer limit must be declared
            if ((r == null || r.timeout() <= 0) && e.timeoutSeconds() > baeum.exercises.repl.CheckGuard.DEFAULT_TIMEOUT)
                throw new IOException("exercise " + e.id() + " has a time limit of " + e.timeoutSeconds() + " s in its cell's"
                        + " metadata.baeum but its public tests declare none, so check() would stop its code after "
                        + baeum.exercises.repl.CheckGuard.DEFAULT_TIMEOUT + " s: declare it (@ExerciseRules(exercise = \"" + e.id()
                        + "\", timeout = " + e.timeoutSeconds() + "))");
        }
    }

    private static void config0Cleanup(WorkerLib lib, Path privateDir) {
        lib.delete();
        Files2.deleteTree(privateDir);
    }

    /** Points per exercise, public and hidden tests together. */
    public Map<String, Double> points() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (GradedTest t : tests) out.merge(t.exercise(), t.points(), Double::sum);
        return out;
    }

    public SubmissionGrader grader() {
        return new SubmissionGrader(assignment, teacher, tests, config);
    }

    public Assignment assignment() {
        return assignment;
    }

    public WorkerConfig config() {
        return config;
    }

    public List<GradedTest> tests() {
        return tests;
    }

    @Override
    public void close() {
        config.lib().delete();
        Files2.deleteTree(privateDir);
    }
}
