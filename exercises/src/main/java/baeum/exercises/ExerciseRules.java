package baeum.exercises;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a public test class, an exercise's time limit and forbidden calls as its cell's
 * {@code metadata.baeum} states them ({@code "timeout": 30}, {@code "forbidden": ["sigmoid"]}), so
 * that {@code check()} applies them in the student's session, where the notebook's metadata is not
 * available. The grader refuses an assignment whose notebook says otherwise.
 *
 * <pre>
 * &#64;ExerciseRules(exercise = "ch04_sigmoid", forbidden = {"sigmoid"})
 * </pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(ExerciseRules.List.class)
public @interface ExerciseRules {

    String exercise();

    /** Seconds each test may run; 0: the default of the exercise format (10 s). */
    double timeout() default 0;

    /** Names of calls the solution may not use. */
    String[] forbidden() default {};

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        ExerciseRules[] value();
    }
}
