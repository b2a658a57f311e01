package baeum.fused;

import baeum.kernels.LstmCell;
import baeum.ops.Affine;
import baeum.ops.LstmSteps;
import baeum.ops.MatmulOps;
import baeum.storage.Shape;
import baeum.storage.TensorError;
import baeum.tensor.Node;
import baeum.tensor.Tensor;
import java.util.Arrays;

/**
 * One LSTM layer in one direction over a whole sequence as one node (PyTorch's CPU LSTM records
 * a dozen ops a step): per step the two products of {@link Affine#rows} and the fused cell of
 * {@link LstmCell} ({@link LstmSteps} runs the loops), the states of the whole sequence in one array each. Its output is
 * {@code Y (T+1, N, H)}: the hidden state at every position (in input order, also when
 * {@code reverse} reads the sequence backwards), then the last cell state.
 *
 * <p>Forward gives the same bits as the step-by-step graph (the same products and sums). Backward
 * runs the steps in reverse for the states' gradients, keeping every step's gate gradients, and
 * then makes each weight's gradient as one product over all T·N rows and the biases' as one sum,
 * where the step-by-step graph added T products of N rows: the same terms summed in another
 * order (float32 rounding differs in the last bits), a few large products instead of 2T small ones.
 */
final class LstmLayerNode extends Node {
    /** The input in processing order (T, N, in); h and c before each step and after the last: (T+1, N, H). */
    private final float[] x, hs, cs, act;
    private final int steps, batch, in, hidden;
    private final boolean reverse, bias;

    private LstmLayerNode(Tensor[] inputs, float[] x, float[] hs, float[] cs, float[] act,
            int steps, int batch, int in, int hidden, boolean reverse) {
        super("LstmBackward0", inputs);
        save(0, inputs[3]);
        save(1, inputs[4]);
        this.x = x;
        this.hs = hs;
        this.cs = cs;
        this.act = act;
        this.steps = steps;
        this.batch = batch;
        this.in = in;
        this.hidden = hidden;
        this.reverse = reverse;
        this.bias = inputs[5] != null;
    }

    static Tensor apply(Tensor x, Tensor h0, Tensor c0, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, boolean reverse) {
        String op = "lstm";
        Tensor xc = Inputs.floats(op, "input", x, 3), hc = Inputs.floats(op, "h0", h0, 2), cc = Inputs.floats(op, "c0", c0, 2);
        Tensor wi = Inputs.floats(op, "weight_ih", wIh, 2), wh = Inputs.floats(op, "weight_hh", wHh, 2);
        int steps = xc.size(0), batch = xc.size(1), in = xc.size(2), hidden = hc.size(1), g = 4 * hidden;
        if ((bIh == null) != (bHh == null) || hc.size(0) != batch || !Arrays.equals(cc.shapeArray(), hc.shapeArray())
                || wi.size(0) != g || wi.size(1) != in || wh.size(0) != g || wh.size(1) != hidden
                || (bIh != null && (bIh.numel() != g || bHh.numel() != g)) || steps == 0) {
            throw new TensorError(op + ": input " + Shape.str(xc.shapeArray()) + " (T, N, in), h0 " + Shape.str(hc.shapeArray())
                    + " and c0 " + Shape.str(cc.shapeArray()) + " (N, H), weight_ih " + Shape.str(wi.shapeArray())
                    + " (4H, in), weight_hh " + Shape.str(wh.shapeArray()) + " (4H, H) and biases (4H) or none"
                    + " do not fit together (T >= 1); pass tensors of these shapes");
        }
        float[] bi = bIh == null ? null : bIh.toFloatArray(), bh = bHh == null ? null : bHh.toFloatArray();
        boolean grad = Node.needsGrad(x, h0, c0, wIh, wHh, bIh, bHh);
        int nh = batch * hidden, ng = batch * g;
        float[] hs = new float[(steps + 1) * nh], cs = new float[(steps + 1) * nh], act = new float[(grad ? steps : 1) * ng];
        System.arraycopy(Inputs.data(hc), Inputs.offset(hc), hs, 0, nh);
        System.arraycopy(Inputs.data(cc), Inputs.offset(cc), cs, 0, nh);
        float[] y = new float[(steps + 1) * nh];
        LstmSteps.forward(steps, batch, in, hidden, reverse, Inputs.data(xc), Inputs.offset(xc), Inputs.data(wi),
                Inputs.offset(wi), bi, Inputs.data(wh), Inputs.offset(wh), bh, hs, cs, act, grad, y);
        Tensor out = Tensor.wrap(y, steps + 1, batch, hidden);
        if (grad) {
            float[] xs = LstmSteps.inProcessingOrder(Inputs.data(xc), Inputs.offset(xc), steps, batch * in, reverse);
            new LstmLayerNode(new Tensor[] {x, h0, c0, wIh, wHh, bIh, bHh}, xs, hs, cs, act, steps, batch, in, hidden,
                    reverse).attach(out);
        }
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        Tensor wi = saved(0).contiguous(), wh = saved(1).contiguous();
        Tensor gc = grad.contiguous();
        float[] ga = gc.storage().f, wha = wh.storage().f, wia = wi.storage().f;
        int go = gc.storageOffset(), who = wh.storageOffset(), wio = wi.storageOffset();
        int g = 4 * hidden, nh = batch * hidden;
        float[] dG = new float[steps * batch * g], dh = new float[nh], dc = new float[nh];
        float[] dx = needsInputGrad(0) ? new float[steps * batch * in] : null;
        LstmSteps.backward(steps, batch, in, hidden, reverse, ga, go, wia, wio, wha, who, act, cs, dG, dx, dh, dc,
                needsInputGrad(1));
        // the weights' gradients over all steps at once: dGᵀ (4H x T·N) times the inputs and the previous states
        int rows = steps * batch;
        Tensor gWih = null, gWhh = null, gB = null;
        if (needsInputGrad(3)) {
            float[] w = new float[g * in];
            MatmulOps.gemm(true, false, g, in, rows, dG, 0, g, x, 0, in, w, 0, in, false);
            gWih = Tensor.wrap(w, g, in);
        }
        if (needsInputGrad(4)) {
            float[] w = new float[g * hidden];
            MatmulOps.gemm(true, false, g, hidden, rows, dG, 0, g, hs, 0, hidden, w, 0, hidden, false);
            gWhh = Tensor.wrap(w, g, hidden);
        }
        if (bias && (needsInputGrad(5) || needsInputGrad(6))) gB = Tensor.wrap(dG, rows, g).sum(0);
        Tensor gx = dx == null ? null : Tensor.wrap(dx, steps, batch, in);
        Tensor gh0 = needsInputGrad(1) ? Tensor.wrap(dh, batch, hidden) : null;
        Tensor gc0 = needsInputGrad(2) ? Tensor.wrap(dc, batch, hidden) : null;
        return new Tensor[] {gx, gh0, gc0, gWih, gWhh, needsInputGrad(5) ? gB : null, needsInputGrad(6) ? gB : null};
    }
}
