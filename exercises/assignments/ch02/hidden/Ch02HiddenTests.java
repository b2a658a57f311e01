package baeum.exercises.ch02.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 2: the expected weights come from the closed-form gradient of the mean
 * squared error, computed here with the engine's ops (no autograd), never from the student's code.
 */
public final class Ch02HiddenTests {

    /** One step with dL/dw = 2/N x^T r and dL/db = 2/N sum(r), r = xw + b - y. */
    private static Tensor[] reference(Tensor w, Tensor b, Tensor x, Tensor y, double lr) {
        Tensor r = x.matmul(w).add(b).sub(y);
        double n = x.size(0);
        Tensor gw = x.t().matmul(r).mul(2 / n);
        Tensor gb = r.sum().mul(2 / n).view(1);
        return new Tensor[] {w.sub(gw.mul(lr)), b.sub(gb.mul(lr))};
    }

    private static List<?> call(Student s, String method, Object... args) {
        List<?> out = s.call(method, List.class, args);
        assertEquals(2, out.size(), method + " must return List.of(w, b)");
        return out;
    }

    @Test
    @DisplayName("sgdStep on random data (8, 3) matches the closed-form gradient")
    @Graded(exercise = "ch02_step", points = 2)
    void stepRandom(Student s) {
        manualSeed(21);
        Tensor x = randn(8, 3), y = randn(8, 1), w = randn(3, 1), b = randn(1);
        Tensor[] expected = reference(w, b, x, y, 0.05);
        List<?> wb = call(s, "sgdStep", w, b, x, y, 0.05);
        assertClose(expected[0], (Tensor) wb.get(0));
        assertClose(expected[1], (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("sgdStep with lr 0 leaves the weights as they were")
    @Graded(exercise = "ch02_step", points = 1)
    void stepZeroRate(Student s) {
        manualSeed(22);
        Tensor x = randn(5, 2), y = randn(5, 1), w = randn(2, 1), b = randn(1);
        List<?> wb = call(s, "sgdStep", w, b, x, y, 0.0);
        assertClose(w, (Tensor) wb.get(0));
        assertClose(b, (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("fit finds y = 3 x1 - 2 x2 + 0.5 from 50 exact points (lr 0.1, 300 steps)")
    @Graded(exercise = "ch02_fit", points = 2)
    void fitRecoversTheLine(Student s) {
        manualSeed(23);
        Tensor x = randn(50, 2);
        Tensor y = x.matmul(tensor(new float[][] {{3}, {-2}})).add(0.5);
        List<?> wb = call(s, "fit", x, y, 0.1, 300);
        assertClose(tensor(new float[][] {{3}, {-2}}), (Tensor) wb.get(0), 0, 1e-3);
        assertClose(tensor(new float[] {0.5f}), (Tensor) wb.get(1), 0, 1e-3);
    }

    @Test
    @DisplayName("fit for 15 steps on random data (20, 4) matches 15 closed-form steps")
    @Graded(exercise = "ch02_fit", points = 1)
    void fitMatchesReference(Student s) {
        manualSeed(24);
        Tensor x = randn(20, 4), y = randn(20, 1);
        Tensor[] wb = {zeros(4, 1), zeros(1)};
        for (int i = 0; i < 15; i++) wb = reference(wb[0], wb[1], x, y, 0.05);
        List<?> got = call(s, "fit", x, y, 0.05, 15);
        assertClose(wb[0], (Tensor) got.get(0));
        assertClose(wb[1], (Tensor) got.get(1));
    }
}
