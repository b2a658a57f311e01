package baeum.exercises.ch14.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.stack;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 13: references with an explicit softmax, matrix by matrix, in the grader's JVM. */
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
    @DisplayName("attention on a random batch (2, 3) of q (5, 4), k (6, 4), v (6, 7) matches the reference")
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
    @DisplayName("attention scales by sqrt(d): large d = 64 scores still give the reference weights")
    @Graded(exercise = "ch14_attention", points = 1)
    void attentionScaled(Student s) {
        manualSeed(132);
        Tensor q = randn(3, 64), k = randn(4, 64), v = randn(4, 2);
        assertClose(reference(q, k, v, null), s.tensor("attention", q, k, v));
    }

    @Test
    @DisplayName("causalWeights of random (6, 4) queries and keys match the reference with nn.causalMask")
    @Graded(exercise = "ch14_causal", points = 2)
    void causalRandom(Student s) {
        manualSeed(133);
        Tensor q = randn(6, 4), k = randn(6, 4);
        assertClose(reference(q, k, null, nn.causalMask(6)), s.tensor("causalWeights", q, k));
    }

    @Test
    @DisplayName("causalWeights puts exactly 0 above the diagonal even when future keys match best")
    @Graded(exercise = "ch14_causal", points = 1)
    void causalHidesTheFuture(Student s) {
        Tensor q = baeum.Baeum.ones(3, 2).mul(10);
        Tensor k = baeum.Baeum.tensor(new float[][] {{-1, -1}, {0, 0}, {5, 5}});
        Tensor w = s.tensor("causalWeights", q, k);
        assertClose(baeum.Baeum.tensor(0f, 0f, 0f), baeum.Baeum.tensor(w.getFloat(0, 1), w.getFloat(0, 2), w.getFloat(1, 2)), 0, 0);
        assertClose(reference(q, k, null, nn.causalMask(3)), w);
    }
}
