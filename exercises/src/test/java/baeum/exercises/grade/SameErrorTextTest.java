package baeum.exercises.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.format.Notebooks;
import baeum.exercises.worker.WorkerMain;
import baeum.kernel.eval.JavaSession;
import baeum.kernel.eval.Outcome;
import baeum.kernel.eval.Preload;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The notebook and the grader evaluate cells with one evaluator: the same broken cell gives the
 * same error text in the kernel's {@link JavaSession} and in grading feedback.
 */
class SameErrorTextTest {

    /** ch04_sigmoid's cell, then a statement that fails as it runs (line 5 of the cell). */
    static final String THROWS = Submissions.SIGMOID + "int[] a = new int[1];\na[3] = 2;\n";

    @Test
    void aBrokenCellReadsTheSameInTheNotebookAndInTheFeedback() throws Exception {
        Outcome.Failed compile, runtime, notebook;
        try (JavaSession session = new JavaSession()) {
            assertEquals("", Preload.run(session));
            compile = assertInstanceOf(Outcome.Failed.class, session.eval(Hostile.COMPILE_ERROR, WorkerMain.CELL_LABEL));
            runtime = assertInstanceOf(Outcome.Failed.class, session.eval(THROWS, WorkerMain.CELL_LABEL));
            notebook = assertInstanceOf(Outcome.Failed.class, session.eval(Hostile.COMPILE_ERROR, "In [4]"));
        }
        assertTrue(compile.isCompileError(), compile.toString());
        assertEquals("line 2: ';' expected\n        return x.maskedFill(x.lt(0), 0)\n" + " ".repeat(39) + "^",
                compile.report());
        assertEquals("Compile error in In [4]:\n" + compile.report(),
                String.join("\n", notebook.traceback()).replaceAll("\u001b\\[[0-9;]*m", ""), "the notebook's traceback");
        assertEquals("ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 1\n"
                + "  at (your cell, line 5)\n      a[3] = 2;", runtime.report());

        ObjectNode teacher = Notebooks.read(Submissions.TEACHER);
        var cells = (ArrayNode) teacher.get("cells");
        for (int i = cells.size() - 1; i >= 0; i--)
            if (Notebooks.isCode(cells.get(i)) && Notebooks.gradeId(cells.get(i)) == null) cells.remove(i);
        try (GradingSetup setup = GradingSetup.open(Submissions.ASSIGNMENT, Sandbox.NONE, 0)) {
            var grader = new SubmissionGrader(setup.assignment(), teacher, setup.tests(), setup.config());
            var nb = Submissions.filled(Submissions.answers(THROWS, Hostile.COMPILE_ERROR, null));
            String feedback = grader.grade("broken", Notebooks.JSON.writeValueAsBytes(nb)).feedback();
            assertTrue(feedback.contains("  your cell " + ("does not compile:\n" + compile.report()).replace("\n", "\n    ")),
                    compile.report() + "\n--- not in ---\n" + feedback);
            assertTrue(feedback.contains("  your cell " + ("threw " + runtime.report()).replace("\n", "\n    ")),
                    runtime.report() + "\n--- not in ---\n" + feedback);
        }
    }
}
