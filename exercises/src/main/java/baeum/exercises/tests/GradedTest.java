package baeum.exercises.tests;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * One graded test: a {@code @Graded} test method of a test class as the JUnit Platform discovered
 * it, with what the reports need. A {@code @ParameterizedTest} is one graded test: it passes when
 * every one of its invocations passes.
 *
 * @param exercise the exercise's {@code grade_id}
 * @param name what students read: the {@code @DisplayName}, or the method's name (never an
 *     invocation's name, which would show its arguments)
 * @param points points for passing
 * @param visibility Gradescope visibility
 * @param hidden whether it comes from the grader's hidden tests
 * @param testClass the class whose test it is (the method may be inherited)
 * @param method the test method
 * @param uniqueId the JUnit Platform's id of the method's test (or test template), which selects it
 */
public record GradedTest(String exercise, String name, double points, String visibility,
                         boolean hidden, Class<?> testClass, Method method, String uniqueId) {

    /**
     * What selects this test for the launcher: its class and method, as objects (a hidden test's
     * class is in a class loader of its own, where JUnit would not find it by name).
     */
    DiscoverySelector selector() {
        List<Class<?>> enclosing = new ArrayList<>();
        for (Class<?> c = testClass; c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers()); c = c.getEnclosingClass())
            enclosing.addFirst(c.getEnclosingClass());
        return enclosing.isEmpty() ? DiscoverySelectors.selectMethod(testClass, method)
                : DiscoverySelectors.selectNestedMethod(enclosing, testClass, method);
    }
}
