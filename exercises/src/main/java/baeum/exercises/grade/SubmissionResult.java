package baeum.exercises.grade;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import baeum.exercises.format.Notebooks;
import java.util.List;

/**
 * The grade of one submission: Gradescope's results.json and what the feedback, gradebook and
 * summary need.
 *
 * @param status {@code graded}, {@code unreadable} (not a notebook of this assignment) or
 *     {@code autograder failed}
 * @param output the top-level text shown to the student
 */
public record SubmissionResult(String student, String status, double score, double maxScore, double seconds,
                               String output, List<TestResult> tests, String feedback) {

    /** Gradescope's results.json: score, execution_time, output, tests[] (name, score, max_score, status, visibility, output). */
    public ObjectNode toJson() {
        ObjectNode j = Notebooks.JSON.createObjectNode();
        j.put("score", score);
        j.put("execution_time", Math.round(seconds));
        j.put("output", output);
        ArrayNode ts = j.putArray("tests");
        for (TestResult t : tests) {
            ObjectNode o = ts.addObject();
            o.put("name", t.name());
            o.put("score", t.score());
            o.put("max_score", t.maxScore());
            o.put("status", t.status());
            o.put("visibility", t.visibility());
            o.put("output", t.output());
        }
        return j;
    }

    /** A result for a submission the grader failed on: a visible "autograder failed" entry, score 0. */
    public static SubmissionResult autograderFailed(String student, double maxScore, Throwable cause) {
        String why = "The autograder failed on this submission (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "). Your teacher has been told;"
                + " this is not a grade.";
        var t = new TestResult("autograder failed", 0, maxScore, "failed", "visible", why, "");
        return new SubmissionResult(student, "autograder failed", 0, maxScore, 0, why, List.of(t),
                "Baeum feedback for " + student + "\n\n" + why + "\n");
    }
}
