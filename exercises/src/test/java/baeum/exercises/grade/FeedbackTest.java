package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What feedback.txt and the top-level output show of hidden tests, before and after publication. */
class FeedbackTest {

    private static final List<TestResult> TESTS = List.of(
            new TestResult("ch04_relu: relu of [-1, 0, 2.5]", 1, 1, "passed", "visible", "", "ch04_relu"),
            new TestResult("ch04_relu: relu keeps the shape", 0, 1, "failed", "visible", "expected (2, 2) but got (4)", "ch04_relu"),
            new TestResult("[hidden] ch04_relu: relu on a random matrix", 0, 2, "failed", "after_published", "", "ch04_relu"),
            new TestResult("[hidden] ch04_relu: relu keeps the dtype", 3, 3, "passed", "after_published", "", "ch04_relu"));

    @Test
    void beforePublicationOnlyTheVisibleTestsAreScoredAndListed() {
        Feedback fb = new Feedback("alice", "ch04", Sandbox.BWRAP, "alice.ipynb");
        String top = fb.summary(TESTS, 4, 7);
        assertEquals("Score on the visible tests: 1 / 2\n2 hidden tests (5 of the 7 points) are graded too;"
                + " their results come when your teacher publishes the grades\nGraded file: alice.ipynb", top);
        String text = fb.render(TESTS, 4, 7, 1, false);
        assertFalse(text.contains("random matrix") || text.contains("Score: 4 / 7"), text);
        assertTrue(text.contains("ch04_relu   1 / 2\n"), text);
        assertTrue(text.contains("  + 2 hidden tests (5 pt): results after your teacher publishes the grades"), text);
    }

    @Test
    void afterPublicationHiddenTestsShowNameAndPassFailOnly() {
        Feedback fb = new Feedback("alice", "ch04", Sandbox.BWRAP, "alice.ipynb");
        String text = fb.render(TESTS, 4, 7, 1, true);
        assertTrue(text.contains("Score: 4 / 7\n"), text);
        assertTrue(text.contains("  [FAILED] [hidden] ch04_relu: relu on a random matrix  (2 pt)\n  [passed]"), text);
        assertTrue(text.contains("      expected (2, 2) but got (4)"), "a visible test's message stays: " + text);
    }

    @Test
    void withOnlyVisibleTestsTheScoreIsPlain() {
        Feedback fb = new Feedback("bob", "ch04", Sandbox.BWRAP, "");
        assertEquals("Score: 1 / 2", fb.summary(TESTS.subList(0, 2), 1, 2));
    }
}
