package baeum.exercises.ch13.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.zeros;
import static baeum.Baeum.tensor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 13: windows by index, the LSTM cell by hand, the RNN and the LSTM against the engine's nn.rnn and nn.lstm with the same weights. */
public final class Ch13HiddenTests {

    @Test
    @DisplayName("slidingWindows: matches the windows taken by index")
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
    @DisplayName("rnnForward: matches nn.rnn with the same weights")
    @Graded(exercise = "ch13_rnn", points = 3)
    void rnnMatchesNn(Student s) {
        compareWithRnn(s, 122, 6, 3, 2, 5);
    }

    @Test
    @DisplayName("rnnForward: a long sequence matches nn.rnn")
    @Graded(exercise = "ch13_rnn", points = 1)
    void rnnLong(Student s) {
        compareWithRnn(s, 123, 30, 1, 1, 3);
    }

    @Test
    @DisplayName("lstmCell: one step matches nn.lstm with the same weights")
    @Graded(exercise = "ch13_lstm_cell", points = 2)
    void lstmMatchesNn(Student s) {
        manualSeed(131);
        var lstm = nn.lstm(3, 4);
        Map<String, Tensor> p = lstm.namedParameters();
        Tensor x = randn(2, 3), h0 = randn(2, 4), c0 = randn(2, 4);
        var ref = lstm.forward(x.unsqueeze(0), h0.unsqueeze(0), c0.unsqueeze(0));
        List<?> out = s.call("lstmCell", List.class, x, h0, c0, p.get("weight_ih_l0").detach(), p.get("weight_hh_l0").detach(),
                p.get("bias_ih_l0").detach(), p.get("bias_hh_l0").detach());
        assertClose(ref.h().get(0).detach(), (Tensor) out.get(0));
        assertClose(ref.c().get(0).detach(), (Tensor) out.get(1));
    }

    @Test
    @DisplayName("lstmCell: a closed forget gate drops the old cell state")
    @Graded(exercise = "ch13_lstm_cell", points = 1)
    void lstmForgetGate(Student s) {
        // biases: i = +20 (open), f = -20 (closed), g = 0 with input weight 1 on x = 0.5, o = +20 (open)
        // i, o ~ 1, f ~ 0: c' = tanh(0.5) = 0.4621 whatever c was; h' = tanh(0.4621) = 0.4318
        var b = tensor(20f, -20f, 0f, 20f);
        var wIh = tensor(new float[][] {{0f}, {0f}, {1f}, {0f}});
        List<?> out = s.call("lstmCell", List.class, tensor(new float[][] {{0.5f}}), zeros(1, 1), tensor(new float[][] {{5f}}),
                wIh, zeros(4, 1), b, zeros(4));
        assertClose(tensor(new float[][] {{0.46211716f}}), (Tensor) out.get(1), 1e-4, 1e-5);
        assertClose(tensor(new float[][] {{0.43180819f}}), (Tensor) out.get(0), 1e-4, 1e-5);
    }

    @Test
    @DisplayName("nearest: compares directions, not lengths")
    @Graded(exercise = "ch13_nearest", points = 1)
    void nearestDirection(Student s) {
        // row 1 is far in distance but points the same way as row 0 (cosine 1); row 2 is close but at 45 degrees
        var table = tensor(new float[][] {{1, 1}, {10, 10}, {1, 0}, {0, -3}});
        assertEquals(1, s.call("nearest", Integer.class, table, 0));
        assertEquals(0, s.call("nearest", Integer.class, table, 1));
    }

    @Test
    @DisplayName("nearest: ties go to the smaller index and the row itself is never chosen")
    @Graded(exercise = "ch13_nearest", points = 1)
    void nearestTies(Student s) {
        // rows 0 and 2 both point along the row 3's direction (cosine 1): the smaller, 0, wins
        var table = tensor(new float[][] {{2, 0}, {0, 1}, {5, 0}, {1, 0}});
        assertEquals(0, s.call("nearest", Integer.class, table, 3));
        assertEquals(2, s.call("nearest", Integer.class, table, 0));
    }
}
