package baeum.exercises.ch09.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.data.TensorDataset;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.exercises.ch09.Ch09PublicTests;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 9: values counted or derived by hand, other data, shapes. */
public final class Ch09HiddenTests {

    @Test
    @DisplayName("accuracy of a (4, 3) batch with one row right is 0.25")
    @Graded(exercise = "ch09_accuracy", points = 1)
    void accuracyQuarter(Student s) {
        Tensor logits = tensor(new float[][] {{1, 2, 3}, {3, 2, 1}, {1, 3, 2}, {0, 0, 1}});   // argmax 2, 0, 1, 2
        assertEquals(0.25, s.call("accuracy", Double.class, logits, tensor(2, 1, 2, 0)), 1e-6);
    }

    @Test
    @DisplayName("accuracy on random logits matches a count by hand")
    @Graded(exercise = "ch09_accuracy", points = 1)
    void accuracyRandom(Student s) {
        manualSeed(91);
        Tensor logits = randn(50, 7), labels = baeum.Baeum.randint(0, 7, 50);
        assertEquals(Ch09PublicTests.accuracyOf(logits, labels), s.call("accuracy", Double.class, logits, labels), 1e-6);
    }

    @Test
    @DisplayName("optimizer steps for other sizes, with and without dropLast, worked out by hand")
    @Graded(exercise = "ch09_steps", points = 1)
    void stepsOtherSizes(Student s) {
        assertEquals(4690, s.call("optimizerSteps", Integer.class, 60000, 128, 10, false));   // 469 * 10
        assertEquals(4680, s.call("optimizerSteps", Integer.class, 60000, 128, 10, true));    // 468 * 10
        assertEquals(3, s.call("optimizerSteps", Integer.class, 100, 100, 3, false));
        assertEquals(0, s.call("optimizerSteps", Integer.class, 99, 100, 2, true));
        assertEquals(2, s.call("optimizerSteps", Integer.class, 99, 100, 2, false));
    }

    @Test
    @DisplayName("one SGD step on random data matches W - lr (P - Y)^T x / N computed by hand")
    @Graded(exercise = "ch09_train_step", points = 2)
    void trainStepRandom(Student s) {
        manualSeed(97);
        int n = 5, d = 4, c = 3;
        double lr = 0.3;
        Tensor w = randn(c, d), b = randn(c), x = randn(n, d);
        Tensor y = tensor(2, 0, 1, 1, 0);
        float[] wf = w.toFloatArray(), bf = b.toFloatArray(), xf = x.toFloatArray();
        long[] yl = y.toLongArray();
        double[] expected = new double[c * d];
        for (int k = 0; k < c * d; k++) expected[k] = wf[k];
        for (int i = 0; i < n; i++) {
            double[] z = new double[c];
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int k = 0; k < c; k++) {
                z[k] = bf[k];
                for (int j = 0; j < d; j++) z[k] += xf[i * d + j] * wf[k * d + j];
                max = Math.max(max, z[k]);
            }
            for (int k = 0; k < c; k++) sum += Math.exp(z[k] - max);
            for (int k = 0; k < c; k++) {
                double g = Math.exp(z[k] - max) / sum - (yl[i] == k ? 1 : 0);
                for (int j = 0; j < d; j++) expected[k * d + j] -= lr * g * xf[i * d + j] / n;
            }
        }
        Tensor updated = s.tensor("trainStep", w, b, x, y, lr);
        assertArrayEquals(new int[] {c, d}, updated.shape().toArray(), "the new weight has the shape of w: " + updated.shape());
        float[] got = updated.toFloatArray();
        for (int k = 0; k < c * d; k++) assertEquals(expected[k], got[k], 1e-4, "W[" + k / d + ", " + k % d + "]");
    }

    @Test
    @DisplayName("fitFashion on other training images, graded on images of the test file")
    @Graded(exercise = "ch09_fashion", points = 2)
    void fashionOtherImages(Student s) {
        TensorDataset train = Ch09PublicTests.fashion(true), test = Ch09PublicTests.fashion(false);
        double acc = Ch09PublicTests.fashionAccuracy(s, train.x().narrow(0, 50000, 3000), train.y().narrow(0, 50000, 3000),
                test.x().narrow(0, 5000, 1000), test.y().narrow(0, 5000, 1000));
        assertTrue(acc >= 0.75, "accuracy " + acc + " is below 0.75");
    }

    @Test
    @DisplayName("fitFashion returns one row of 10 logits per validation image")
    @Graded(exercise = "ch09_fashion", points = 1)
    void fashionShape(Student s) {
        TensorDataset train = Ch09PublicTests.fashion(true);
        Tensor logits = s.tensor("fitFashion", train.x().narrow(0, 0, 200), train.y().narrow(0, 0, 200), train.x().narrow(0, 200, 7));
        assertArrayEquals(new int[] {7, 10}, logits.shape().toArray(), "logits must be (7, 10): " + logits.shape());
    }
}
