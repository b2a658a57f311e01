package baeum.exercises.ch14;

import static baeum.Baeum.rand;
import static baeum.Baeum.manualSeed;
import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 14 (attention and the Transformer); expected values worked out by hand. */
@HiddenTests(exercise = "ch14_attention", count = 2)
@HiddenTests(exercise = "ch14_causal", count = 2)
@HiddenTests(exercise = "ch14_encoding_dot", count = 2)
@HiddenTests(exercise = "ch14_block_params", count = 2)
@HiddenTests(exercise = "ch14_sample", count = 2)
@ExerciseRules(exercise = "ch14_attention", forbidden = {"multiheadAttention"})
@ExerciseRules(exercise = "ch14_causal", forbidden = {"causalMask"})
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

    @Test
    @DisplayName("encodingDot at distance 0 is d/2: 4 for d = 8")
    @Graded(exercise = "ch14_encoding_dot", points = 1)
    void encodingDotZero(Student s) {
        // every term is cos(0) = 1, and there are d/2 = 4 of them
        assertEquals(4.0, s.call("encodingDot", Double.class, 8, 0), 1e-9);
    }

    @Test
    @DisplayName("encodingDot for d = 2 is cos(distance): cos(1) = 0.5403 at distance 1")
    @Graded(exercise = "ch14_encoding_dot", points = 1)
    void encodingDotTwo(Student s) {
        // one term, i = 0: cos(1 / 10000^0) = cos(1)
        assertEquals(Math.cos(1), s.call("encodingDot", Double.class, 2, 1), 1e-9);
    }

    @Test
    @DisplayName("blockParams(8) is 872")
    @Graded(exercise = "ch14_block_params", points = 1)
    void blockParamsEight(Student s) {
        // attention 3*64 + 3*8 + 64 + 8 = 288; two layer norms 2 * 16 = 32;
        // feed-forward 8*32 + 32 + 32*8 + 8 = 552; 288 + 32 + 552 = 872
        assertEquals(872L, s.call("blockParams", Long.class, 8));
    }

    @Test
    @DisplayName("sampleIndex of (0.25, 0.5, 0.25): u = 0.1, 0.25, 0.74, 0.75 give 0, 1, 1, 2")
    @Graded(exercise = "ch14_sample", points = 1)
    void sampleExample(Student s) {
        // cumulative sums 0.25, 0.75, 1.0 (exact in float32): the first one greater than u
        var probs = tensor(0.25f, 0.5f, 0.25f);
        assertEquals(0, s.call("sampleIndex", Integer.class, probs, 0.1));
        assertEquals(1, s.call("sampleIndex", Integer.class, probs, 0.25));
        assertEquals(1, s.call("sampleIndex", Integer.class, probs, 0.74));
        assertEquals(2, s.call("sampleIndex", Integer.class, probs, 0.75));
    }
}
