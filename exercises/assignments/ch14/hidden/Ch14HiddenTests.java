package baeum.exercises.ch14.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.Baeum.stack;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.Baeum.nn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 14: references with an explicit softmax, matrix by matrix, in the grader's JVM. */
public final class Ch14HiddenTests {

    /** softmax(q k^T / sqrt(d)) v for 2-D q, k, v, with the softmax written out. */
    private static Tensor reference(Tensor q, Tensor k, Tensor v, Tensor mask) {
        Tensor scores = q.matmul(k.t()).div(Math.sqrt(q.size(1)));
        if (mask != null) scores = scores.maskedFill(mask, -1e30);
        Tensor e = scores.sub(scores.amax(1, true)).exp();
        Tensor w = e.div(e.sum(1, true));
        return v == null ? w : w.matmul(v);
    }

    @Test
    @DisplayName("attention: a batch with leading dimensions matches the reference")
    @Graded(exercise = "ch14_attention", points = 2)
    void attentionBatched(Student s) {
        manualSeed(131);
        Tensor q = randn(2, 3, 5, 4), k = randn(2, 3, 6, 4), v = randn(2, 3, 6, 7);
        Tensor[] outer = new Tensor[2];
        for (int a = 0; a < 2; a++) {
            Tensor[] inner = new Tensor[3];
            for (int b = 0; b < 3; b++) inner[b] = reference(q.get(a, b), k.get(a, b), v.get(a, b), null);
            outer[a] = stack(0, inner);
        }
        assertClose(stack(0, outer), s.tensor("attention", q, k, v));
    }

    @Test
    @DisplayName("attention: scales the scores by the square root of d")
    @Graded(exercise = "ch14_attention", points = 1)
    void attentionScaled(Student s) {
        manualSeed(132);
        Tensor q = randn(3, 64), k = randn(4, 64), v = randn(4, 2);
        assertClose(reference(q, k, v, null), s.tensor("attention", q, k, v));
    }

    @Test
    @DisplayName("causalWeights: match the reference")
    @Graded(exercise = "ch14_causal", points = 2)
    void causalRandom(Student s) {
        manualSeed(133);
        Tensor q = randn(6, 4), k = randn(6, 4);
        assertClose(reference(q, k, null, nn.causalMask(6)), s.tensor("causalWeights", q, k));
    }

    @Test
    @DisplayName("causalWeights: exactly 0 above the diagonal")
    @Graded(exercise = "ch14_causal", points = 1)
    void causalHidesTheFuture(Student s) {
        Tensor q = baeum.Baeum.ones(3, 2).mul(10);
        Tensor k = baeum.Baeum.tensor(new float[][] {{-1, -1}, {0, 0}, {5, 5}});
        Tensor w = s.tensor("causalWeights", q, k);
        assertClose(baeum.Baeum.tensor(0f, 0f, 0f), baeum.Baeum.tensor(w.getFloat(0, 1), w.getFloat(0, 2), w.getFloat(1, 2)), 0, 0);
        assertClose(reference(q, k, null, nn.causalMask(3)), w);
    }

    @Test
    @DisplayName("encodingDot: matches the sum of the two encodings' products")
    @Graded(exercise = "ch14_encoding_dot", points = 1)
    void encodingDotAgainstVectors(Student s) {
        // build PE_p and PE_q from the sin/cos definition and take their dot product directly
        int d = 16, p = 9, q = 2;
        double dot = 0;
        for (int i = 0; i < d / 2; i++) {
            double w = Math.pow(10000, 2.0 * i / d);
            dot += Math.sin(p / w) * Math.sin(q / w) + Math.cos(p / w) * Math.cos(q / w);
        }
        assertEquals(dot, s.call("encodingDot", Double.class, d, p - q), 1e-9);
    }

    @Test
    @DisplayName("encodingDot: the same for a distance and its negative")
    @Graded(exercise = "ch14_encoding_dot", points = 1)
    void encodingDotSymmetric(Student s) {
        // cos is even, so the order of the two positions does not matter
        double forward = s.call("encodingDot", Double.class, 12, 5);
        assertEquals(forward, s.call("encodingDot", Double.class, 12, -5), 1e-12);
        assertEquals(Math.cos(5) + Math.cos(5 / Math.pow(10000, 2.0 / 12)) + Math.cos(5 / Math.pow(10000, 4.0 / 12))
                + Math.cos(5 / Math.pow(10000, 6.0 / 12)) + Math.cos(5 / Math.pow(10000, 8.0 / 12))
                + Math.cos(5 / Math.pow(10000, 10.0 / 12)), forward, 1e-9);
    }

    @Test
    @DisplayName("blockParams: the block of the chapter's GPT")
    @Graded(exercise = "ch14_block_params", points = 1)
    void blockParamsGpt(Student s) {
        // d = 48: attention 3*2304 + 144 + 2304 + 48 = 9408; norms 4 * 48 = 192;
        // feed-forward 48*192 + 192 + 192*48 + 48 = 18672; total 28272
        assertEquals(28272L, s.call("blockParams", Long.class, 48));
    }

    @Test
    @DisplayName("blockParams: the smallest block")
    @Graded(exercise = "ch14_block_params", points = 1)
    void blockParamsOne(Student s) {
        // d = 1: attention 3 + 3 + 1 + 1 = 8; norms 4; feed-forward 4 + 4 + 4 + 1 = 13; total 25
        assertEquals(25L, s.call("blockParams", Long.class, 1));
    }

    @Test
    @DisplayName("sampleIndex: zero probabilities are never drawn")
    @Graded(exercise = "ch14_sample", points = 1)
    void sampleSkipsZeros(Student s) {
        // cumulative sums 0, 0.25, 0.25, 1: u = 0 -> 1 (0 is not greater than 0), u = 0.25 -> 3
        var probs = tensor(0f, 0.25f, 0f, 0.75f);
        assertEquals(1, s.call("sampleIndex", Integer.class, probs, 0.0));
        assertEquals(3, s.call("sampleIndex", Integer.class, probs, 0.25));
        assertEquals(3, s.call("sampleIndex", Integer.class, probs, 0.9));
    }

    @Test
    @DisplayName("sampleIndex: returns the last index when rounding keeps the sum at or below u")
    @Graded(exercise = "ch14_sample", points = 1)
    void sampleRounding(Student s) {
        // the float32 sum of three thirds can fall just short of a u close to 1
        var probs = tensor(0.3333333f, 0.3333333f, 0.3333333f);
        assertEquals(2, s.call("sampleIndex", Integer.class, probs, 0.99999999));
    }
}
