package baeum.exercises.ch10.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.rand;
import static baeum.Baeum.randn;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 10: references computed here, element by element, or by hand. */
public final class Ch10HiddenTests {

    @Test
    @DisplayName("dropout of a random tensor matches an element-by-element reference")
    @Graded(exercise = "ch10_dropout", points = 2)
    void dropoutRandom(Student s) {
        manualSeed(101);
        Tensor x = randn(4, 5), u = rand(4, 5);
        float[] xs = x.toFloatArray(), us = u.toFloatArray(), out = new float[20];
        for (int i = 0; i < 20; i++) out[i] = us[i] >= 0.3f ? xs[i] / 0.7f : 0f;
        Tensor got = s.tensor("dropout", x, u, 0.3);
        assertArrayEquals(new int[] {4, 5}, got.shape().toArray(), "dropout keeps the shape of x: " + got.shape());
        assertClose(baeum.Baeum.fromArray(out, 4, 5), got);
    }

    @Test
    @DisplayName("dropout keeps the expected value: a kept value is divided by 1 - p")
    @Graded(exercise = "ch10_dropout", points = 1)
    void dropoutScale(Student s) {
        assertClose(baeum.Baeum.tensor(0f, 8f, 0f), s.tensor("dropout", baeum.Baeum.tensor(1f, 2f, 3f),
                baeum.Baeum.tensor(0.5f, 0.8f, 0.74f), 0.75));
    }

    @Test
    @DisplayName("earlyStop: an equal loss is no improvement")
    @Graded(exercise = "ch10_early_stopping", points = 1)
    void earlyStopTies(Student s) {
        assertArrayEquals(new int[] {2, 0}, s.call("earlyStop", int[].class, new double[] {1, 1, 1, 1}, 2));
    }

    @Test
    @DisplayName("earlyStop on noisy falling losses matches a reference")
    @Graded(exercise = "ch10_early_stopping", points = 2)
    void earlyStopRandom(Student s) {
        Random r = new Random(102);
        double[] losses = new double[40];
        for (int i = 0; i < 40; i++) losses[i] = 2.0 / (1 + i) + 0.3 * r.nextDouble();
        int best = 0, stop = losses.length - 1;
        for (int e = 1; e < losses.length; e++) {
            if (losses[e] < losses[best]) best = e;
            else if (e - best >= 4) { stop = e; break; }
        }
        assertArrayEquals(new int[] {stop, best}, s.call("earlyStop", int[].class, losses, 4));
    }

    @Test
    @DisplayName("smoothLabels with eps 0 is the one-hot encoding")
    @Graded(exercise = "ch10_label_smoothing", points = 1)
    void smoothZero(Student s) {
        assertClose(baeum.Baeum.tensor(new float[][] {{0, 1}, {1, 0}, {0, 1}}), s.tensor("smoothLabels", baeum.Baeum.tensor(1, 0, 1), 2, 0.0));
    }

    @Test
    @DisplayName("smoothLabels on random labels matches a reference built element by element, rows summing to 1")
    @Graded(exercise = "ch10_label_smoothing", points = 1)
    void smoothRandom(Student s) {
        Random r = new Random(103);
        int n = 12, c = 10;
        double eps = 0.15;
        long[] labels = new long[n];
        float[] expected = new float[n * c];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(c);
            for (int k = 0; k < c; k++) expected[i * c + k] = (float) ((k == labels[i] ? 1 - eps : 0) + eps / c);
        }
        Tensor got = s.tensor("smoothLabels", baeum.Baeum.tensor(labels), c, eps);
        assertArrayEquals(new int[] {n, c}, got.shape().toArray(), "targets must be (N, C): " + got.shape());
        assertClose(baeum.Baeum.fromArray(expected, n, c), got);
    }

    @Test
    @DisplayName("byHand, question 2 (AdamW's decoupled decay)")
    @Graded(exercise = "ch10_by_hand", points = 1)
    void byHandDecoupled(Student s) {
        assertEquals(2 * (1 - 0.1 * 0.25), s.call("byHand", double[].class)[1], 1e-6);
    }

    @Test
    @DisplayName("byHand, question 3 (label smoothing)")
    @Graded(exercise = "ch10_by_hand", points = 1)
    void byHandSmoothing(Student s) {
        assertEquals(1 - 0.2 + 0.2 / 5, s.call("byHand", double[].class)[2], 1e-6);
    }

    @Test
    @DisplayName("byHand, question 4 (inverted dropout)")
    @Graded(exercise = "ch10_by_hand", points = 1)
    void byHandDropout(Student s) {
        assertEquals(3 / (1 - 0.2), s.call("byHand", double[].class)[3], 1e-6);
    }
}
