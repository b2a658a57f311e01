package baeum.exercises.grade;

/**
 * One entry of Gradescope's {@code tests[]}.
 *
 * @param status {@code passed} or {@code failed}
 * @param exercise the exercise it belongs to (not written to results.json)
 */
public record TestResult(String name, double score, double maxScore, String status, String visibility,
                         String output, String exercise) {
}
