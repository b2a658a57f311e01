package baeum.exercises;

/**
 * A class of public graded tests, found by {@code check()} through
 * {@code META-INF/services/baeum.exercises.PublicTests}. Its {@link Graded} methods run in the
 * student's session and again at grading; it needs a public no-argument constructor.
 */
public interface PublicTests {
}
