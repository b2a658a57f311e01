package baeum.exercises.tests;

import baeum.exercises.Student;
import baeum.exercises.StudentException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.TestInstantiationException;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Runs graded tests on the JUnit Platform (its launcher and the Jupiter engine), so that every
 * JUnit annotation means what it means ({@code @BeforeEach}, {@code @Timeout},
 * {@code @ParameterizedTest}, {@code @Disabled}, ...); {@link GradingExtension} passes each test
 * its {@link Student}. A test passes when JUnit reports it successful (a parameterized test: it
 * and every invocation); a failure becomes a message for the student.
 */
public final class TestRunner {

    /** What the tests of one run see. */
    public interface Students {

        /** The student that {@code t} calls: asked once per test (per invocation of a parameterized test). */
        Student student(GradedTest t);

        /**
         * Why {@code t} must not run now, or null to run it; asked just before it would run (so it
         * sees how the earlier tests went). A test that does not run fails with this message.
         */
        default String skip(GradedTest t) {
            return null;
        }
    }

    private TestRunner() {
    }

    /** Runs one graded test against {@code student}. */
    public static Outcome run(GradedTest t, Student student) {
        return run(List.of(t), test -> student).getFirst();
    }

    /**
     * Runs {@code tests} in one launcher session (each class's tests in method-name order unless
     * the class orders them), one outcome per test in the order given.
     *
     * @throws GraderFault when a test met one: the tests after it were not run
     */
    public static List<Outcome> run(List<GradedTest> tests, Students students) {
        Run run = new Run(tests, students);
        try (LauncherSession session = Platform.open()) {
            session.getStore().put(Namespace.create(GradingExtension.NAMESPACE), Run.class, run);
            session.getLauncher().execute(Platform.request(tests.stream().map(GradedTest::selector).distinct().toList(),
                    LauncherDiscoveryListener.NOOP), run);
        }
        if (run.fault != null) throw run.fault;
        return tests.stream().map(run::outcome).toList();
    }

    /** One run: its tests by id, and what JUnit reported for each test, invocation and container. */
    static final class Run implements TestExecutionListener {
        private final Students students;
        private final Map<String, GradedTest> byId = new HashMap<>();
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final Map<String, Report> reports = new ConcurrentHashMap<>();
        private final Set<String> ownReasons = ConcurrentHashMap.newKeySet();
        private volatile GraderFault fault;

        /** How one test, invocation or container went: a result, or why it was skipped. */
        private record Report(String name, TestExecutionResult result, String skipped, long millis) {
        }

        Run(List<GradedTest> tests, Students students) {
            this.students = students;
            for (GradedTest t : tests) byId.put(t.uniqueId(), t);
        }

        /** The graded test that {@code uniqueId} (its test, or one of its invocations) belongs to, or null. */
        GradedTest test(String uniqueId) {
            UniqueId id = UniqueId.parse(uniqueId);
            while (true) {
                GradedTest t = byId.get(id.toString());
                if (t != null || id.getSegments().size() <= 1) return t;
                id = id.removeLastSegment();
            }
        }

        Student student(GradedTest t) {
            return students.student(t);
        }

        String skip(GradedTest t) {
            String why = fault != null ? "not run: the grader failed (" + fault.getMessage() + ")" : students.skip(t);
            if (why != null) ownReasons.add(why);
            return why;
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            started.put(id.getUniqueId(), System.nanoTime());
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            reports.put(id.getUniqueId(), new Report(id.getDisplayName(), null, reason, 0));
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            Long t0 = started.get(id.getUniqueId());
            long millis = t0 == null ? 0 : (System.nanoTime() - t0) / 1_000_000;
            reports.put(id.getUniqueId(), new Report(id.getDisplayName(), result, null, millis));
            if (fault == null && result.getThrowable().orElse(null) instanceof GraderFault f) fault = f;
        }

        /** The outcome of {@code t}: its own report, its invocations', or that of the container that kept it from running. */
        Outcome outcome(GradedTest t) {
            Report own = reports.get(t.uniqueId());
            if (own == null) return new Outcome(t, false, notRun(t), "", 0);
            if (own.skipped() != null) return new Outcome(t, false, skipped(own.skipped()), "", 0);
            String failure = failure(own.result(), "");
            List<String> invocations = new ArrayList<>();
            String prefix = t.uniqueId() + "/";
            for (var e : reports.entrySet()) if (e.getKey().startsWith(prefix)) invocations.add(e.getKey());
            invocations.sort(java.util.Comparator.comparing(k -> started.getOrDefault(k, 0L)));
            for (String key : invocations) {
                if (failure != null) break;
                Report r = reports.get(key);
                failure = r.skipped() != null ? skipped(r.skipped()) : failure(r.result(), "case " + r.name() + ": ");
            }
            return new Outcome(t, failure == null, failure == null ? "" : failure, "", own.millis());
        }

        private String skipped(String reason) {
            return ownReasons.contains(reason) ? reason : "not run: " + reason;
        }

        private static String failure(TestExecutionResult r, String prefix) {
            return switch (r.getStatus()) {
                case SUCCESSFUL -> null;
                case ABORTED -> prefix + "not run: the test was aborted (" + r.getThrowable().map(Throwable::getMessage).orElse("") + ")";
                case FAILED -> prefix + r.getThrowable().map(TestRunner::describe).orElse("failed");
            };
        }

        /** Why a test has no report of its own: a container above it failed or was skipped. */
        private String notRun(GradedTest t) {
            UniqueId id = UniqueId.parse(t.uniqueId());
            while (id.getSegments().size() > 1) {
                id = id.removeLastSegment();
                Report r = reports.get(id.toString());
                if (r == null) continue;
                if (r.skipped() != null) return skipped(r.skipped());
                String f = failure(r.result(), "");
                if (f != null) return "the test itself could not run (tell your teacher): " + f;
            }
            return "the test itself could not run (tell your teacher): JUnit did not run it";
        }
    }

    /** A failure as a student should read it. */
    static String describe(Throwable e) {
        if (e instanceof StudentException) return e.getMessage();
        if (e instanceof AssertionError) return e.getMessage() == null ? "assertion failed" : e.getMessage();
        if (e instanceof TimeoutException) return "the test's own time limit ran out: " + e.getMessage();
        if (e instanceof ParameterResolutionException || e instanceof TestInstantiationException
                || e instanceof ExtensionConfigurationException || e instanceof PreconditionViolationException)
            return "the test itself could not run (tell your teacher): " + e.getMessage();
        return "the test failed with " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
