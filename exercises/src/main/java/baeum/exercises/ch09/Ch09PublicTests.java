package baeum.exercises.ch09;

import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.Baeum.datasets;
import baeum.data.TensorDataset;
import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests of chapter 9 (the training loop): accuracy and the number of optimizer steps by
 * hand, one SGD step checked against the gradient of the cross-entropy derived by hand, and a
 * Fashion-MNIST training run graded by its accuracy on images it never trains on, within a time budget.
 */
@HiddenTests(exercise = "ch09_accuracy", count = 2)
@HiddenTests(exercise = "ch09_steps", count = 1)
@HiddenTests(exercise = "ch09_train_step", count = 1)
@HiddenTests(exercise = "ch09_fashion", count = 2)
@ExerciseRules(exercise = "ch09_fashion", timeout = 300)
public final class Ch09PublicTests implements PublicTests {

    private static TensorDataset fashionTrain, fashionTest;

    /** Fashion-MNIST's training (or test) file, read once per JVM. */
    public static synchronized TensorDataset fashion(boolean train) {
        if (train) return fashionTrain != null ? fashionTrain : (fashionTrain = datasets.fashionMnist(true));
        return fashionTest != null ? fashionTest : (fashionTest = datasets.fashionMnist(false));
    }

    /** The fraction of rows of {@code logits} whose argmax is the label, counted here. */
    public static double accuracyOf(Tensor logits, Tensor labels) {
        long[] predicted = logits.argmax(1).toLongArray(), truth = labels.toLongArray();
        int correct = 0;
        for (int i = 0; i < truth.length; i++) if (predicted[i] == truth[i]) correct++;
        return (double) correct / truth.length;
    }

    /**
     * Trains {@code fitFashion} on {@code xTrain, yTrain}, checks the shape of the logits, and returns the
     * accuracy on {@code xValid, yValid}. The time budget is the exercise's call timeout (its cell's
     * {@code baeum.timeout}), which stops a call that runs longer; a wall-clock assertion here would fail
     * on a busy grading machine.
     */
    public static double fashionAccuracy(Student s, Tensor xTrain, Tensor yTrain, Tensor xValid, Tensor yValid) {
        Tensor logits = s.tensor("fitFashion", xTrain, yTrain, xValid);
        assertEquals(2, logits.dim(), "logits must be (M, 10), not " + logits.shape());
        assertEquals(xValid.size(0), logits.size(0), "one row per image: " + logits.shape());
        assertEquals(10, logits.size(1), "one column per class: " + logits.shape());
        return accuracyOf(logits, yValid);
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
    @DisplayName("5000 samples, batch 64, 5 epochs: 79 batches an epoch, 395 steps")
    @Graded(exercise = "ch09_steps", points = 1)
    void stepsKeepLast(Student s) {
        assertEquals(395, s.call("optimizerSteps", Integer.class, 5000, 64, 5, false));
    }

    @Test
    @DisplayName("the same with dropLast: 78 full batches an epoch, 390 steps")
    @Graded(exercise = "ch09_steps", points = 1)
    void stepsDropLast(Student s) {
        assertEquals(390, s.call("optimizerSteps", Integer.class, 5000, 64, 5, true));
    }

    @Test
    @DisplayName("one SGD step from zero weights on two one-hot points, lr 1: W = ((0.25, -0.25), (-0.25, 0.25))")
    @Graded(exercise = "ch09_train_step", points = 2)
    void trainStepByHand(Student s) {
        // P = 0.5 everywhere; (P - Y)^T x / N = ((-0.25, 0.25), (0.25, -0.25)); W' = 0 - 1 * that
        Tensor w = tensor(new float[][] {{0, 0}, {0, 0}}), b = tensor(0f, 0f);
        Tensor x = tensor(new float[][] {{1, 0}, {0, 1}});
        Tensor updated = s.tensor("trainStep", w, b, x, tensor(0, 1), 1.0);
        assertEquals(baeum.Baeum.shape(2, 2), updated.shape(), "the new weight has the shape of w");
        assertClose(tensor(new float[][] {{0.25f, -0.25f}, {-0.25f, 0.25f}}), updated);
    }

    @Test
    @DisplayName("fitFashion trains on 3000 Fashion-MNIST images within the time limit and gets at least 0.75 of 1000 others right")
    @Graded(exercise = "ch09_fashion", points = 3)
    void fashionTarget(Student s) {
        TensorDataset train = fashion(true);
        Tensor x = train.x(), y = train.y();
        double acc = fashionAccuracy(s, x.narrow(0, 30000, 3000), y.narrow(0, 30000, 3000), x.narrow(0, 40000, 1000), y.narrow(0, 40000, 1000));
        assertTrue(acc >= 0.75, "accuracy " + acc + " is below 0.75");
    }
}
