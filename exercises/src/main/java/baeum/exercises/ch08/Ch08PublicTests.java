package baeum.exercises.ch08;

import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 8 (data: datasets, loaders, splits, augmentation); expected values worked out by hand. */
@HiddenTests(exercise = "ch08_dataset", count = 2)
@HiddenTests(exercise = "ch08_iterations", count = 2)
@HiddenTests(exercise = "ch08_standardize", count = 2)
@HiddenTests(exercise = "ch08_hflip", count = 2)
public final class Ch08PublicTests implements PublicTests {

    static Tensor column(float... values) {
        return tensor(values).view(-1, 1);
    }

    /** Asserts that {@code actual} is a list of tensors equal to {@code expected}. */
    static void assertBatches(List<Tensor> expected, List<?> actual) {
        assertEquals(expected.size(), actual.size(), "number of batches");
        for (int i = 0; i < expected.size(); i++) assertClose(expected.get(i), (Tensor) actual.get(i));
    }

    @Test
    @DisplayName("new Squares(7).size() is 7")
    @Graded(exercise = "ch08_dataset", points = 1)
    void squaresSize(Student s) {
        assertEquals(7, s.call("squaresSize", Integer.class, 7));
    }

    @Test
    @DisplayName("a loader over Squares(5) with batch size 2: x [0, 1], [2, 3], [4]; y [0, 1], [4, 9], [16]")
    @Graded(exercise = "ch08_dataset", points = 1)
    void squaresBatches(Student s) {
        assertBatches(List.of(column(0, 1), column(2, 3), column(4)), s.call("squaresBatches", List.class, 5, 2, false));
        assertBatches(List.of(column(0, 1), column(4, 9), column(16)), s.call("squaresBatches", List.class, 5, 2, true));
    }

    @Test
    @DisplayName("iterations(100, 32, 1, false) is 4: three full batches and one of 4")
    @Graded(exercise = "ch08_iterations", points = 1)
    void iterationsOneEpoch(Student s) {
        assertEquals(4, s.call("iterations", Integer.class, 100, 32, 1, false));
    }

    @Test
    @DisplayName("standardize of train [[1], [3]] and valid [[2], [5]]: mean 2, biased std 1")
    @Graded(exercise = "ch08_standardize", points = 1)
    void standardizeOneFeature(Student s) {
        // deviations (-1, 1): biased variance (1 + 1) / 2 = 1
        List<?> out = s.call("standardize", List.class, column(1, 3), column(2, 5));
        assertEquals(2, out.size(), "standardize must return List.of(trainStd, validStd)");
        assertClose(column(-1f, 1f), (Tensor) out.get(0));
        assertClose(column(0f, 3f), (Tensor) out.get(1));
    }

    @Test
    @DisplayName("standardize of two features: means (2, 20), biased stds (1.63299, 14.1421)")
    @Graded(exercise = "ch08_standardize", points = 1)
    void standardizeTwoFeatures(Student s) {
        // column 0: deviations (-2, 0, 2), variance 8 / 3; column 1: deviations (-10, -10, 20), variance 600 / 3 = 200
        Tensor train = tensor(new float[][] {{0, 10}, {2, 10}, {4, 40}});
        List<?> out = s.call("standardize", List.class, train, tensor(new float[][] {{2, 20}}));
        assertClose(tensor(new float[][] {{-1.22474487f, -0.70710678f}, {0, -0.70710678f}, {1.22474487f, 1.41421356f}}), (Tensor) out.get(0));
        assertClose(tensor(new float[][] {{0, 0}}), (Tensor) out.get(1));
    }

    @Test
    @DisplayName("hflip of one 2x3 image [[1, 2, 3], [4, 5, 6]] is [[3, 2, 1], [6, 5, 4]]")
    @Graded(exercise = "ch08_hflip", points = 1)
    void hflipSmall(Student s) {
        Tensor img = tensor(new float[][][] {{{1, 2, 3}, {4, 5, 6}}});
        assertClose(tensor(new float[][][] {{{3, 2, 1}, {6, 5, 4}}}), s.tensor("hflip", img));
    }
}
