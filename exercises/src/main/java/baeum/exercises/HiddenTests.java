package baeum.exercises;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a public test class, how many hidden tests an exercise has, so that
 * {@code check()} can tell the student without the hidden tests being in the session. The
 * grader checks the count against the hidden test classes and refuses a mismatch.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(HiddenTests.List.class)
public @interface HiddenTests {

    String exercise();

    int count();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        HiddenTests[] value();
    }
}
