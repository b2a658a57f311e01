package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * An Elman recurrent layer, as {@code torch.nn.RNN}: per step
 * {@code h_t = tanh(x_t W_ihᵀ + b_ih + h_{t-1} W_hhᵀ + b_hh)} (or ReLU with nonlinearity "relu").
 * See {@link RNNBase} for parameters and shapes.
 *
 * <pre>
 * jshell> var r = nn.rnn(3, 4).forward(randn(5, 2, 3), null);   // (L, N, in)
 * jshell> r.output().shape() + " " + r.h().shape()
 * $2 ==> "(5, 2, 4) (1, 2, 4)"
 * </pre>
 */
public final class RNN extends RNNBase {
    private final boolean relu;

    public RNN(int inputSize, int hiddenSize, int numLayers, String nonlinearity, boolean bias, boolean batchFirst, double dropout,
               boolean bidirectional) {
        super(1, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
        if (!nonlinearity.equals("tanh") && !nonlinearity.equals("relu")) {
            throw new TensorError("RNN: nonlinearity must be \"tanh\" or \"relu\", got \"" + nonlinearity + "\"");
        }
        this.relu = nonlinearity.equals("relu");
    }

    @Override
    Tensor[] cell(Tensor xw, Tensor h, Tensor c, Tensor wHh, Tensor bHh) {
        Tensor pre = xw.add(Functions.linear(h, wHh, bHh));
        return new Tensor[] {relu ? pre.relu() : pre.tanh(), null};
    }
}
