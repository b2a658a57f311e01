package baeum.exercises.tests;

import baeum.exercises.Student;
import baeum.exercises.StudentException;
import baeum.tensor.Rng;
import java.lang.reflect.InvocationTargetException;

/**
 * Runs one graded test against a {@link Student}: a fresh instance of the test class, its method
 * called with the student; passed when it returns normally.
 */
public final class TestRunner {

    private TestRunner() {
    }

    public static Outcome run(GradedTest t, Student student) {
        long start = System.nanoTime();
        String message;
        boolean passed = false;
        // a random generator of this thread's own: the grader runs other submissions' tests in
        // other threads, whose manualSeed and draws would otherwise interleave with this test's
        try (var rng = Rng.threadScope()) {
            var ctor = t.method().getDeclaringClass().getDeclaredConstructor();
            ctor.setAccessible(true);
            t.method().invoke(ctor.newInstance(), student);
            passed = true;
            message = "";
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof GraderFault f) throw f;
            message = describe(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            message = "the test itself could not run (tell your teacher): " + e;
        }
        return new Outcome(t, passed, message, "", (System.nanoTime() - start) / 1_000_000);
    }

    /** A failure as a student should read it. */
    static String describe(Throwable e) {
        if (e instanceof StudentException) return e.getMessage();
        if (e instanceof AssertionError) return e.getMessage() == null ? "assertion failed" : e.getMessage();
        return "the test failed with " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
