package baeum.exercises.ch14;

import static baeum.Baeum.rand;
import static baeum.Baeum.manualSeed;
import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 13 (attention); expected values worked out by hand. */
@HiddenTests(exercise = "ch14_attention", count = 2)
@HiddenTests(exercise = "ch14_causal", count = 2)
public final class Ch14PublicTests implements PublicTests {

    @Test
    @DisplayName("attention of the query (1, 0) over keys (4, 0), (0, 4), (-4, 0) with one-hot values: (0.9411, 0.0556, 0.0033)")
    @Graded(exercise = "ch14_attention", points = 1)
    void attentionByHand(Student s) {
        // scores (4, 0, -4) / sqrt(2); softmax of (2.8284, 0, -2.8284)
        Tensor k = tensor(new float[][] {{4, 0}, {0, 4}, {-4, 0}});
        Tensor v = tensor(new float[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        Tensor expected = tensor(new float[][] {{0.94108857f, 0.05562374f, 0.00328768f}});
        assertClose(expected, s.tensor("attention", tensor(new float[][] {{1, 0}}), k, v));
    }

    @Test
    @DisplayName("attention with zero queries averages the values: every row is (3, 4)")
    @Graded(exercise = "ch14_attention", points = 1)
    void attentionUniform(Student s) {
        manualSeed(130);
        Tensor v = tensor(new float[][] {{1, 2}, {3, 4}, {5, 6}});
        assertClose(tensor(new float[][] {{3, 4}, {3, 4}}), s.tensor("attention", zeros(2, 4), rand(3, 4), v));
    }

    @Test
    @DisplayName("causalWeights with zero queries: rows (1, 0, 0), (1/2, 1/2, 0), (1/3, 1/3, 1/3)")
    @Graded(exercise = "ch14_causal", points = 1)
    void causalUniform(Student s) {
        float h = 0.5f, t = 1f / 3;
        Tensor expected = tensor(new float[][] {{1, 0, 0}, {h, h, 0}, {t, t, t}});
        assertClose(expected, s.tensor("causalWeights", zeros(3, 2), zeros(3, 2)));
    }

    @Test
    @DisplayName("causalWeights of a single position is [[1]]")
    @Graded(exercise = "ch14_causal", points = 1)
    void causalSingle(Student s) {
        assertClose(tensor(new float[][] {{1}}), s.tensor("causalWeights", tensor(new float[][] {{0.3f, -2f}}), tensor(new float[][] {{5f, 1f}})));
    }
}
