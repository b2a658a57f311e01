package baeum.exercises.ch02.hidden;

import static baeum.Baeum.linspace;
import static baeum.Baeum.manualSeed;
import static baeum.Baeum.randn;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hidden tests of chapter 2: expected values are worked out by hand, or computed here in plain Java
 * loops over doubles (the closed-form gradient, the chain rule written out per element) or with
 * autograd in the grader's JVM; never from the student's code.
 */
public final class Ch02HiddenTests {

    private static Tensor one(double v) {
        return tensor(new float[] {(float) v});
    }

    private static List<?> pair(Student s, String method, Object... args) {
        List<?> out = s.call(method, List.class, args);
        assertEquals(2, out.size(), method + " must return a list of two tensors");
        return out;
    }

    /** dJ/dw and dJ/db of the MSE of y = wx + b, in plain double loops. */
    private static double[] grads(double w, double b, float[] x, float[] y) {
        double dw = 0, db = 0;
        for (int i = 0; i < x.length; i++) {
            double r = w * x[i] + b - y[i];
            dw += 2 * r * x[i] / x.length;
            db += 2 * r / x.length;
        }
        return new double[] {dw, db};
    }

    @Test
    @DisplayName("mseGrads on three points worked out by hand: dw = 10/3, db = 2")
    @Graded(exercise = "ch02_grads", points = 1)
    void gradsByHand(Student s) {
        // y_hat = (1, 2, 3), r = (0, 1, 2): dw = (2/3)(0 + 1 + 4), db = (2/3)(0 + 1 + 2)
        List<?> g = pair(s, "mseGrads", one(1), one(1), tensor(0f, 1f, 2f), tensor(1f, 1f, 1f));
        assertClose(one(10.0 / 3), (Tensor) g.get(0));
        assertClose(one(2), (Tensor) g.get(1));
    }

    @Test
    @DisplayName("mseGrads on random data matches the formula in plain loops")
    @Graded(exercise = "ch02_grads", points = 1)
    void gradsRandom(Student s) {
        manualSeed(31);
        Tensor x = randn(20), y = randn(20);
        double[] expected = grads(0.7, -0.3, x.toFloatArray(), y.toFloatArray());
        List<?> g = pair(s, "mseGrads", one(0.7), one(-0.3), x, y);
        assertClose(one(expected[0]), (Tensor) g.get(0));
        assertClose(one(expected[1]), (Tensor) g.get(1));
    }

    @Test
    @DisplayName("twoLayerGrads on random data matches backward()")
    @Graded(exercise = "ch02_chain", points = 2)
    void chainMatchesAutograd(Student s) {
        manualSeed(32);
        Tensor x = randn(5, 3), w1 = randn(3, 4), w2 = randn(4, 1), y = randn(5, 1);
        Tensor w1g = w1.detach().requiresGrad_(), w2g = w2.detach().requiresGrad_();
        x.matmul(w1g).relu().matmul(w2g).sub(y).pow(2).mean().backward();
        List<?> g = pair(s, "twoLayerGrads", x, w1, w2, y);
        assertClose(w1g.grad(), (Tensor) g.get(0));
        assertClose(w2g.grad(), (Tensor) g.get(1));
    }

    @Test
    @DisplayName("twoLayerGrads matches the chain rule written out element by element, with the right shapes")
    @Graded(exercise = "ch02_chain", points = 1)
    void chainMatchesLoops(Student s) {
        manualSeed(33);
        int n = 7, d = 2, h = 6;
        Tensor x = randn(n, d), w1 = randn(d, h), w2 = randn(h, 1), y = randn(n, 1);
        float[] xa = x.toFloatArray(), w1a = w1.toFloatArray(), w2a = w2.toFloatArray(), ya = y.toFloatArray();
        double[] dW1 = new double[d * h], dW2 = new double[h];
        for (int i = 0; i < n; i++) {
            double[] pre = new double[h];
            double out = 0;
            for (int j = 0; j < h; j++) {
                for (int k = 0; k < d; k++) pre[j] += xa[i * d + k] * w1a[k * h + j];
                out += Math.max(0, pre[j]) * w2a[j];
            }
            double g = 2 * (out - ya[i]) / n;
            for (int j = 0; j < h; j++) {
                dW2[j] += Math.max(0, pre[j]) * g;
                double gh = pre[j] > 0 ? g * w2a[j] : 0;
                for (int k = 0; k < d; k++) dW1[k * h + j] += xa[i * d + k] * gh;
            }
        }
        List<?> got = pair(s, "twoLayerGrads", x, w1, w2, y);
        assertClose(tensor(dW1).view(d, h), (Tensor) got.get(0));
        assertClose(tensor(dW2).view(h, 1), (Tensor) got.get(1));
    }

    @Test
    @DisplayName("sgdStep on random data matches one closed-form step")
    @Graded(exercise = "ch02_step", points = 1)
    void stepRandom(Student s) {
        manualSeed(34);
        Tensor x = randn(8), y = randn(8);
        double[] g = grads(0.5, 0.25, x.toFloatArray(), y.toFloatArray());
        List<?> wb = pair(s, "sgdStep", one(0.5), one(0.25), x, y, 0.05);
        assertClose(one(0.5 - 0.05 * g[0]), (Tensor) wb.get(0));
        assertClose(one(0.25 - 0.05 * g[1]), (Tensor) wb.get(1));
    }

    @Test
    @DisplayName("fit finds the line y = 3x - 0.5 from exact points")
    @Graded(exercise = "ch02_fit", points = 1)
    void fitRecoversTheLine(Student s) {
        Tensor x = linspace(-1, 2, 20);
        Tensor y = x.mul(3).sub(0.5);
        List<?> wb = pair(s, "fit", x, y, 0.2, 300);
        assertClose(one(3), (Tensor) wb.get(0), 0, 1e-3);
        assertClose(one(-0.5), (Tensor) wb.get(1), 0, 1e-3);
    }

    @Test
    @DisplayName("largestStableRate is the largest rate on the grid below 2 over the largest curvature")
    @Graded(exercise = "ch02_lr", points = 2)
    void lrEdgeByHand(Student s) {
        // The MSE of wx + b is quadratic with Hessian H = 2 [[E x^2, E x], [E x, 1]] for the notebook's
        // x = linspace(-1, 2, 30), whatever the noise. Gradient descent shrinks the loss exactly when
        // lr < 2 / lambda_max(H).
        double[] x = new double[30];
        for (int i = 0; i < 30; i++) x[i] = -1 + 3.0 * i / 29;
        double ex = 0, ex2 = 0;
        for (double v : x) {
            ex += v / 30;
            ex2 += v * v / 30;
        }
        double lambdaMax = 2 * ((ex2 + 1) / 2 + Math.sqrt((ex2 - 1) * (ex2 - 1) / 4 + ex * ex));
        double edge = 2 / lambdaMax;
        double expected = 0.05 * Math.floor(edge / 0.05);
        double rate = s.call("largestStableRate", Double.class);
        assertEquals(expected, rate, 1e-6, "the edge is 2 / lambda_max = " + edge);
    }
}
