package baeum.ops;

import baeum.kernels.LstmCell;

/**
 * The time loops of one LSTM layer over a whole sequence on raw arrays (the autograd node is
 * {@code baeum.fused.LstmLayerNode}): per step the two products ({@link Affine#rows}) and the
 * fused cell ({@link LstmCell}), and back. States live in one array each: {@code hs} and
 * {@code cs} hold (T+1) blocks of N x H, the initial state first, then the state after each step
 * in processing order ({@code reverse} reads the input from its last position).
 */
public final class LstmSteps {
    private LstmSteps() {}

    /**
     * Runs the steps from the initial states in block 0 of {@code hs} and {@code cs}; writes the
     * activated gates of step i at {@code i*N*4H} of {@code act} (or all into one block when
     * {@code keep} is false), and {@code y}: the hidden state at each input position, then the last
     * cell state ((T+1) x N x H). x is (T, N, in) from {@code xo}; weights (4H, in) and (4H, H).
     */
    public static void forward(int steps, int batch, int in, int hidden, boolean reverse, float[] x, int xo,
            float[] wIh, int wio, float[] bIh, float[] wHh, int who, float[] bHh, float[] hs, float[] cs,
            float[] act, boolean keep, float[] y) {
        int g = 4 * hidden, nh = batch * hidden, ng = batch * g, ni = batch * in;
        float[] xw = new float[ng], hh = new float[ng];
        for (int i = 0; i < steps; i++) {
            Interrupts.check("lstm");
            int t = reverse ? steps - 1 - i : i;
            Affine.rows(batch, in, g, x, xo + t * ni, wIh, wio, bIh, xw);
            Affine.rows(batch, hidden, g, hs, i * nh, wHh, who, bHh, hh);
            LstmCell.forward(xw, 0, hh, cs, i * nh, batch, hidden, hs, (i + 1) * nh, cs, (i + 1) * nh, act, keep ? i * ng : 0);
            System.arraycopy(hs, (i + 1) * nh, y, t * nh, nh);
        }
        System.arraycopy(cs, steps * nh, y, steps * nh, nh);
    }

    /** The input's T blocks of {@code block} floats from {@code off}, in processing order. */
    public static float[] inProcessingOrder(float[] x, int off, int steps, int block, boolean reverse) {
        float[] out = new float[steps * block];
        for (int i = 0; i < steps; i++) System.arraycopy(x, off + (reverse ? steps - 1 - i : i) * block, out, i * block, block);
        return out;
    }

    /**
     * The steps backwards from {@code dy} ((T+1) x N x H: the gradient of each output position,
     * then of the last cell state): fills the gate gradients {@code dG} (step i at {@code i*N*4H}),
     * {@code dx} (input positions; may be null), and leaves the initial states' gradients in
     * {@code dh} (when {@code wantH0}) and {@code dc}.
     */
    public static void backward(int steps, int batch, int in, int hidden, boolean reverse, float[] dy, int dyo,
            float[] wIh, int wio, float[] wHh, int who, float[] act, float[] cs, float[] dG, float[] dx,
            float[] dh, float[] dc, boolean wantH0) {
        int g = 4 * hidden, nh = batch * hidden, ng = batch * g, ni = batch * in;
        for (int i = steps - 1; i >= 0; i--) {
            Interrupts.check("lstm backward");
            int t = reverse ? steps - 1 - i : i;
            boolean last = i == steps - 1;
            // the hidden state's gradient: from the output at t, plus from step i+1 through weight_hh
            LstmCell.backward(last ? dy : dh, last ? dyo + t * nh : 0, last ? null : dy, dyo + t * nh,
                    last ? dy : dc, last ? dyo + steps * nh : 0, act, i * ng, cs, i * nh, cs, (i + 1) * nh, batch, hidden,
                    dG, i * ng, dc, 0);
            if (i > 0 || wantH0) MatmulOps.gemm(false, false, batch, hidden, g, dG, i * ng, g, wHh, who, hidden, dh, 0, hidden, false);
            if (dx != null) MatmulOps.gemm(false, false, batch, in, g, dG, i * ng, g, wIh, wio, in, dx, t * ni, in, false);
        }
    }
}
