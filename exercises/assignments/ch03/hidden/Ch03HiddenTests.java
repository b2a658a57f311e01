package baeum.exercises.ch03.hidden;

import static baeum.Baeum.fromArray;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.exercises.ch03.Ch03PublicTests;
import baeum.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 3. References are computed with plain Java loops in the grader's JVM
 * (independent of the engine's ops) or worked out by hand.
 */
public final class Ch03HiddenTests {

    private static float[] randomValues(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) r.nextGaussian();
        return v;
    }

    @Test
    @DisplayName("perceptronPredict on random inputs matches a loop over the rows, shape (N)")
    @Graded(exercise = "ch03_perceptron", points = 1)
    void perceptronRandom(Student s) {
        Random r = new Random(31);
        int n = 10, d = 3;
        float[] x = randomValues(r, n * d), w = randomValues(r, d);
        float b = 0.3f;
        float[] expected = new float[n];
        for (int i = 0; i < n; i++) {
            double z = b;
            for (int j = 0; j < d; j++) z += x[i * d + j] * w[j];
            expected[i] = z > 0 ? 1 : 0;
        }
        assertClose(fromArray(expected, n), s.tensor("perceptronPredict", fromArray(x, n, d), fromArray(w, d), (double) b));
    }

    @Test
    @DisplayName("perceptronPredict with a large negative bias answers 0 everywhere")
    @Graded(exercise = "ch03_perceptron", points = 1)
    void perceptronAllZero(Student s) {
        Tensor x = tensor(new float[][] {{1, 1}, {2, 3}, {-4, 5}});
        assertClose(tensor(0f, 0f, 0f), s.tensor("perceptronPredict", x, tensor(1f, 1f), -100.0));
    }

    @Test
    @DisplayName("andAfterTwoEpochs matches the rule followed step by step")
    @Graded(exercise = "ch03_rule_by_hand", points = 1)
    void ruleTwoEpochs(Student s) {
        // the rule in plain Java: AND, w = (0, 0), b = 0, lr = 0.5, examples in order
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 0, 0, 1};
        double w1 = 0, w2 = 0, b = 0;
        for (int epoch = 0; epoch < 2; epoch++) {
            for (int i = 0; i < 4; i++) {
                double yHat = x[i][0] * w1 + x[i][1] * w2 + b > 0 ? 1 : 0;
                double e = 0.5 * (y[i] - yHat);
                w1 += e * x[i][0];
                w2 += e * x[i][1];
                b += e;
            }
        }
        assertArrayEquals(new double[] {1.0, 0.5, 0.0}, new double[] {w1, w2, b}, 1e-12); // by hand, too
        double[] got = s.call("andAfterTwoEpochs", double[].class);
        assertEquals(3, got.length, "andAfterTwoEpochs must return three numbers: w1, w2, b");
        assertArrayEquals(new double[] {w1, w2, b}, got, 1e-9);
    }

    @Test
    @DisplayName("andAfterOneEpoch and andAfterTwoEpochs each return three numbers")
    @Graded(exercise = "ch03_rule_by_hand", points = 1)
    void ruleShapes(Student s) {
        assertEquals(3, s.call("andAfterOneEpoch", double[].class).length);
        assertEquals(3, s.call("andAfterTwoEpochs", double[].class).length);
    }

    @Test
    @DisplayName("mlpForward on random inputs matches plain loops, shape (N, K)")
    @Graded(exercise = "ch03_mlp", points = 1)
    void mlpRandom(Student s) {
        Random r = new Random(32);
        int n = 5, d = 3, h = 4, k = 2;
        float[] x = randomValues(r, n * d), w1 = randomValues(r, d * h), b1 = randomValues(r, h);
        float[] w2 = randomValues(r, h * k), b2 = randomValues(r, k);
        float[] expected = new float[n * k];
        for (int i = 0; i < n; i++) {
            double[] hid = new double[h];
            for (int j = 0; j < h; j++) {
                double z = b1[j];
                for (int m = 0; m < d; m++) z += x[i * d + m] * w1[m * h + j];
                hid[j] = Math.max(0, z);
            }
            for (int o = 0; o < k; o++) {
                double z = b2[o];
                for (int j = 0; j < h; j++) z += hid[j] * w2[j * k + o];
                expected[i * k + o] = (float) z;
            }
        }
        assertClose(fromArray(expected, n, k), s.tensor("mlpForward", fromArray(x, n, d), fromArray(w1, d, h),
                fromArray(b1, h), fromArray(w2, h, k), fromArray(b2, k)));
    }

    @Test
    @DisplayName("mlpForward with all hidden units negative returns b2 for every row")
    @Graded(exercise = "ch03_mlp", points = 1)
    void mlpDeadHidden(Student s) {
        Tensor x = tensor(new float[][] {{1, 2}, {3, 4}});
        Tensor w1 = tensor(new float[][] {{1, 1, 1}, {1, 1, 1}}), b1 = tensor(-100f, -100f, -100f);
        Tensor w2 = tensor(new float[][] {{5}, {6}, {7}}), b2 = tensor(new float[] {0.25f});
        assertClose(tensor(new float[][] {{0.25f}, {0.25f}}), s.tensor("mlpForward", x, w1, b1, w2, b2));
    }

    @Test
    @DisplayName("trainXor solves XOR from another seed")
    @Graded(exercise = "ch03_train_xor", points = 1)
    void trainXorOtherSeed(Student s) {
        Ch03PublicTests.assertSolvesXor(s.tensor("trainXor", 7L));
    }

    @Test
    @DisplayName("trainXor solves XOR from a third seed")
    @Graded(exercise = "ch03_train_xor", points = 1)
    void trainXorThirdSeed(Student s) {
        Ch03PublicTests.assertSolvesXor(s.tensor("trainXor", 123L));
    }
}
