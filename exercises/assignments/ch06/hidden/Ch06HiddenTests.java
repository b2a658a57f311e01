package baeum.exercises.ch06.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 6. The layers' initial weights come from the same seed as the student's;
 * the outputs are then computed here with plain Java loops (not with the engine's layers), and
 * the counts are worked out by hand.
 */
public final class Ch06HiddenTests {

    /** x W^T + b in plain Java doubles, from a linear layer's weights. */
    private static double[][] linearByHand(double[][] x, baeum.nn.Module layer) {
        float[] w = layer.namedParameters().get("weight").toFloatArray();
        float[] b = layer.namedParameters().get("bias").toFloatArray();
        int out = b.length, in = w.length / out;
        double[][] y = new double[x.length][out];
        for (int n = 0; n < x.length; n++)
            for (int o = 0; o < out; o++) {
                double s = b[o];
                for (int i = 0; i < in; i++) s += w[o * in + i] * x[n][i];
                y[n][o] = s;
            }
        return y;
    }

    private static double[][] relu(double[][] x) {
        double[][] y = new double[x.length][];
        for (int n = 0; n < x.length; n++) {
            y[n] = x[n].clone();
            for (int i = 0; i < y[n].length; i++) y[n][i] = Math.max(0, y[n][i]);
        }
        return y;
    }

    private static double[][] rows(Tensor t) {
        float[] a = t.toFloatArray();
        int n = t.size(0), m = t.size(1);
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j] = a[i * m + j];
        return r;
    }

    private static Tensor toTensor(double[][] r) {
        float[][] f = new float[r.length][r[0].length];
        for (int i = 0; i < r.length; i++) for (int j = 0; j < r[0].length; j++) f[i][j] = (float) r[i][j];
        return tensor(f);
    }

    @Test
    @DisplayName("a deeper mlp: every linear layer, with ReLUs only between them")
    @Graded(exercise = "ch06_mlp", points = 1)
    void mlpDeep(Student s) {
        manualSeed(60);
        Tensor x = randn(6, 5);
        int[] sizes = {5, 16, 16, 8, 2};
        manualSeed(61);
        var layers = new baeum.nn.Module[sizes.length - 1];
        for (int i = 0; i + 1 < sizes.length; i++) layers[i] = nn.linear(sizes[i], sizes[i + 1]);
        double[][] h = rows(x);
        for (int i = 0; i < layers.length; i++) {
            h = linearByHand(h, layers[i]);
            if (i + 1 < layers.length) h = relu(h);
        }
        assertClose(toTensor(h), s.tensor("mlpOutput", 61L, x, sizes));
    }

    @Test
    @DisplayName("an mlp of two sizes is a single linear layer: its count and names")
    @Graded(exercise = "ch06_mlp", points = 1)
    void mlpSingleLayer(Student s) {
        assertEquals(8L, s.call("countParameters", Long.class, (Object) new int[] {3, 2}));
        assertEquals(List.of("0.weight", "0.bias"), s.call("mlpParameterNames", List.class, (Object) new int[] {3, 2}));
    }

    @Test
    @DisplayName("ResidualBlock with a narrow hidden layer matches the formula computed by hand")
    @Graded(exercise = "ch06_residual", points = 1)
    void residualRandom(Student s) {
        manualSeed(63);
        Tensor x = randn(5, 6);
        manualSeed(62);
        var fc1 = nn.linear(6, 3);
        var fc2 = nn.linear(3, 6);
        double[][] xr = rows(x), f = linearByHand(relu(linearByHand(xr, fc1)), fc2);
        for (int i = 0; i < f.length; i++) for (int j = 0; j < f[i].length; j++) f[i][j] += xr[i][j];
        assertClose(toTensor(f), s.tensor("residualOutput", 62L, x, 3));
    }

    @Test
    @DisplayName("ResidualBlock keeps negative inputs: the skip path is not passed through the ReLU")
    @Graded(exercise = "ch06_residual", points = 1)
    void residualKeepsNegativeInputs(Student s) {
        manualSeed(65);
        Tensor x = randn(4, 2).sub(5);      // all well below 0
        manualSeed(64);
        var fc1 = nn.linear(2, 4);
        var fc2 = nn.linear(4, 2);
        double[][] xr = rows(x), f = linearByHand(relu(linearByHand(xr, fc1)), fc2);
        for (int i = 0; i < f.length; i++) for (int j = 0; j < f[i].length; j++) f[i][j] += xr[i][j];
        assertClose(toTensor(f), s.tensor("residualOutput", 64L, x, 4));
    }

    @Test
    @DisplayName("parameterCounts: the convolution and the embedding")
    @Graded(exercise = "ch06_counts", points = 1)
    void countsConvEmbedding(Student s) {
        List<?> counts = s.call("parameterCounts", List.class);
        assertEquals(4, counts.size(), "four counts, one per layer");
        assertEquals(80L, ((Number) counts.get(1)).longValue(), "conv2d(1, 8, 3): 8*1*3*3 + 8");
        assertEquals(16000L, ((Number) counts.get(3)).longValue(), "embedding(1000, 16): 1000*16, no bias");
    }

    @Test
    @DisplayName("parameterCounts: the recurrent layer")
    @Graded(exercise = "ch06_counts", points = 1)
    void countsRnn(Student s) {
        List<?> counts = s.call("parameterCounts", List.class);
        assertEquals(4, counts.size(), "four counts, one per layer");
        assertEquals(640L, ((Number) counts.get(2)).longValue(), "rnn(10, 20): 20*10 + 20*20 + 20 + 20");
    }

    @Test
    @DisplayName("predict restores the mode the model was in")
    @Graded(exercise = "ch06_predict", points = 1)
    void predictRestoresMode(Student s) {
        manualSeed(73);
        Tensor x = randn(3, 4);
        assertEquals(List.of(true, false), s.call("modesAfterPredict", List.class, 8L, x),
                "[training after predict on a training model, training after predict on an eval model]");
    }

    @Test
    @DisplayName("predict records no gradients and gives the same output twice")
    @Graded(exercise = "ch06_predict", points = 1)
    void predictNoGrad(Student s) {
        manualSeed(74);
        Tensor x = randn(8, 4);
        assertEquals(List.of(true, true), s.call("predictRecordsNoGradient", List.class, 9L, x),
                "[output does not require grad, two calls give the same output]");
    }
}
