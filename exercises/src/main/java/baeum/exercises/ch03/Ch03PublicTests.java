package baeum.exercises.ch03;

import static baeum.Baeum.eye;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.exercises.ExerciseRules;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of chapter 3 (perceptron and MLP); expected values worked out by hand. */
@HiddenTests(exercise = "ch03_perceptron", count = 2)
@HiddenTests(exercise = "ch03_rule_by_hand", count = 2)
@HiddenTests(exercise = "ch03_mlp", count = 2)
@HiddenTests(exercise = "ch03_train_xor", count = 2)
@ExerciseRules(exercise = "ch03_train_xor", timeout = 30)
public final class Ch03PublicTests implements PublicTests {

    static final Tensor INPUTS = tensor(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});

    @Test
    @DisplayName("perceptronPredict with w = (1, 1), b = -1.5 computes AND: [0, 0, 0, 1]")
    @Graded(exercise = "ch03_perceptron", points = 1)
    void perceptronAnd(Student s) {
        assertClose(tensor(0f, 0f, 0f, 1f), s.tensor("perceptronPredict", INPUTS, tensor(1f, 1f), -1.5));
    }

    @Test
    @DisplayName("perceptronPredict answers 0 exactly on the line: x = (-1, 0, 2), w = (2), b = 0 give [0, 0, 1]")
    @Graded(exercise = "ch03_perceptron", points = 1)
    void perceptronOnTheLine(Student s) {
        Tensor x = tensor(new float[][] {{-1}, {0}, {2}});
        assertClose(tensor(0f, 0f, 1f), s.tensor("perceptronPredict", x, tensor(new float[] {2f}), 0.0));
    }

    @Test
    @DisplayName("andAfterOneEpoch: only (1, 1) is answered wrongly, so w = (0.5, 0.5), b = 0.5")
    @Graded(exercise = "ch03_rule_by_hand", points = 2)
    void ruleOneEpoch(Student s) {
        double[] got = s.call("andAfterOneEpoch", double[].class);
        assertEquals(3, got.length, "andAfterOneEpoch must return three numbers: w1, w2, b");
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, got, 1e-9);
    }

    @Test
    @DisplayName("mlpForward with the XOR weights gives [[0], [1], [1], [0]]")
    @Graded(exercise = "ch03_mlp", points = 1)
    void mlpXor(Student s) {
        // hidden: relu(x1 + x2), relu(x1 + x2 - 1); output: h1 - 2 h2
        Tensor w1 = tensor(new float[][] {{1, 1}, {1, 1}}), b1 = tensor(0f, -1f);
        Tensor w2 = tensor(new float[][] {{1}, {-2}}), b2 = tensor(new float[] {0f});
        assertClose(tensor(new float[][] {{0}, {1}, {1}, {0}}), s.tensor("mlpForward", INPUTS, w1, b1, w2, b2));
    }

    @Test
    @DisplayName("mlpForward of (1, 2) with two outputs: hidden relu(1, -1) = (1, 0), output (11, 22)")
    @Graded(exercise = "ch03_mlp", points = 1)
    void mlpTwoOutputs(Student s) {
        Tensor x = tensor(new float[][] {{1, 2}});
        Tensor w2 = tensor(new float[][] {{1, 2}, {3, 4}});
        // x I + (0, -3) = (1, -1) -> relu (1, 0) -> (1, 2) + (10, 20)
        assertClose(tensor(new float[][] {{11, 22}}), s.tensor("mlpForward", x, eye(2), tensor(0f, -3f), w2, tensor(10f, 20f)));
    }

    @Test
    @DisplayName("trainXor(0) returns shape (4, 1) with every output within 0.2 of XOR [0, 1, 1, 0]")
    @Graded(exercise = "ch03_train_xor", points = 2)
    void trainXorSeedZero(Student s) {
        assertSolvesXor(s.tensor("trainXor", 0L));
    }

    /** Shared with the hidden tests: shape (4, 1) and |out - xor| < 0.2 for each of the four inputs. */
    public static void assertSolvesXor(Tensor out) {
        assertArrayEquals(new int[] {4, 1}, out.shape().toArray(), "trainXor must return shape (4, 1), got " + out.shape());
        float[] o = out.toFloatArray();
        float[] xor = {0, 1, 1, 0};
        for (int i = 0; i < 4; i++) {
            assertTrue(Math.abs(o[i] - xor[i]) < 0.2, "output " + i + " is " + o[i] + " but XOR is " + xor[i]
                    + " (all outputs: " + java.util.Arrays.toString(o) + ")");
        }
    }
}
