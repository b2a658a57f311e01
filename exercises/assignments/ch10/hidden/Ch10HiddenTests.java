package baeum.exercises.ch10.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.rand;
import static baeum.Baeum.randn;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 10: references computed here, element by element. */
public final class Ch10HiddenTests {

    @Test
    @DisplayName("dropout of a random (4, 5) tensor with p = 0.3 matches an element-by-element reference")
    @Graded(exercise = "ch10_dropout", points = 2)
    void dropoutRandom(Student s) {
        manualSeed(101);
        Tensor x = randn(4, 5), u = rand(4, 5);
        float[] xs = x.toFloatArray(), us = u.toFloatArray(), out = new float[20];
        for (int i = 0; i < 20; i++) out[i] = us[i] >= 0.3f ? xs[i] / 0.7f : 0f;
        assertClose(baeum.Baeum.fromArray(out, 4, 5), s.tensor("dropout", x, u, 0.3));
    }

    @Test
    @DisplayName("dropout keeps the scale: with p = 0.75 a kept value is multiplied by 4")
    @Graded(exercise = "ch10_dropout", points = 1)
    void dropoutScale(Student s) {
        assertClose(baeum.Baeum.tensor(0f, 8f, 0f), s.tensor("dropout", baeum.Baeum.tensor(1f, 2f, 3f),
                baeum.Baeum.tensor(0.5f, 0.8f, 0.74f), 0.75));
    }

    @Test
    @DisplayName("earlyStop: an equal loss is no improvement, (1, 1, 1, 1) with patience 2 is {2, 0}")
    @Graded(exercise = "ch10_early_stopping", points = 1)
    void earlyStopTies(Student s) {
        assertArrayEquals(new int[] {2, 0}, s.call("earlyStop", int[].class, new double[] {1, 1, 1, 1}, 2));
    }

    @Test
    @DisplayName("earlyStop on 40 random losses with patience 4 matches a reference")
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
}
