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
        forward(gates, 0, null, cPrev, 0, batch, hidden, h, 0, c, 0, act, 0);
    }

    /**
     * {@link #forward(float[], float[], int, int, float[], float[], float[])} on arrays at offsets,
     * with the pre-activations {@code xw + hh} (the input's and the hidden state's products, added
     * here as float32, the same sum as adding them first) or {@code xw} alone when {@code hh} is
     * null; {@code hh} starts at 0. A whole sequence's states can so live in one array each.
     */
    public static void forward(float[] xw, int xo, float[] hh, float[] cPrev, int po, int batch,
            int hidden, float[] h, int ho, float[] c, int co, float[] act, int ao) {
        int vend = S.loopBound(hidden);
        for (int b = 0; b < batch; b++) {
            int gi = b * 4 * hidden, gf = gi + hidden, gg = gf + hidden, go = gg + hidden, sb = b * hidden;
            int j = 0;
            for (; j < vend; j += L) {
                var i = sigmoid(gateVector(xw, xo + gi + j, hh, gi + j));
                var f = sigmoid(gateVector(xw, xo + gf + j, hh, gf + j));
                var g = VectorMath.tanhBySigmoid(gateVector(xw, xo + gg + j, hh, gg + j));
                var o = sigmoid(gateVector(xw, xo + go + j, hh, go + j));
                i.intoArray(act, ao + gi + j);
                f.intoArray(act, ao + gf + j);
                g.intoArray(act, ao + gg + j);
                o.intoArray(act, ao + go + j);
                var cn = f.mul(FloatVector.fromArray(S, cPrev, po + sb + j)).add(i.mul(g));
                cn.intoArray(c, co + sb + j);
                o.mul(VectorMath.tanhBySigmoid(cn)).intoArray(h, ho + sb + j);
            }
            for (; j < hidden; j++) {
                float i = sigmoid(gate(xw, xo + gi + j, hh, gi + j)), f = sigmoid(gate(xw, xo + gf + j, hh, gf + j));
                float g = VectorMath.tanhBySigmoid(gate(xw, xo + gg + j, hh, gg + j));
                float o = sigmoid(gate(xw, xo + go + j, hh, go + j));
                act[ao + gi + j] = i;
                act[ao + gf + j] = f;
                act[ao + gg + j] = g;
                act[ao + go + j] = o;
                float cn = f * cPrev[po + sb + j] + i * g;
                c[co + sb + j] = cn;
                h[ho + sb + j] = o * VectorMath.tanhBySigmoid(cn);
            }
        }
    }

    private static FloatVector gateVector(float[] xw, int x, float[] hh, int y) {
        var v = FloatVector.fromArray(S, xw, x);
        return hh == null ? v : v.add(FloatVector.fromArray(S, hh, y));
    }

    private static float gate(float[] xw, int x, float[] hh, int y) {
        return hh == null ? xw[x] : xw[x] + hh[y];
    }

    /**
     * Gradients of one step: given {@code dh} and {@code dc} (the cell gradient from the next step,
     * or null), overwrites {@code dGates} (pre-activation gradients) and {@code dcPrev}.
     */
    public static void backward(float[] dh, float[] dc, float[] act, float[] cPrev, float[] c,
            int batch, int hidden, float[] dGates, float[] dcPrev) {
        backward(dh, 0, null, 0, dc, 0, act, 0, cPrev, 0, c, 0, batch, hidden, dGates, 0, dcPrev, 0);
    }

    /**
     * {@link #backward(float[], float[], float[], float[], float[], int, int, float[], float[])} on
     * arrays at offsets, with the hidden state's gradient {@code dh + dy} ({@code dy}, the gradient
     * from the layer's output, may be null). {@code dcPrev} may be {@code dc} itself (each element
     * is read before it is written).
     */
    public static void backward(float[] dh, int dho, float[] dy, int dyo, float[] dc, int dco,
            float[] act, int ao, float[] cPrev, int po, float[] c, int co, int batch, int hidden,
            float[] dGates, int go0, float[] dcPrev, int dpo) {
        int vend = S.loopBound(hidden);
        var one = FloatVector.broadcast(S, 1f);
        for (int b = 0; b < batch; b++) {
            int gi = b * 4 * hidden, gf = gi + hidden, gg = gf + hidden, go = gg + hidden, sb = b * hidden;
            int j = 0;
            for (; j < vend; j += L) {
                var i = FloatVector.fromArray(S, act, ao + gi + j);
                var f = FloatVector.fromArray(S, act, ao + gf + j);
                var g = FloatVector.fromArray(S, act, ao + gg + j);
                var o = FloatVector.fromArray(S, act, ao + go + j);
                var tc = VectorMath.tanhBySigmoid(FloatVector.fromArray(S, c, co + sb + j));
                var dhj = FloatVector.fromArray(S, dh, dho + sb + j);
                if (dy != null) dhj = dhj.add(FloatVector.fromArray(S, dy, dyo + sb + j));
                var dcj = dhj.mul(o).mul(one.sub(tc.mul(tc)));
                if (dc != null) dcj = dcj.add(FloatVector.fromArray(S, dc, dco + sb + j));
                dcj.mul(g).mul(i).mul(one.sub(i)).intoArray(dGates, go0 + gi + j);
                dcj.mul(FloatVector.fromArray(S, cPrev, po + sb + j)).mul(f).mul(one.sub(f)).intoArray(dGates, go0 + gf + j);
                dcj.mul(i).mul(one.sub(g.mul(g))).intoArray(dGates, go0 + gg + j);
                dhj.mul(tc).mul(o).mul(one.sub(o)).intoArray(dGates, go0 + go + j);
                dcj.mul(f).intoArray(dcPrev, dpo + sb + j);
            }
            for (; j < hidden; j++) {
                float i = act[ao + gi + j], f = act[ao + gf + j], g = act[ao + gg + j], o = act[ao + go + j];
                float tc = VectorMath.tanhBySigmoid(c[co + sb + j]);
                float dhj = dy == null ? dh[dho + sb + j] : dh[dho + sb + j] + dy[dyo + sb + j];
                float dcj = (dc == null ? 0f : dc[dco + sb + j]) + dhj * o * (1f - tc * tc);
                dGates[go0 + gi + j] = dcj * g * i * (1f - i);
                dGates[go0 + gf + j] = dcj * cPrev[po + sb + j] * f * (1f - f);
                dGates[go0 + gg + j] = dcj * i * (1f - g * g);
                dGates[go0 + go + j] = dhj * tc * o * (1f - o);
                dcPrev[dpo + sb + j] = dcj * f;
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
