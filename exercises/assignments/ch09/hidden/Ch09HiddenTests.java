package baeum.exercises.ch09.hidden;

import static baeum.Baeum.cat;
import static baeum.Baeum.full;
import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.Baeum.datasets;
import baeum.data.TensorDataset;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.exercises.ch09.Ch09PublicTests;
import baeum.tensor.DType;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 9: other data sets, graded by test accuracy computed here. */
public final class Ch09HiddenTests {

    @Test
    @DisplayName("accuracy of a (4, 3) batch with one row right is 0.25")
    @Graded(exercise = "ch09_accuracy", points = 1)
    void accuracyQuarter(Student s) {
        Tensor logits = tensor(new float[][] {{1, 2, 3}, {3, 2, 1}, {1, 3, 2}, {0, 0, 1}});   // argmax 2, 0, 1, 2
        assertEquals(0.25, s.call("accuracy", Double.class, logits, tensor(2, 1, 2, 0)), 1e-6);
    }

    @Test
    @DisplayName("accuracy on random logits (50, 7) matches a count by hand")
    @Graded(exercise = "ch09_accuracy", points = 1)
    void accuracyRandom(Student s) {
        manualSeed(91);
        Tensor logits = randn(50, 7), labels = baeum.Baeum.randint(0, 7, 50);
        assertEquals(Ch09PublicTests.accuracyOf(logits, labels), s.call("accuracy", Double.class, logits, labels), 1e-6);
    }

    @Test
    @DisplayName("fitAndPredict on noisier moons (noise 0.2, seed 93) gets at least 85% of 150 test points")
    @Graded(exercise = "ch09_fit", points = 2)
    void fitNoisyMoons(Student s) {
        TensorDataset moons = datasets.twoMoons(450, 0.2, 93);
        Tensor x = moons.x(), y = moons.y();
        Tensor logits = s.tensor("fitAndPredict", x.narrow(0, 0, 300), y.narrow(0, 0, 300), x.narrow(0, 300, 150));
        double acc = Ch09PublicTests.accuracyOf(logits, y.narrow(0, 300, 150));
        assertTrue(acc >= 0.85, "test accuracy " + acc + " is below 0.85");
    }

    @Test
    @DisplayName("fitAndPredict on three clusters finds three classes and gets at least 90% right")
    @Graded(exercise = "ch09_fit", points = 1)
    void fitThreeClusters(Student s) {
        manualSeed(94);
        Tensor[] xs = new Tensor[3], ys = new Tensor[3];
        float[][] centers = {{0, 3}, {3, -2}, {-3, -2}};
        for (int c = 0; c < 3; c++) {
            xs[c] = randn(80, 2).add(tensor(centers[c]));
            ys[c] = full(new int[] {80}, c, DType.INT64);
        }
        Tensor x = cat(0, xs), y = cat(0, ys);
        long[] perm = new long[240];
        for (int i = 0; i < 240; i++) perm[i] = i;
        var boxed = new java.util.ArrayList<Long>();
        for (long v : perm) boxed.add(v);
        java.util.Collections.shuffle(boxed, new java.util.Random(95));
        for (int i = 0; i < 240; i++) perm[i] = boxed.get(i);
        Tensor order = tensor(perm);
        x = x.indexSelect(0, order);
        y = y.indexSelect(0, order);
        Tensor logits = s.tensor("fitAndPredict", x.narrow(0, 0, 180), y.narrow(0, 0, 180), x.narrow(0, 180, 60));
        assertEquals(3, logits.size(1), "three classes: logits must have 3 columns");
        double acc = Ch09PublicTests.accuracyOf(logits, y.narrow(0, 180, 60));
        assertTrue(acc >= 0.9, "test accuracy " + acc + " is below 0.9");
    }
}
