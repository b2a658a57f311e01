package baeum.exercises.ch13;

import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 13 (RNNs, LSTMs and embeddings); expected values worked out by hand. */
@HiddenTests(exercise = "ch13_windows", count = 2)
@HiddenTests(exercise = "ch13_rnn", count = 2)
@HiddenTests(exercise = "ch13_lstm_cell", count = 2)
@HiddenTests(exercise = "ch13_nearest", count = 2)
@ExerciseRules(exercise = "ch13_rnn", forbidden = {"rnn"})
@ExerciseRules(exercise = "ch13_lstm_cell", forbidden = {"lstm", "lstmCell"})
public final class Ch13PublicTests implements PublicTests {

    static List<?> windows(Student s, Tensor series, int length) {
        List<?> out = s.call("slidingWindows", List.class, series, length);
        assertEquals(2, out.size(), "slidingWindows must return List.of(x, y)");
        return out;
    }

    @Test
    @DisplayName("slidingWindows of (0, 1, 2, 3, 4) with length 2: x [[0, 1], [1, 2], [2, 3]], y [2, 3, 4]")
    @Graded(exercise = "ch13_windows", points = 1)
    void windowsSmall(Student s) {
        List<?> xy = windows(s, tensor(0f, 1f, 2f, 3f, 4f), 2);
        assertClose(tensor(new float[][] {{0, 1}, {1, 2}, {2, 3}}), (Tensor) xy.get(0));
        assertClose(tensor(2f, 3f, 4f), (Tensor) xy.get(1));
    }

    @Test
    @DisplayName("slidingWindows of (5, 6, 7) with length 2 is one window: x [[5, 6]], y [7]")
    @Graded(exercise = "ch13_windows", points = 1)
    void windowsOne(Student s) {
        List<?> xy = windows(s, tensor(5f, 6f, 7f), 2);
        assertClose(tensor(new float[][] {{5, 6}}), (Tensor) xy.get(0));
        assertClose(tensor(new float[] {7}), (Tensor) xy.get(1));
    }

    @Test
    @DisplayName("rnnForward with one unit, weights 1, inputs (0.5, 0.5): tanh(0.5) = 0.4621, tanh(0.5 + 0.4621) = 0.7452")
    @Graded(exercise = "ch13_rnn", points = 1)
    void rnnScalar(Student s) {
        Tensor x = tensor(new float[][][] {{{0.5f}}, {{0.5f}}});
        Tensor one = tensor(new float[][] {{1}});
        Tensor expected = tensor(new float[][][] {{{0.46211716f}}, {{0.74521974f}}});
        assertClose(expected, s.tensor("rnnForward", x, zeros(1, 1), one, one, zeros(1), zeros(1)));
    }

    @Test
    @DisplayName("rnnForward starts from h0: x = 0, h0 = 1, wHh = 0.5 gives tanh(0.5) = 0.4621")
    @Graded(exercise = "ch13_rnn", points = 1)
    void rnnStartState(Student s) {
        Tensor out = s.tensor("rnnForward", zeros(1, 1, 1), tensor(new float[][] {{1}}), tensor(new float[][] {{1}}),
                tensor(new float[][] {{0.5f}}), zeros(1), zeros(1));
        assertClose(tensor(new float[][][] {{{0.46211716f}}}), out);
    }

    @Test
    @DisplayName("lstmCell with all weights and biases 0: every gate is 1/2 and g = 0, so c' = c/2 and h' = tanh(c/2)/2")
    @Graded(exercise = "ch13_lstm_cell", points = 1)
    void lstmZeroWeights(Student s) {
        // i = f = o = sigmoid(0) = 1/2, g = tanh(0) = 0: c' = c/2 = (1, -0.5); h' = 0.5 tanh(c') = (0.3808, -0.2311)
        var x = tensor(new float[][] {{0.3f, -0.7f}});
        var h = tensor(new float[][] {{0.1f, 0.2f}});
        var c = tensor(new float[][] {{2f, -1f}});
        List<?> out = s.call("lstmCell", List.class, x, h, c, zeros(8, 2), zeros(8, 2), zeros(8), zeros(8));
        assertClose(tensor(new float[][] {{0.38079708f, -0.23105858f}}), (Tensor) out.get(0));
        assertClose(tensor(new float[][] {{1f, -0.5f}}), (Tensor) out.get(1));
    }

    @Test
    @DisplayName("lstmCell with one unit: input 1, weights 1, biases 0, h = c = 0")
    @Graded(exercise = "ch13_lstm_cell", points = 1)
    void lstmOneUnit(Student s) {
        // every gate's pre-activation is 1: i = f = o = sigmoid(1) = 0.7311, g = tanh(1) = 0.7616
        // c' = 0.7311 * 0.7616 = 0.5568; h' = 0.7311 * tanh(0.5568) = 0.3696
        var one = tensor(new float[][] {{1f}});
        var w = tensor(new float[][] {{1f}, {1f}, {1f}, {1f}});
        List<?> out = s.call("lstmCell", List.class, one, zeros(1, 1), zeros(1, 1), w, w, zeros(4), zeros(4));
        assertClose(tensor(new float[][] {{0.36960635f}}), (Tensor) out.get(0), 1e-4, 1e-4);
        assertClose(tensor(new float[][] {{0.55676994f}}), (Tensor) out.get(1), 1e-4, 1e-4);
    }

    @Test
    @DisplayName("nearest of rows (1, 0), (0, 1), (2, 0.1), (-1, 0) to row 0 is 2")
    @Graded(exercise = "ch13_nearest", points = 1)
    void nearestExample(Student s) {
        // cosines with row 0: 0, 2 / sqrt(4.01) = 0.9988, -1
        var table = tensor(new float[][] {{1, 0}, {0, 1}, {2, 0.1f}, {-1, 0}});
        assertEquals(2, s.call("nearest", Integer.class, table, 0));
    }
}
