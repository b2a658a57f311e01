package baeum.exercises.tests;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Finds graded tests in test classes the way JUnit does (the JUnit Platform's discovery), and the
 * public test classes on the class path. A {@code @Disabled} test (or a test of a
 * {@code @Disabled} class) is not graded: JUnit does not run it, and it counts for no points.
 */
public final class TestDiscovery {

    private static final Set<String> VISIBILITIES = Set.of("visible", "hidden", "after_due_date", "after_published");

    private TestDiscovery() {
    }

    /** The public test classes registered as services of {@link PublicTests}. */
    public static List<Class<?>> publicTestClasses() {
        List<Class<?>> out = new ArrayList<>();
        for (var p : ServiceLoader.load(PublicTests.class, TestDiscovery.class.getClassLoader()).stream().toList()) {
            out.add(p.type());
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    /** Public tests of every registered class. */
    public static List<GradedTest> publicTests() {
        return find(publicTestClasses(), false);
    }

    /**
     * The graded tests of {@code classes}, sorted by exercise then method name.
     *
     * @throws IllegalArgumentException naming the method when a test is malformed, or with JUnit's
     *     own words when JUnit finds an issue in a class
     */
    public static List<GradedTest> find(List<Class<?>> classes, boolean hidden) {
        if (classes.isEmpty()) return List.of();
        List<String> issues = new ArrayList<>();
        LauncherDiscoveryListener listener = new LauncherDiscoveryListener() {
            @Override
            public void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
                if (issue.severity().compareTo(DiscoveryIssue.Severity.WARNING) >= 0) issues.add(issue.message());
            }
        };
        TestPlan plan;
        try (LauncherSession session = Platform.open()) {
            plan = session.getLauncher().discover(Platform.request(classes.stream().map(DiscoverySelectors::selectClass).toList(), listener));
        }
        if (!issues.isEmpty()) throw new IllegalArgumentException("JUnit cannot run these tests as written: " + String.join("; ", issues));
        List<GradedTest> out = new ArrayList<>();
        Set<Method> found = new HashSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                if (!(id.getSource().orElse(null) instanceof MethodSource source)) continue;
                Method m = source.getJavaMethod();
                Graded g = m.getAnnotation(Graded.class);
                if (g == null) continue;
                found.add(m);
                if (disabled(m, source.getJavaClass())) continue;
                out.add(graded(g, source.getJavaClass(), m, id.getUniqueId(), hidden));
            }
        }
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getAnnotation(Graded.class) != null && !found.contains(m))
                    throw new IllegalArgumentException(c.getName() + "." + m.getName() + ": a @Graded method needs @Test"
                            + " (or @ParameterizedTest), and JUnit runs only instance methods that are not private");
            }
        }
        out.sort(Comparator.comparing(GradedTest::exercise).thenComparing(t -> t.method().getName()).thenComparing(GradedTest::uniqueId));
        return out;
    }

    private static GradedTest graded(Graded g, Class<?> testClass, Method m, String uniqueId, boolean hidden) {
        String where = m.getDeclaringClass().getName() + "." + m.getName();
        if (!Arrays.asList(m.getParameterTypes()).contains(Student.class))
            throw new IllegalArgumentException(where + ": a graded test takes a Student parameter (JUnit passes the student's code in)");
        String vis = g.visibility().isEmpty() ? (hidden ? "after_published" : "visible") : g.visibility();
        if (!VISIBILITIES.contains(vis))
            throw new IllegalArgumentException(where + ": visibility '" + vis + "' is not one of " + VISIBILITIES);
        DisplayName dn = m.getAnnotation(DisplayName.class);
        String name = dn != null ? dn.value() : m.getName();
        return new GradedTest(g.exercise(), name, g.points(), vis, hidden, testClass, m, uniqueId);
    }

    /** Whether JUnit's {@code @Disabled} switches the test off (on the method, or on its class or an enclosing one). */
    private static boolean disabled(Method m, Class<?> testClass) {
        if (AnnotationSupport.isAnnotated(m, Disabled.class)) return true;
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass())
            if (AnnotationSupport.isAnnotated(c, Disabled.class)) return true;
        return false;
    }

    /** How many hidden tests each exercise declares on the public classes ({@link HiddenTests}). */
    public static Map<String, Integer> declaredHiddenCounts(List<Class<?>> publicClasses) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Class<?> c : publicClasses) {
            for (HiddenTests h : c.getAnnotationsByType(HiddenTests.class)) out.put(h.exercise(), h.count());
        }
        return out;
    }
}
