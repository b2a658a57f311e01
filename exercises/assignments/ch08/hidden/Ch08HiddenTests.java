package baeum.exercises.ch08.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 8: batches by hand, statistics by the formula in the grader's JVM. */
public final class Ch08HiddenTests {

    @Test
    @DisplayName("a loader over Squares(10) with batch size 4 gives targets [0..9], [16..49], [64, 81]")
    @Graded(exercise = "ch08_dataset", points = 2)
    void squaresTargets(Student s) {
        List<?> ys = s.call("squaresBatches", List.class, 10, 4, true);
        assertEquals(3, ys.size(), "number of batches");
        assertClose(tensor(0f, 1f, 4f, 9f).view(4, 1), (Tensor) ys.get(0));
        assertClose(tensor(16f, 25f, 36f, 49f).view(4, 1), (Tensor) ys.get(1));
        assertClose(tensor(64f, 81f).view(2, 1), (Tensor) ys.get(2));
    }

    @Test
    @DisplayName("a loader over Squares(1) gives one batch x [[0]]")
    @Graded(exercise = "ch08_dataset", points = 1)
    void squaresSingle(Student s) {
        List<?> xs = s.call("squaresBatches", List.class, 1, 8, false);
        assertEquals(1, xs.size(), "number of batches");
        assertClose(tensor(new float[][] {{0}}), (Tensor) xs.get(0));
    }

    @Test
    @DisplayName("standardize uses the training statistics for a validation set of another distribution")
    @Graded(exercise = "ch08_standardize", points = 2)
    void standardizeRandom(Student s) {
        manualSeed(81);
        Tensor train = randn(20, 3).mul(2).add(1), valid = randn(7, 3).mul(5).add(3);
        Tensor mean = train.sum(0).div(20);
        Tensor std = train.sub(mean).pow(2).sum(0).div(19).sqrt();
        List<?> out = s.call("standardize", List.class, train, valid);
        assertClose(train.sub(mean).div(std), (Tensor) out.get(0));
        assertClose(valid.sub(mean).div(std), (Tensor) out.get(1));
    }

    @Test
    @DisplayName("the standardised training set has mean 0 and standard deviation 1 in every column")
    @Graded(exercise = "ch08_standardize", points = 1)
    void standardizedMoments(Student s) {
        manualSeed(82);
        Tensor train = randn(30, 4).mul(tensor(1f, 10f, 0.1f, 3f)).add(tensor(5f, -2f, 0f, 100f));
        Tensor z = (Tensor) s.call("standardize", List.class, train, train).get(0);
        assertClose(tensor(0f, 0f, 0f, 0f), z.mean(0), 0, 1e-5);
        assertClose(tensor(1f, 1f, 1f, 1f), z.std(0), 1e-4, 1e-5);
    }
}
