package baeum.exercises;

import baeum.exercises.tests.GradingExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 {@code @Test} method that takes a {@link Student} as a graded test of one
 * exercise. It runs on the JUnit Platform, so every JUnit annotation means what it means
 * ({@code @BeforeEach}, {@code @Timeout}, {@code @ParameterizedTest} with the Student as its last
 * parameter, {@code @Disabled}: not graded at all); {@link GradingExtension} passes the Student in.
 *
 * <pre>
 * &#64;Test &#64;DisplayName("sigmoid(0) is 0.5")
 * &#64;Graded(exercise = "ch04_sigmoid", points = 1)
 * void sigmoidOfZero(Student s) { ... }
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(GradingExtension.class)
public @interface Graded {

    /** The {@code grade_id} of the exercise's solution cell. */
    String exercise();

    /** Points for passing this test. */
    double points() default 1;

    /**
     * Gradescope visibility: {@code visible}, {@code hidden}, {@code after_due_date} or
     * {@code after_published}. Empty: {@code visible} for public tests, {@code after_published}
     * for hidden ones.
     */
    String visibility() default "";
}
