package baeum.exercises;

import baeum.tensor.Tensor;

/**
 * The student's code, as a graded test sees it: a way to call the methods the student defined.
 *
 * <p>In the student's session ({@code check()}) the call goes straight to the latest definition
 * of the method in the JShell session; in the grader it goes to a separate worker JVM that runs
 * the submission, and only the returned value comes back. Either way the test decides pass or
 * fail itself, from the value, in its own JVM.
 *
 * <pre>
 * jshell> Tensor y = s.call("sigmoid", Tensor.class, tensor(0f, 1f))
 * </pre>
 */
public interface Student {

    /**
     * Calls the student's top-level method {@code method} with {@code args} and returns its
     * value, which must be an instance of {@code type} (use wrapper classes for primitives).
     *
     * @throws StudentException when the method is missing, throws, returns another type, runs
     *     out of time or memory, or ends the session; the message says which, for the student
     */
    <T> T call(String method, Class<T> type, Object... args);

    /** {@code call(method, Tensor.class, args)}. */
    default Tensor tensor(String method, Object... args) {
        return call(method, Tensor.class, args);
    }
}
