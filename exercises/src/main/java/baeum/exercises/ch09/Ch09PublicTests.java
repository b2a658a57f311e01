package baeum.exercises.ch09;

import static baeum.Baeum.tensor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.Baeum.datasets;
import baeum.data.TensorDataset;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests of chapter 9 (the training loop): accuracy by hand, and a training run graded by the
 * accuracy of its predictions on test points the student's code never trains on.
 */
@HiddenTests(exercise = "ch09_accuracy", count = 2)
@HiddenTests(exercise = "ch09_fit", count = 2)
public final class Ch09PublicTests implements PublicTests {

    /** The fraction of rows of {@code logits} whose argmax is the label, computed here. */
    public static double accuracyOf(Tensor logits, Tensor labels) {
        long[] predicted = logits.argmax(1).toLongArray(), truth = labels.toLongArray();
        int correct = 0;
        for (int i = 0; i < truth.length; i++) if (predicted[i] == truth[i]) correct++;
        return (double) correct / truth.length;
    }

    @Test
    @DisplayName("accuracy of 3 rows with 2 right is 2/3")
    @Graded(exercise = "ch09_accuracy", points = 1)
    void accuracyTwoOfThree(Student s) {
        Tensor logits = tensor(new float[][] {{2, 1, 0}, {0, 3, 1}, {5, 0, 6}});   // argmax 0, 1, 2
        assertEquals(2.0 / 3, s.call("accuracy", Double.class, logits, tensor(0, 1, 0)), 1e-6);
    }

    @Test
    @DisplayName("accuracy is 1 when all rows are right and 0 when none is")
    @Graded(exercise = "ch09_accuracy", points = 1)
    void accuracyAllOrNothing(Student s) {
        Tensor logits = tensor(new float[][] {{-1, 1}, {1, -1}});
        assertEquals(1.0, s.call("accuracy", Double.class, logits, tensor(1, 0)), 1e-6);
        assertEquals(0.0, s.call("accuracy", Double.class, logits, tensor(0, 1)), 1e-6);
    }

    @Test
    @DisplayName("fitAndPredict on two moons (200 training points) gets at least 90% of 100 test points right")
    @Graded(exercise = "ch09_fit", points = 2)
    void fitMoons(Student s) {
        TensorDataset moons = datasets.twoMoons(300, 0.1, 1);
        Tensor x = moons.x(), y = moons.y();
        Tensor logits = s.tensor("fitAndPredict", x.narrow(0, 0, 200), y.narrow(0, 0, 200), x.narrow(0, 200, 100));
        assertEquals(2, logits.dim(), "logits must be (M, C), not " + logits.shape());
        double acc = accuracyOf(logits, y.narrow(0, 200, 100));
        assertTrue(acc >= 0.9, "test accuracy " + acc + " is below 0.9");
    }

    @Test
    @DisplayName("fitAndPredict returns logits of shape (M, C): (5, 2) for 5 test points of 2 classes")
    @Graded(exercise = "ch09_fit", points = 1)
    void fitShape(Student s) {
        TensorDataset moons = datasets.twoMoons(60, 0.1, 2);
        Tensor logits = s.tensor("fitAndPredict", moons.x().narrow(0, 0, 55), moons.y().narrow(0, 0, 55), moons.x().narrow(0, 55, 5));
        assertEquals(5, logits.size(0), "one row per test point: " + logits.shape());
        assertEquals(2, logits.size(1), "one column per class: " + logits.shape());
    }
}
