package baeum.exercises.tests;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Finds graded tests in test classes, and the public test classes on the class path. */
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
     * The graded tests of {@code classes}, sorted by exercise then name.
     *
     * @throws IllegalArgumentException naming the method when a test is malformed
     */
    public static List<GradedTest> find(List<Class<?>> classes, boolean hidden) {
        List<GradedTest> out = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                Graded g = m.getAnnotation(Graded.class);
                if (g == null) continue;
                String where = c.getName() + "." + m.getName();
                if (m.getAnnotation(Test.class) == null)
                    throw new IllegalArgumentException(where + ": a @Graded method needs @Test too");
                if (m.getParameterCount() != 1 || m.getParameterTypes()[0] != Student.class || Modifier.isStatic(m.getModifiers()))
                    throw new IllegalArgumentException(where + ": a graded test is an instance method taking one Student");
                String vis = g.visibility().isEmpty() ? (hidden ? "after_published" : "visible") : g.visibility();
                if (!VISIBILITIES.contains(vis))
                    throw new IllegalArgumentException(where + ": visibility '" + vis + "' is not one of " + VISIBILITIES);
                DisplayName dn = m.getAnnotation(DisplayName.class);
                String name = dn != null ? dn.value() : m.getName();
                m.setAccessible(true);
                out.add(new GradedTest(g.exercise(), name, g.points(), vis, hidden, m));
            }
        }
        out.sort(Comparator.comparing(GradedTest::exercise).thenComparing(t -> t.method().getName()));
        return out;
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
