package baeum.exercises.ch13;

import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 12 (recurrent networks); expected values worked out by hand. */
@HiddenTests(exercise = "ch13_windows", count = 2)
@HiddenTests(exercise = "ch13_rnn", count = 2)
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
}
