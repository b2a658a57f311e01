package baeum.exercises.ch07.hidden;

import static baeum.Baeum.fromArray;
import static baeum.Baeum.tensor;
import static baeum.Baeum.zeros;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 7: references computed independently, on plain doubles in the grader's JVM, or by hand. */
public final class Ch07HiddenTests {

    @Test
    @DisplayName("momentumPath over many steps matches the momentum rule computed on plain numbers")
    @Graded(exercise = "ch07_momentum", points = 1)
    void momentumManySteps(Student s) {
        int steps = 25;
        double lr = 0.1, mu = 0.9;
        double[] p = {-4, 1.5}, v = {0, 0}, scale = {0.1, 4};
        float[] path = new float[(steps + 1) * 2];
        path[0] = (float) p[0];
        path[1] = (float) p[1];
        for (int t = 1; t <= steps; t++) {
            for (int i = 0; i < 2; i++) {
                v[i] = mu * v[i] + scale[i] * p[i];
                p[i] -= lr * v[i];
                path[2 * t + i] = (float) p[i];
            }
        }
        assertClose(fromArray(path, steps + 1, 2), s.tensor("momentumPath", tensor(-4f, 1.5f), lr, mu, steps), 1e-4, 1e-5);
    }

    @Test
    @DisplayName("momentumPath with no steps is the start alone, as a one-row path")
    @Graded(exercise = "ch07_momentum", points = 1)
    void momentumNoSteps(Student s) {
        assertClose(tensor(new float[][] {{3, 4}}), s.tensor("momentumPath", tensor(3f, 4f), 0.1, 0.9, 0));
    }

    @Test
    @DisplayName("several adamStep calls on a matrix match Adam computed on plain numbers")
    @Graded(exercise = "ch07_adam", points = 1)
    void adamMatchesPlainNumbers(Student s) {
        Random rnd = new Random(7);
        int n = 6;
        double b1 = 0.9, b2 = 0.999, eps = 1e-8, lr = 0.01;
        double[] p = new double[n], m = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) p[i] = rnd.nextGaussian();
        Tensor mine = fromArray(toFloat(p), 2, 3), mt = zeros(2, 3), vt = zeros(2, 3);
        for (int t = 1; t <= 5; t++) {
            double[] g = new double[n];
            for (int i = 0; i < n; i++) g[i] = rnd.nextGaussian() * t;
            for (int i = 0; i < n; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                double mh = m[i] / (1 - Math.pow(b1, t)), vh = v[i] / (1 - Math.pow(b2, t));
                p[i] -= lr * mh / (Math.sqrt(vh) + eps);
            }
            List<?> out = s.call("adamStep", List.class, mine, fromArray(toFloat(g), 2, 3), mt, vt, t, lr);
            mine = (Tensor) out.get(0);
            mt = (Tensor) out.get(1);
            vt = (Tensor) out.get(2);
        }
        assertClose(fromArray(toFloat(p), 2, 3), mine, 1e-4, 1e-5);
        assertClose(fromArray(toFloat(m), 2, 3), mt, 1e-4, 1e-5);
    }

    @Test
    @DisplayName("adamStep with a zero gradient at the first step leaves the parameter where it is")
    @Graded(exercise = "ch07_adam", points = 1)
    void adamZeroGradient(Student s) {
        List<?> out = s.call("adamStep", List.class, tensor(1f, 2f), zeros(2), zeros(2), zeros(2), 1, 0.1);
        assertClose(tensor(1f, 2f), (Tensor) out.get(0));
    }

    @Test
    @DisplayName("the second Adagrad step by hand")
    @Graded(exercise = "ch07_by_hand", points = 1)
    void adagradSecondStep(Student s) {
        // w1 = 0.5, g1 = 1, G2 = 4 + 1 = 5: w2 = 0.5 - 0.5 / sqrt(5) = 0.27639...
        double[] w = s.call("adagradByHand", double[].class);
        assertEquals(2, w.length, "adagradByHand must return new double[] {w1, w2}");
        assertEquals(0.5 - 0.5 / Math.sqrt(5), w[1], 1e-6, "w2");
    }

    @Test
    @DisplayName("the cosine-annealing learning rate by hand")
    @Graded(exercise = "ch07_by_hand", points = 1)
    void cosineByHand(Student s) {
        // 0.5 * 0.2 * (1 + cos(pi / 3)) = 0.1 * 1.5 = 0.15
        assertEquals(0.15, s.call("cosineByHand", Double.class), 1e-6);
    }

    @Test
    @DisplayName("the largest good learning rate is the one the update rule predicts")
    @Graded(exercise = "ch07_good_lr", points = 2)
    void largestGoodLr(Student s) {
        // y <- (1 - 4 lr) y shrinks only for lr < 0.5 (at 0.5 it flips between +-1.5, beyond it grows);
        // x <- (1 - 0.1 lr) x: 4 * 0.96^50 = 0.52 at lr 0.4, so the distance is below 1 there.
        assertEquals(0.4, s.call("largestGoodLr", Double.class), 1e-9);
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) f[i] = (float) a[i];
        return f;
    }
}
