package baeum.fused;

import baeum.tensor.Node;
import baeum.kernels.LstmCell;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * The pointwise part of an LSTM step ({@link LstmCell}) as one node whose output is
 * {@code [h | c]}, shape (batch, 2·hidden); {@link Fused#lstmCell} splits it with views.
 */
final class LstmCellNode extends Node {
    private final float[] act, cPrev, c;
    private final int batch, hidden;

    private LstmCellNode(Tensor gates, Tensor cPrevT, float[] act, float[] cPrev, float[] c, int batch, int hidden) {
        super("LstmCellBackward0", gates, cPrevT);
        this.act = act;
        this.cPrev = cPrev;
        this.c = c;
        this.batch = batch;
        this.hidden = hidden;
    }

    static Tensor apply(Tensor gates, Tensor cPrev) {
        String op = "lstmCell";
        Tensor gc = Inputs.floats(op, "gates", gates, 2), cc = Inputs.floats(op, "cPrev", cPrev, 2);
        int batch = cc.size(0), hidden = cc.size(1);
        if (gc.size(0) != batch || gc.size(1) != 4 * hidden) {
            throw new TensorError(op + ": gates " + Shape.str(gc.shapeArray()) + " must be (batch, 4·hidden) = ("
                    + batch + ", " + 4 * hidden + ") for a cell state " + Shape.str(cc.shapeArray()));
        }
        float[] g = gc.toFloatArray(), cp = cc.toFloatArray();
        float[] h = new float[batch * hidden], c = new float[batch * hidden], act = new float[g.length];
        LstmCell.forward(g, cp, batch, hidden, h, c, act);
        float[] hc = new float[2 * batch * hidden];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(h, b * hidden, hc, 2 * b * hidden, hidden);
            System.arraycopy(c, b * hidden, hc, (2 * b + 1) * hidden, hidden);
        }
        Tensor out = Tensor.wrap(hc, batch, 2 * hidden);
        if (Node.needsGrad(gates, cPrev)) new LstmCellNode(gates, cPrev, act, cp, c, batch, hidden).attach(out);
        return out;
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        float[] g = grad.contiguous().toFloatArray();
        float[] dh = new float[batch * hidden], dc = new float[batch * hidden];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(g, 2 * b * hidden, dh, b * hidden, hidden);
            System.arraycopy(g, (2 * b + 1) * hidden, dc, b * hidden, hidden);
        }
        float[] dGates = new float[act.length], dcPrev = new float[batch * hidden];
        LstmCell.backward(dh, dc, act, cPrev, c, batch, hidden, dGates, dcPrev);
        return new Tensor[] {Tensor.wrap(dGates, batch, 4 * hidden), Tensor.wrap(dcPrev, batch, hidden)};
    }
}
