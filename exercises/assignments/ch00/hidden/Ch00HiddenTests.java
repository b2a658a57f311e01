package baeum.exercises.ch00.hidden;

import static baeum.Baeum.manualSeed;
import static baeum.Baeum.rand;
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
 * Hidden tests of chapter 0: compiled and run only by the grader. The expected values come from
 * plain Java loops written here (an implementation independent of the tensor code under test) or
 * from values worked out by hand; the student's session only ever returns its answers.
 */
public final class Ch00HiddenTests {

    @Test
    @DisplayName("boxes that do not touch have IoU 0")
    @Graded(exercise = "ch00_iou", points = 1)
    void iouOfDisjointBoxes(Student s) {
        assertEquals(0.0, s.call("iou", Double.class, new double[] {0, 0, 1, 1}, new double[] {3, 3, 5, 6}), 1e-9);
    }

    @Test
    @DisplayName("a box inside another: IoU is the ratio of their areas")
    @Graded(exercise = "ch00_iou", points = 1)
    void iouOfNestedBoxes(Student s) {
        // (1,1)-(3,3) inside (0,0)-(4,4): 4 / 16
        assertEquals(0.25, s.call("iou", Double.class, new double[] {0, 0, 4, 4}, new double[] {1, 1, 3, 3}), 1e-9);
    }

    @Test
    @DisplayName("the probability p(h1 = 1 | v) worked out by hand")
    @Graded(exercise = "ch00_energy", points = 2)
    void probabilityByHand(Student s) {
        double[] answers = s.call("energyByHand", double[].class);
        assertEquals(2, answers.length);
        // b1 + v1 W11 + v3 W31 = -1 + 1 + 2 = 2: sigmoid(2)
        assertEquals(1 / (1 + Math.exp(-2)), answers[1], 1e-4);
    }

    @Test
    @DisplayName("hiddenProb and visibleProb of a random batch match plain loops, with their shapes")
    @Graded(exercise = "ch00_rbm_probs", points = 2)
    void probsOfARandomBatch(Student s) {
        manualSeed(7);
        Tensor v = rand(5, 4).lt(0.5).to(baeum.storage.DType.FLOAT32), w = randn(4, 3), a = randn(4), b = randn(3);
        Tensor h = rand(5, 3).lt(0.5).to(baeum.storage.DType.FLOAT32);
        float[][] vv = rows(v), ww = rows(w), hh = rows(h);
        float[] av = a.toFloatArray(), bv = b.toFloatArray();
        float[][] ph = new float[5][3], pv = new float[5][4];
        for (int n = 0; n < 5; n++) {
            for (int j = 0; j < 3; j++) {
                double z = bv[j];
                for (int i = 0; i < 4; i++) z += vv[n][i] * ww[i][j];
                ph[n][j] = (float) (1 / (1 + Math.exp(-z)));
            }
            for (int i = 0; i < 4; i++) {
                double z = av[i];
                for (int j = 0; j < 3; j++) z += hh[n][j] * ww[i][j];
                pv[n][i] = (float) (1 / (1 + Math.exp(-z)));
            }
        }
        assertClose(tensor(ph), s.tensor("hiddenProb", v, w, b));
        assertClose(tensor(pv), s.tensor("visibleProb", h, w, a));
    }

    @Test
    @DisplayName("cd1Step on a random batch matches plain loops and leaves its inputs unchanged")
    @Graded(exercise = "ch00_cd1", points = 3)
    void cd1OfARandomBatch(Student s) {
        manualSeed(11);
        int n = 6, nv = 5, nh = 3;
        double lr = 0.3;
        Tensor v0 = rand(n, nv).lt(0.5).to(baeum.storage.DType.FLOAT32), h0 = rand(n, nh).lt(0.5).to(baeum.storage.DType.FLOAT32);
        Tensor w = randn(nv, nh).mul(0.5), a = randn(nv).mul(0.5), b = randn(nh).mul(0.5);
        float[][] v = rows(v0), hs = rows(h0), ww = rows(w);
        float[] av = a.toFloatArray(), bv = b.toFloatArray();
        double[][] ph0 = new double[n][nh], v1 = new double[n][nv], ph1 = new double[n][nh];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < nh; j++) {
                double z = bv[j];
                for (int i = 0; i < nv; i++) z += v[k][i] * ww[i][j];
                ph0[k][j] = 1 / (1 + Math.exp(-z));
            }
            for (int i = 0; i < nv; i++) {
                double z = av[i];
                for (int j = 0; j < nh; j++) z += hs[k][j] * ww[i][j];
                v1[k][i] = 1 / (1 + Math.exp(-z));
            }
            for (int j = 0; j < nh; j++) {
                double z = bv[j];
                for (int i = 0; i < nv; i++) z += v1[k][i] * ww[i][j];
                ph1[k][j] = 1 / (1 + Math.exp(-z));
            }
        }
        float[][] newW = new float[nv][nh];
        float[] newA = new float[nv], newB = new float[nh];
        for (int i = 0; i < nv; i++) {
            double da = 0;
            for (int k = 0; k < n; k++) da += v[k][i] - v1[k][i];
            newA[i] = (float) (av[i] + lr * da / n);
            for (int j = 0; j < nh; j++) {
                double d = 0;
                for (int k = 0; k < n; k++) d += v[k][i] * ph0[k][j] - v1[k][i] * ph1[k][j];
                newW[i][j] = (float) (ww[i][j] + lr * d / n);
            }
        }
        for (int j = 0; j < nh; j++) {
            double db = 0;
            for (int k = 0; k < n; k++) db += ph0[k][j] - ph1[k][j];
            newB[j] = (float) (bv[j] + lr * db / n);
        }
        Tensor wBefore = w.clone(), aBefore = a.clone(), bBefore = b.clone();
        List<?> out = s.call("cd1Step", List.class, v0, h0, w, a, b, lr);
        assertEquals(3, out.size());
        assertClose(tensor(newW), (Tensor) out.get(0));
        assertClose(tensor(newA), (Tensor) out.get(1));
        assertClose(tensor(newB), (Tensor) out.get(2));
        assertClose(wBefore, w, 0, 0);
        assertClose(aBefore, a, 0, 0);
        assertClose(bBefore, b, 0, 0);
    }

    private static float[][] rows(Tensor t) {
        int r = t.size(0), c = t.size(1);
        float[] flat = t.toFloatArray();
        float[][] out = new float[r][c];
        for (int i = 0; i < r; i++) System.arraycopy(flat, i * c, out[i], 0, c);
        return out;
    }
}
