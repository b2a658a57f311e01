package baeum.exercises.tests;

/**
 * A failure of the grading machinery itself (a worker JVM that cannot start): not the student's
 * fault, so it is not reported as a failed test but ends the submission's grading, which then
 * gets an "autograder failed" result.
 */
public class GraderFault extends RuntimeException {

    public GraderFault(String message, Throwable cause) {
        super(message, cause);
    }
}
