package baeum.exercises.ch13.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 12: windows by index, the RNN against the engine's nn.rnn with the same weights. */
public final class Ch13HiddenTests {

    @Test
    @DisplayName("slidingWindows of a random series of 20 with length 5 matches the windows taken by index")
    @Graded(exercise = "ch13_windows", points = 1)
    void windowsRandom(Student s) {
        manualSeed(121);
        Tensor series = randn(20);
        float[] v = series.toFloatArray(), x = new float[15 * 5], y = new float[15];
        for (int i = 0; i < 15; i++) {
            for (int j = 0; j < 5; j++) x[i * 5 + j] = v[i + j];
            y[i] = v[i + 5];
        }
        List<?> xy = s.call("slidingWindows", List.class, series, 5);
        assertClose(baeum.Baeum.fromArray(x, 15, 5), (Tensor) xy.get(0));
        assertClose(baeum.Baeum.fromArray(y, 15), (Tensor) xy.get(1));
    }

    @Test
    @DisplayName("slidingWindows with length 1 pairs each value with the next")
    @Graded(exercise = "ch13_windows", points = 1)
    void windowsLengthOne(Student s) {
        List<?> xy = s.call("slidingWindows", List.class, baeum.Baeum.tensor(1f, 4f, 9f), 1);
        assertClose(baeum.Baeum.tensor(new float[][] {{1}, {4}}), (Tensor) xy.get(0));
        assertClose(baeum.Baeum.tensor(4f, 9f), (Tensor) xy.get(1));
    }

    private static void compareWithRnn(Student s, long seed, int t, int n, int in, int hidden) {
        manualSeed(seed);
        Tensor x = randn(t, n, in), h0 = randn(n, hidden);
        Tensor wIh = randn(hidden, in).mul(0.5), wHh = randn(hidden, hidden).mul(0.5), bIh = randn(hidden), bHh = randn(hidden);
        var rnn = nn.rnn(in, hidden);
        rnn.loadStateDict(Map.of("weight_ih_l0", wIh, "weight_hh_l0", wHh, "bias_ih_l0", bIh, "bias_hh_l0", bHh));
        Tensor expected = rnn.forward(x, h0.unsqueeze(0)).output().detach();
        assertClose(expected, s.tensor("rnnForward", x, h0, wIh, wHh, bIh, bHh));
    }

    @Test
    @DisplayName("rnnForward on random (T 6, N 3, I 2) with H 5 matches nn.rnn with the same weights")
    @Graded(exercise = "ch13_rnn", points = 3)
    void rnnMatchesNn(Student s) {
        compareWithRnn(s, 122, 6, 3, 2, 5);
    }

    @Test
    @DisplayName("rnnForward on one long sequence (T 30, N 1, I 1, H 3) matches nn.rnn")
    @Graded(exercise = "ch13_rnn", points = 1)
    void rnnLong(Student s) {
        compareWithRnn(s, 123, 30, 1, 1, 3);
    }
}
