package baeum.exercises.tests;

import java.lang.reflect.Method;

/**
 * One graded test: a {@code @Graded} method of a test class, with what the reports need.
 *
 * @param exercise the exercise's {@code grade_id}
 * @param name what students read: the {@code @DisplayName}, or the method's name
 * @param points points for passing
 * @param visibility Gradescope visibility
 * @param hidden whether it comes from the grader's hidden tests
 */
public record GradedTest(String exercise, String name, double points, String visibility,
                         boolean hidden, Method method) {
}
