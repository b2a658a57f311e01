package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Notebooks;
import baeum.exercises.tests.TestDiscovery;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * An exercise that forbids a call ({@code metadata.baeum.forbidden}): a submission that uses it
 * fails the exercise's tests, and the feedback names the call and its line.
 */
class ForbiddenGradingTest {

    /** The teacher's ch04 without its demo cells (ch04_sigmoid forbids "sigmoid"). */
    static ObjectNode teacher() throws Exception {
        ObjectNode teacher = Notebooks.read(Submissions.TEACHER);
        var cells = (ArrayNode) teacher.get("cells");
        for (int i = cells.size() - 1; i >= 0; i--)
            if (Notebooks.isCode(cells.get(i)) && Notebooks.gradeId(cells.get(i)) == null) cells.remove(i);
        for (ObjectNode c : Notebooks.cells(teacher))
            if ("ch04_sigmoid".equals(Notebooks.gradeId(c)) && Notebooks.isSolution(c))
                ((ObjectNode) c.get("metadata").get("baeum")).putArray("forbidden").add("sigmoid");
        return teacher;
    }

    @Test
    void theBuiltInEarnsNothingAndTheFeedbackSaysWhichCall() throws Exception {
        ObjectNode teacher = teacher();
        try (GradingSetup setup = GradingSetup.open(Submissions.ASSIGNMENT, Sandbox.NONE, 0)) {
            var grader = new SubmissionGrader(setup.assignment(), teacher, setup.tests(), setup.config());
            String cheat = "Tensor sigmoid(Tensor x) {\n    // the built-in, once more\n    return x.sigmoid();\n}\n";
            var nb = Submissions.filled(Submissions.answers(cheat, Submissions.RELU, null));
            SubmissionResult r = grader.grade("cheat", Notebooks.JSON.writeValueAsBytes(nb));
            double sigmoid = r.tests().stream().filter(t -> t.exercise().equals("ch04_sigmoid")).mapToDouble(TestResult::score).sum();
            double relu = r.tests().stream().filter(t -> t.exercise().equals("ch04_relu")).mapToDouble(TestResult::score).sum();
            assertEquals(0, sigmoid, r.feedback());
            assertEquals(4, relu, "other exercises are graded as usual: " + r.feedback());
            assertTrue(r.feedback().contains("your cell 'ch04_sigmoid' uses a call this exercise does not allow: line 3:"
                    + " x.sigmoid(...) calls 'sigmoid'"), r.feedback());

            // written by hand, the same exercise passes
            var honest = Submissions.filled(Submissions.answers(Submissions.SIGMOID, null, null));
            SubmissionResult ok = grader.grade("honest", Notebooks.JSON.writeValueAsBytes(honest));
            assertEquals(4, ok.tests().stream().filter(t -> t.exercise().equals("ch04_sigmoid")).mapToDouble(TestResult::score).sum(),
                    ok.feedback());
        }
    }

    @Test
    void theGraderRefusesANotebookWhosePublicTestsDoNotDeclareItsRules() throws Exception {
        ObjectNode lax = Notebooks.read(Submissions.TEACHER);
        for (ObjectNode c : Notebooks.cells(lax))
            if ("ch04_sigmoid".equals(Notebooks.gradeId(c)) && Notebooks.isSolution(c)) ((ObjectNode) c.get("metadata").get("baeum")).remove("forbidden");
        IOException e = assertThrows(IOException.class, () -> GradingSetup.checkRules(lax, TestDiscovery.publicTestClasses()));
        assertTrue(e.getMessage().contains("exercise ch04_sigmoid forbids [] in its cell's metadata.baeum but its public"
                + " tests declare [sigmoid] (@ExerciseRules)"), e.getMessage());
        GradingSetup.checkRules(Notebooks.read(Submissions.TEACHER), TestDiscovery.publicTestClasses());

        // a time limit longer than check()'s default must be declared, or check() would stop legitimate code first
        ObjectNode slow = Notebooks.read(Submissions.TEACHER);
        for (ObjectNode c : Notebooks.cells(slow))
            if ("ch04_chain_by_hand".equals(Notebooks.gradeId(c)) && Notebooks.isSolution(c)) ((ObjectNode) c.get("metadata").get("baeum")).put("timeout", 120);
        IOException t = assertThrows(IOException.class, () -> GradingSetup.checkRules(slow, TestDiscovery.publicTestClasses()));
        assertTrue(t.getMessage().contains("exercise ch04_chain_by_hand has a time limit of 120.0 s in its cell's metadata.baeum but its"
                + " public tests declare none, so check() would stop its code after 30.0 s"), t.getMessage());
    }
}
