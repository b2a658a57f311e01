package baeum.exercises.ch07.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.stack;
import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;

import baeum.Baeum.optim;
import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 7: the engine's own optimizers (PyTorch's update rules) as the reference. */
public final class Ch07HiddenTests {

    @Test
    @DisplayName("momentumPath for 25 steps from (-4, 1.5) matches optim.sgd(lr 0.1).momentum(0.9)")
    @Graded(exercise = "ch07_momentum", points = 2)
    void momentumMatchesSgd(Student s) {
        Tensor p = tensor(-4f, 1.5f).requiresGrad_();
        var opt = optim.sgd(List.of(p), 0.1).momentum(0.9);
        List<Tensor> path = new ArrayList<>(List.of(p.detach().clone()));
        for (int i = 0; i < 25; i++) {
            Tensor loss = p.get(0).pow(2).mul(0.05).add(p.get(1).pow(2).mul(2));
            opt.zeroGrad();
            loss.backward();
            opt.step();
            path.add(p.detach().clone());
        }
        assertClose(stack(0, path.toArray(new Tensor[0])), s.tensor("momentumPath", tensor(-4f, 1.5f), 0.1, 0.9, 25));
    }

    @Test
    @DisplayName("momentumPath with 0 steps is just the start, shape (1, 2)")
    @Graded(exercise = "ch07_momentum", points = 1)
    void momentumNoSteps(Student s) {
        assertClose(tensor(new float[][] {{3, 4}}), s.tensor("momentumPath", tensor(3f, 4f), 0.1, 0.9, 0));
    }

    @Test
    @DisplayName("five adamStep calls match optim.adam on the same gradients (a (2, 3) parameter)")
    @Graded(exercise = "ch07_adam", points = 2)
    void adamMatchesOptim(Student s) {
        manualSeed(71);
        Tensor start = randn(2, 3);
        Tensor[] grads = new Tensor[5];
        for (int i = 0; i < 5; i++) grads[i] = randn(2, 3).mul(i + 1);
        Tensor p = start.clone().requiresGrad_();
        var opt = optim.adam(List.of(p), 0.01);
        Tensor mine = start, m = zeros(2, 3), v = zeros(2, 3);
        for (int t = 1; t <= 5; t++) {
            p.setGrad(grads[t - 1].clone());
            opt.step();
            List<?> out = s.call("adamStep", List.class, mine, grads[t - 1], m, v, t, 0.01);
            mine = (Tensor) out.get(0);
            m = (Tensor) out.get(1);
            v = (Tensor) out.get(2);
        }
        assertClose(p.detach(), mine);
    }

    @Test
    @DisplayName("adamStep with a zero gradient at t = 1 leaves the parameter where it is")
    @Graded(exercise = "ch07_adam", points = 1)
    void adamZeroGradient(Student s) {
        List<?> out = s.call("adamStep", List.class, tensor(1f, 2f), zeros(2), zeros(2), zeros(2), 1, 0.1);
        assertClose(tensor(1f, 2f), (Tensor) out.get(0));
    }
}
