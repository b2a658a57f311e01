package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fused LSTM step: a value by hand and every gradient by finite differences. */
class LstmCellTest {
    @Test
    void valueByHand() {
        // all pre-activations 0: i = f = o = 0.5, g = 0, so c = 0.5·cPrev and h = 0.5·tanh(c)
        float[] h = new float[1], c = new float[1], act = new float[4];
        LstmCell.forward(new float[4], new float[] {1}, 1, 1, h, c, act);
        assertEquals(0.5f, c[0]);
        assertEquals(0.5 * Math.tanh(0.5), h[0], 1e-7);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        gradientsMatchFiniteDifferences(3, 5);     // the scalar loop only
        gradientsMatchFiniteDifferences(2, 37);    // vector body and tail
    }

    private static void gradientsMatchFiniteDifferences(int batch, int hidden) {
        Random rnd = new Random(11);
        double[] gates = new double[batch * 4 * hidden], cPrev = new double[batch * hidden];
        float[] wh = new float[batch * hidden], wc = new float[batch * hidden];
        for (int i = 0; i < gates.length; i++) gates[i] = rnd.nextGaussian();
        for (int i = 0; i < cPrev.length; i++) {
            cPrev[i] = rnd.nextGaussian();
            wh[i] = (float) rnd.nextGaussian();
            wc[i] = (float) rnd.nextGaussian();
        }
        // objective Σ wh·h + Σ wc·c: dh = wh, dc (from the next step) = wc
        float[] act = new float[gates.length], h = new float[cPrev.length], c = new float[cPrev.length];
        float[] cp = f(cPrev);
        LstmCell.forward(f(gates), cp, batch, hidden, h, c, act);
        float[] dGates = new float[gates.length], dcPrev = new float[cPrev.length];
        LstmCell.backward(wh, wc, act, cp, c, batch, hidden, dGates, dcPrev);
        for (int i = 0; i < gates.length; i++) {
            double keep = gates[i];
            gates[i] = keep + 1e-3;
            double up = objective(gates, cPrev, wh, wc, batch, hidden);
            gates[i] = keep - 1e-3;
            double down = objective(gates, cPrev, wh, wc, batch, hidden);
            gates[i] = keep;
            assertEquals((up - down) / 2e-3, dGates[i], 2e-3, "d/dgate[" + i + "]");
        }
        for (int i = 0; i < cPrev.length; i++) {
            double keep = cPrev[i];
            cPrev[i] = keep + 1e-3;
            double up = objective(gates, cPrev, wh, wc, batch, hidden);
            cPrev[i] = keep - 1e-3;
            double down = objective(gates, cPrev, wh, wc, batch, hidden);
            cPrev[i] = keep;
            assertEquals((up - down) / 2e-3, dcPrev[i], 2e-3, "d/dcPrev[" + i + "]");
        }
    }

    private static double objective(double[] gates, double[] cPrev, float[] wh, float[] wc, int batch, int hidden) {
        float[] act = new float[gates.length], h = new float[cPrev.length], c = new float[cPrev.length];
        LstmCell.forward(f(gates), f(cPrev), batch, hidden, h, c, act);
        double s = 0;
        for (int i = 0; i < h.length; i++) s += (double) wh[i] * h[i] + (double) wc[i] * c[i];
        return s;
    }

    private static float[] f(double[] x) {
        float[] r = new float[x.length];
        for (int i = 0; i < x.length; i++) r[i] = (float) x[i];
        return r;
    }
}
