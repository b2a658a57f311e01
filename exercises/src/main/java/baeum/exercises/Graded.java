package baeum.exercises;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JUnit 5 {@code @Test} method that takes a {@link Student} as a graded test of one
 * exercise.
 *
 * <pre>
 * &#64;Test &#64;DisplayName("sigmoid(0) is 0.5")
 * &#64;Graded(exercise = "ch04_sigmoid", points = 1)
 * void sigmoidOfZero(Student s) { ... }
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
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
