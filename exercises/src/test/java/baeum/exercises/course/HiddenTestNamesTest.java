package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.grade.GradingSetup;
import baeum.exercises.grade.Sandbox;
import baeum.exercises.tests.GradedTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A hidden test's name reaches the student (its feedback shows name and pass/fail), so it carries
 * none of the test's data: no seed, noise level or other parameter with its value, from which
 * the hidden data could be made again.
 */
class HiddenTestNamesTest {

    /** A data word followed by its value: "seed 93", "noise 0.2", "lr=0.1". */
    static final Pattern DATA = Pattern.compile("(?i)\\b(seed|noise|lr)\\b\\s*[=:]?\\s*-?\\d");

    @Test
    void noHiddenTestNameGivesItsDataAway() throws Exception {
        assertTrue(DATA.matcher("fitPoly on noise 0.2, seed 93").find(), "the pattern finds what it is for");
        List<String> leaks = new ArrayList<>();
        int hidden = 0;
        for (Path dir : Course.assignments()) {
            try (GradingSetup setup = GradingSetup.open(dir, Sandbox.NONE, 0)) {
                for (GradedTest t : setup.tests()) {
                    if (!t.hidden()) continue;
                    hidden++;
                    if (DATA.matcher(t.name()).find()) leaks.add(dir.getFileName() + ": " + t.name());
                }
            }
        }
        assertTrue(leaks.isEmpty(), "hidden test names that name their data: " + leaks);
        assertTrue(hidden > 0 || Course.assignments().isEmpty(), "no hidden tests were found");
    }
}
