package baeum.exercises.ch04.hidden;

import static baeum.Baeum.fromArray;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 4: compiled and run only by the grader. Inputs are made here and the
 * expected values are worked out by hand or computed with plain Java loops, in the grader's JVM;
 * the student's session only ever returns its answers.
 */
public final class Ch04HiddenTests {

    /** Random values with standard deviation 4, from java.util.Random (independent of the engine). */
    private static float[] randomValues(long seed, int n) {
        Random r = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) (4 * r.nextGaussian());
        return v;
    }

    @Test
    @DisplayName("sigmoid saturates without NaN at large negative and positive inputs")
    @Graded(exercise = "ch04_sigmoid", points = 1)
    void sigmoidExtremes(Student s) {
        assertClose(tensor(0f, 1f), s.tensor("sigmoid", tensor(-100f, 100f)), 0, 1e-6);
    }

    @Test
    @DisplayName("sigmoid matches a plain-Java reference on a random matrix, same shape")
    @Graded(exercise = "ch04_sigmoid", points = 1)
    void sigmoidRandom(Student s) {
        float[] x = randomValues(41, 20), expected = new float[20];
        for (int i = 0; i < 20; i++) expected[i] = (float) (1 / (1 + Math.exp(-x[i])));
        assertClose(fromArray(expected, 4, 5), s.tensor("sigmoid", fromArray(x, 4, 5)));
    }

    @Test
    @DisplayName("relu matches a plain-Java reference on a random 3-d tensor, same shape")
    @Graded(exercise = "ch04_relu", points = 1)
    void reluRandom(Student s) {
        float[] x = randomValues(42, 24), expected = new float[24];
        for (int i = 0; i < 24; i++) expected[i] = Math.max(0f, x[i]);
        assertClose(fromArray(expected, 3, 4, 2), s.tensor("relu", fromArray(x, 3, 4, 2)));
    }

    @Test
    @DisplayName("relu of all-negative input is all zeros")
    @Graded(exercise = "ch04_relu", points = 1)
    void reluNegative(Student s) {
        assertClose(tensor(0f, 0f, 0f), s.tensor("relu", tensor(-0.5f, -7f, -1e-3f)));
    }

    @Test
    @DisplayName("softmax is stable for large inputs")
    @Graded(exercise = "ch04_softmax", points = 2)
    void softmaxStable(Student s) {
        // the same as softmax(1, 2, 3): only differences matter
        assertClose(tensor(0.09003057f, 0.24472847f, 0.66524096f), s.tensor("softmax", tensor(1000f, 1001f, 1002f)));
    }

    @Test
    @DisplayName("softmax matches a plain-Java reference on each row of a random matrix")
    @Graded(exercise = "ch04_softmax", points = 1)
    void softmaxRandom(Student s) {
        int rows = 4, cols = 6;
        float[] x = randomValues(43, rows * cols), expected = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int c = 0; c < cols; c++) max = Math.max(max, x[r * cols + c]);
            for (int c = 0; c < cols; c++) sum += Math.exp(x[r * cols + c] - max);
            for (int c = 0; c < cols; c++) expected[r * cols + c] = (float) (Math.exp(x[r * cols + c] - max) / sum);
        }
        assertClose(fromArray(expected, rows, cols), s.tensor("softmax", fromArray(x, rows, cols)));
    }

    @Test
    @DisplayName("sigmoidChainGradients: the second value is sigma'(sigma(0)) times sigma'(0)")
    @Graded(exercise = "ch04_chain_by_hand", points = 1)
    void chainSecond(Student s) {
        double h1 = 0.5;                                    // sigma(0)
        double s2 = 1 / (1 + Math.exp(-h1));                // sigma(0.5) = 0.62245933
        double expected = s2 * (1 - s2) * 0.25;             // 0.23500371 * 0.25 = 0.05875093
        assertEquals(0.0587509, expected, 1e-6);
        double[] got = s.call("sigmoidChainGradients", double[].class);
        assertEquals(3, got.length, "sigmoidChainGradients must return three numbers");
        assertEquals(expected, got[1], 1e-6);
    }

    @Test
    @DisplayName("sigmoidChainGradients: the third value is the bound for ten layers")
    @Graded(exercise = "ch04_chain_by_hand", points = 1)
    void chainBound(Student s) {
        double bound = 1.0 / (1 << 20);                     // (1/4)^10 = 2^-20
        double[] got = s.call("sigmoidChainGradients", double[].class);
        assertEquals(3, got.length, "sigmoidChainGradients must return three numbers");
        assertEquals(bound, got[2], bound * 1e-6);
    }
}
