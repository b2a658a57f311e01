package baeum.exercises.ch05.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.rand;
import static baeum.Baeum.randint;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 5: references from the engine's own losses, and stability cases by hand. */
public final class Ch05HiddenTests {

    @Test
    @DisplayName("crossEntropy on random logits (6, 5) matches nn.crossEntropyLoss")
    @Graded(exercise = "ch05_cross_entropy", points = 2)
    void crossEntropyRandom(Student s) {
        manualSeed(51);
        Tensor logits = randn(6, 5).mul(3), labels = randint(0, 5, 6);
        assertClose(nn.crossEntropyLoss(logits, labels), s.tensor("crossEntropy", logits, labels));
    }

    @Test
    @DisplayName("crossEntropy is stable: [[1000, 0], [0, 1000]] with labels (1, 1) gives (1000 + 0) / 2 = 500")
    @Graded(exercise = "ch05_cross_entropy", points = 1)
    void crossEntropyStable(Student s) {
        Tensor logits = tensor(new float[][] {{1000, 0}, {0, 1000}});
        assertClose(tensor(500f), s.tensor("crossEntropy", logits, tensor(1, 1)));
    }

    @Test
    @DisplayName("bceWithLogits on random logits (4, 3) and soft targets matches nn.bceWithLogitsLoss")
    @Graded(exercise = "ch05_bce", points = 2)
    void bceRandom(Student s) {
        manualSeed(52);
        Tensor z = randn(4, 3).mul(4), y = rand(4, 3);
        assertClose(nn.bceWithLogitsLoss().apply(z, y), s.tensor("bceWithLogits", z, y));
    }

    @Test
    @DisplayName("bceWithLogits is stable: z = (100, -100), y = (0, 1) gives 100")
    @Graded(exercise = "ch05_bce", points = 1)
    void bceStable(Student s) {
        assertClose(tensor(100f), s.tensor("bceWithLogits", tensor(100f, -100f), tensor(0f, 1f)));
    }
}
