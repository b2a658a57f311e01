package baeum.kernels;

import static baeum.kernels.MicroKernels.L;
import static baeum.kernels.MicroKernels.S;

import jdk.incubator.vector.FloatVector;

/**
 * The pointwise half of an LSTM step, fused and vectorized: from the gate pre-activations
 * {@code gates = x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh} (PyTorch's gate order i, f, g, o) to the new
 * cell and hidden state, and back. The two matmuls stay with {@link Gemm}; this saves the dozen
 * small elementwise ops (and their graph nodes) per time step. Its sigmoid and tanh
 * ({@code 2σ(2x) - 1}) are {@link VectorMath}'s, so a seeded run gives the same bits every time,
 * whatever the JIT did.
 *
 * <pre>{@code
 * jshell> float[] gates = new float[4], c0 = {1}, h = new float[1], c = new float[1], act = new float[4];
 * jshell> LstmCell.forward(gates, c0, 1, 1, h, c, act);   // i = f = o = 0.5, g = 0
 * jshell> c[0]
 * $3 ==> 0.5
 * }</pre>
 *
 * Shape: gates (batch, 4·hidden); cPrev, h, c (batch, hidden); act (batch, 4·hidden).
 */
public final class LstmCell {
    private LstmCell() {}

    /**
     * {@code i, f, o = σ(.)}, {@code g = tanh(.)}, {@code c = f·cPrev + i·g}, {@code h = o·tanh(c)}.
     * Writes the activated gates into {@code act} for {@link #backward}.
     */
    public static void forward(float[] gates, float[] cPrev, int batch, int hidden, float[] h,
            float[] c, float[] act) {
        int vend = S.loopBound(hidden);
        for (int b = 0; b < batch; b++) {
            int gi = b * 4 * hidden, gf = gi + hidden, gg = gf + hidden, go = gg + hidden, sb = b * hidden;
            int j = 0;
            for (; j < vend; j += L) {
                var i = sigmoid(FloatVector.fromArray(S, gates, gi + j));
                var f = sigmoid(FloatVector.fromArray(S, gates, gf + j));
                var g = VectorMath.tanhBySigmoid(FloatVector.fromArray(S, gates, gg + j));
                var o = sigmoid(FloatVector.fromArray(S, gates, go + j));
                i.intoArray(act, gi + j);
                f.intoArray(act, gf + j);
                g.intoArray(act, gg + j);
                o.intoArray(act, go + j);
                var cn = f.mul(FloatVector.fromArray(S, cPrev, sb + j)).add(i.mul(g));
                cn.intoArray(c, sb + j);
                o.mul(VectorMath.tanhBySigmoid(cn)).intoArray(h, sb + j);
            }
            for (; j < hidden; j++) {
                float i = sigmoid(gates[gi + j]), f = sigmoid(gates[gf + j]);
                float g = VectorMath.tanhBySigmoid(gates[gg + j]), o = sigmoid(gates[go + j]);
                act[gi + j] = i;
                act[gf + j] = f;
                act[gg + j] = g;
                act[go + j] = o;
                float cn = f * cPrev[sb + j] + i * g;
                c[sb + j] = cn;
                h[sb + j] = o * VectorMath.tanhBySigmoid(cn);
            }
        }
    }

    /**
     * Gradients of one step: given {@code dh} and {@code dc} (the cell gradient from the next step,
     * or null), overwrites {@code dGates} (pre-activation gradients) and {@code dcPrev}.
     */
    public static void backward(float[] dh, float[] dc, float[] act, float[] cPrev, float[] c,
            int batch, int hidden, float[] dGates, float[] dcPrev) {
        int vend = S.loopBound(hidden);
        var one = FloatVector.broadcast(S, 1f);
        for (int b = 0; b < batch; b++) {
            int gi = b * 4 * hidden, gf = gi + hidden, gg = gf + hidden, go = gg + hidden, sb = b * hidden;
            int j = 0;
            for (; j < vend; j += L) {
                var i = FloatVector.fromArray(S, act, gi + j);
                var f = FloatVector.fromArray(S, act, gf + j);
                var g = FloatVector.fromArray(S, act, gg + j);
                var o = FloatVector.fromArray(S, act, go + j);
                var tc = VectorMath.tanhBySigmoid(FloatVector.fromArray(S, c, sb + j));
                var dhj = FloatVector.fromArray(S, dh, sb + j);
                var dcj = dhj.mul(o).mul(one.sub(tc.mul(tc)));
                if (dc != null) dcj = dcj.add(FloatVector.fromArray(S, dc, sb + j));
                dcj.mul(g).mul(i).mul(one.sub(i)).intoArray(dGates, gi + j);
                dcj.mul(FloatVector.fromArray(S, cPrev, sb + j)).mul(f).mul(one.sub(f)).intoArray(dGates, gf + j);
                dcj.mul(i).mul(one.sub(g.mul(g))).intoArray(dGates, gg + j);
                dhj.mul(tc).mul(o).mul(one.sub(o)).intoArray(dGates, go + j);
                dcj.mul(f).intoArray(dcPrev, sb + j);
            }
            for (; j < hidden; j++) {
                float i = act[gi + j], f = act[gf + j], g = act[gg + j], o = act[go + j];
                float tc = VectorMath.tanhBySigmoid(c[sb + j]);
                float dhj = dh[sb + j];
                float dcj = (dc == null ? 0f : dc[sb + j]) + dhj * o * (1f - tc * tc);
                dGates[gi + j] = dcj * g * i * (1f - i);
                dGates[gf + j] = dcj * cPrev[sb + j] * f * (1f - f);
                dGates[gg + j] = dcj * i * (1f - g * g);
                dGates[go + j] = dhj * tc * o * (1f - o);
                dcPrev[sb + j] = dcj * f;
            }
        }
    }

    private static FloatVector sigmoid(FloatVector x) {
        return VectorMath.sigmoid(x);
    }

    private static float sigmoid(float x) {
        return VectorMath.sigmoid(x);
    }
}
