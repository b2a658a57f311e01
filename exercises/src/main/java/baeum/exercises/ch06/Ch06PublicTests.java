package baeum.exercises.ch06;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.Baeum.nn;
import baeum.exercises.Graded;
import baeum.exercises.HiddenTests;
import baeum.exercises.PublicTests;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Public tests of chapter 6 (building models). Parameter counts are worked out by hand; outputs are
 * compared with the same layers built here from the same seed.
 */
@HiddenTests(exercise = "ch06_mlp", count = 2)
@HiddenTests(exercise = "ch06_residual", count = 2)
@HiddenTests(exercise = "ch06_counts", count = 2)
@HiddenTests(exercise = "ch06_predict", count = 2)
public final class Ch06PublicTests implements PublicTests {

    @Test
    @DisplayName("mlp(4, 8, 3) has 4*8 + 8 + 8*3 + 3 = 67 parameters")
    @Graded(exercise = "ch06_mlp", points = 1)
    void mlpCount(Student s) {
        assertEquals(67L, s.call("countParameters", Long.class, (Object) new int[] {4, 8, 3}));
    }

    @Test
    @DisplayName("mlp(4, 8, 3) from seed 7 gives linear(4, 8), relu, linear(8, 3) of a (2, 4) batch")
    @Graded(exercise = "ch06_mlp", points = 1)
    void mlpOutput(Student s) {
        manualSeed(70);
        Tensor x = randn(2, 4);
        manualSeed(7);
        var fc1 = nn.linear(4, 8);
        var fc2 = nn.linear(8, 3);
        Tensor expected = fc2.forward(fc1.forward(x).relu()).detach();
        assertClose(expected, s.tensor("mlpOutput", 7L, x, new int[] {4, 8, 3}));
    }

    @Test
    @DisplayName("ResidualBlock(4, 16) has the parameters fc1.weight, fc1.bias, fc2.weight, fc2.bias")
    @Graded(exercise = "ch06_residual", points = 1)
    void residualNames(Student s) {
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"),
                s.call("residualParameterNames", List.class, 4, 16));
    }

    @Test
    @DisplayName("ResidualBlock from seed 3 computes x + fc2(relu(fc1(x))) on a (3, 4) batch")
    @Graded(exercise = "ch06_residual", points = 1)
    void residualOutput(Student s) {
        manualSeed(71);
        Tensor x = randn(3, 4);
        manualSeed(3);
        var fc1 = nn.linear(4, 16);
        var fc2 = nn.linear(16, 4);
        Tensor expected = x.add(fc2.forward(fc1.forward(x).relu())).detach();
        assertClose(expected, s.tensor("residualOutput", 3L, x, 16));
    }

    @Test
    @DisplayName("parameterCounts has four entries, the first linear(784, 128): 784*128 + 128 = 100480")
    @Graded(exercise = "ch06_counts", points = 1)
    void countsLinear(Student s) {
        List<?> counts = s.call("parameterCounts", List.class);
        assertEquals(4, counts.size(), "four counts, one per layer");
        assertEquals(100480L, ((Number) counts.get(0)).longValue());
    }

    @Test
    @DisplayName("predict from seed 5 gives the linear layer's output: dropout is off in eval mode")
    @Graded(exercise = "ch06_predict", points = 1)
    void predictIsEval(Student s) {
        manualSeed(72);
        Tensor x = randn(6, 4);
        manualSeed(5);
        var fc = nn.linear(4, 3);
        assertClose(fc.forward(x).detach(), s.tensor("predictFromSeed", 5L, x));
    }
}
