package baeum.exercises.cli;

import baeum.exercises.grade.BatchGrader;
import baeum.exercises.grade.GradingSetup;
import baeum.exercises.grade.SubmissionFiles;
import baeum.exercises.grade.SubmissionResult;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gradescope's side: grade the one submission in /autograder/submission and write
 * /autograder/results/results.json; whatever happens, a results.json is written.
 */
final class Gradescope {

    private Gradescope() {
    }

    static int run(Args a) {
        Path results = Path.of(a.get("results", "/autograder/results/results.json"));
        try (GradingSetup setup = GradingSetup.open(Path.of(a.get("assignment", "/autograder/source/assignment")), null, 0)) {
            Path dir = Path.of(a.get("submission", "/autograder/submission"));
            SubmissionFiles.Choice choice = SubmissionFiles.choose(dir, 3, setup.assignment().name(),
                    setup.grader().releasedFileName());
            Path nb = choice.file();
            SubmissionResult r;
            try {
                r = setup.grader().grade("submission", nb, nb == null ? "" : dir.relativize(nb).toString(), choice.why());
            } catch (Exception e) {
                r = SubmissionResult.autograderFailed("submission", setup.grader().maxScore(), e);
            }
            BatchGrader.write(r, results.toAbsolutePath().getParent());
            if (!results.getFileName().toString().equals("results.json")) Files.move(
                    results.toAbsolutePath().getParent().resolve("results.json"), results);
            return 0;
        } catch (Exception e) {
            try {
                Main.writeFailure(results, e);
            } catch (java.io.IOException io) {
                e.addSuppressed(io);
            }
            e.printStackTrace();
            return 1;
        }
    }
}
