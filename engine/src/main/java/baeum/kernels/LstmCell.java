package baeum.kernels;

/**
 * The pointwise half of an LSTM step, fused: from the gate pre-activations
 * {@code gates = x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh} (PyTorch's gate order i, f, g, o) to the new
 * cell and hidden state, and back. The two matmuls stay with {@link Gemm}; this saves the dozen
 * small elementwise ops (and their graph nodes) per time step.
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
        for (int b = 0; b < batch; b++) {
            int gb = b * 4 * hidden, sb = b * hidden;
            for (int j = 0; j < hidden; j++) {
                float i = sigmoid(gates[gb + j]);
                float f = sigmoid(gates[gb + hidden + j]);
                float g = (float) Math.tanh(gates[gb + 2 * hidden + j]);
                float o = sigmoid(gates[gb + 3 * hidden + j]);
                act[gb + j] = i;
                act[gb + hidden + j] = f;
                act[gb + 2 * hidden + j] = g;
                act[gb + 3 * hidden + j] = o;
                float cn = f * cPrev[sb + j] + i * g;
                c[sb + j] = cn;
                h[sb + j] = o * (float) Math.tanh(cn);
            }
        }
    }

    /**
     * Gradients of one step: given {@code dh} and {@code dc} (the cell gradient from the next step,
     * or null), overwrites {@code dGates} (pre-activation gradients) and {@code dcPrev}.
     */
    public static void backward(float[] dh, float[] dc, float[] act, float[] cPrev, float[] c,
            int batch, int hidden, float[] dGates, float[] dcPrev) {
        for (int b = 0; b < batch; b++) {
            int gb = b * 4 * hidden, sb = b * hidden;
            for (int j = 0; j < hidden; j++) {
                float i = act[gb + j], f = act[gb + hidden + j];
                float g = act[gb + 2 * hidden + j], o = act[gb + 3 * hidden + j];
                float tc = (float) Math.tanh(c[sb + j]);
                float dhj = dh[sb + j];
                float dcj = (dc == null ? 0f : dc[sb + j]) + dhj * o * (1f - tc * tc);
                dGates[gb + j] = dcj * g * i * (1f - i);
                dGates[gb + hidden + j] = dcj * cPrev[sb + j] * f * (1f - f);
                dGates[gb + 2 * hidden + j] = dcj * i * (1f - g * g);
                dGates[gb + 3 * hidden + j] = dhj * tc * o * (1f - o);
                dcPrev[sb + j] = dcj * f;
            }
        }
    }

    private static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }
}
