package baeum.exercises.tests;

/**
 * How one graded test went.
 *
 * @param message empty when passed; otherwise why it failed, for the student
 * @param output what the student's code printed while the test ran (may be empty)
 */
public record Outcome(GradedTest test, boolean passed, String message, String output, long millis) {

    public double score() {
        return passed ? test.points() : 0;
    }
}
