package baeum.exercises.ch06.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 6: the same layers built here from the same seed, and counts by hand. */
public final class Ch06HiddenTests {

    @Test
    @DisplayName("mlp(5, 16, 16, 8, 2) from seed 61: four linear layers with ReLUs between them")
    @Graded(exercise = "ch06_mlp", points = 2)
    void mlpDeep(Student s) {
        manualSeed(60);
        Tensor x = randn(6, 5);
        int[] sizes = {5, 16, 16, 8, 2};
        manualSeed(61);
        var layers = new baeum.nn.Module[sizes.length - 1];
        for (int i = 0; i + 1 < sizes.length; i++) layers[i] = nn.linear(sizes[i], sizes[i + 1]);
        Tensor h = x;
        for (int i = 0; i < layers.length; i++) {
            h = layers[i].forward(h);
            if (i + 1 < layers.length) h = h.relu();
        }
        assertClose(h.detach(), s.tensor("mlpOutput", 61L, x, sizes));
    }

    @Test
    @DisplayName("mlp(3, 2) is a single linear layer: 8 parameters named 0.weight and 0.bias")
    @Graded(exercise = "ch06_mlp", points = 1)
    void mlpSingleLayer(Student s) {
        assertEquals(8L, s.call("countParameters", Long.class, (Object) new int[] {3, 2}));
        assertEquals(List.of("0.weight", "0.bias"), s.call("mlpParameterNames", List.class, (Object) new int[] {3, 2}));
    }

    @Test
    @DisplayName("ResidualBlock from seed 62 on a (5, 6) batch with hidden size 3")
    @Graded(exercise = "ch06_residual", points = 2)
    void residualRandom(Student s) {
        manualSeed(63);
        Tensor x = randn(5, 6);
        manualSeed(62);
        var fc1 = nn.linear(6, 3);
        var fc2 = nn.linear(3, 6);
        assertClose(x.add(fc2.forward(fc1.forward(x).relu())).detach(), s.tensor("residualOutput", 62L, x, 3));
    }

    @Test
    @DisplayName("ResidualBlock keeps negative inputs: the skip path is not passed through the ReLU")
    @Graded(exercise = "ch06_residual", points = 1)
    void residualKeepsNegativeInputs(Student s) {
        manualSeed(65);
        Tensor x = randn(4, 2).sub(5);      // all well below 0
        manualSeed(64);
        var fc1 = nn.linear(2, 4);
        var fc2 = nn.linear(4, 2);
        assertClose(x.add(fc2.forward(fc1.forward(x).relu())).detach(), s.tensor("residualOutput", 64L, x, 4));
    }
}
