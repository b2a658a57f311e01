package baeum.nn;

import baeum.fused.Fused;
import baeum.storage.DType;
import baeum.tensor.Tensor;

/**
 * A long short-term memory layer, as {@code torch.nn.LSTM}: per step, with gates in PyTorch's
 * order i, f, g, o,
 * <pre>
 * i = σ(x W_iiᵀ + b_ii + h W_hiᵀ + b_hi)    f = σ(...)    g = tanh(...)    o = σ(...)
 * c' = f * c + i * g                       h' = o * tanh(c')
 * </pre>
 * See {@link RNNBase} for parameters and shapes; {@link Output#c()} holds the final cell states.
 *
 * <pre>
 * jshell> var lstm = nn.lstm(10, 20, 2, true);          // 2 layers, batch first
 * jshell> var r = lstm.forward(randn(3, 5, 10), null, null);
 * jshell> r.output().shape() + " " + r.h().shape() + " " + r.c().shape()
 * $3 ==> "(3, 5, 20) (2, 3, 20) (2, 3, 20)"
 * </pre>
 */
public final class LSTM extends RNNBase {
    public LSTM(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
                boolean bidirectional) {
        super(4, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    /** Runs from initial states {@code h0} and {@code c0}, each {@code (numLayers, N, hidden)} or null for zeros. */
    public Output forward(Tensor input, Tensor h0, Tensor c0) {
        return run(input, h0, c0);
    }

    /** The whole sequence as one node ({@link Fused#lstmLayer}) for float32; null (step by step) otherwise. */
    @Override
    Tensor[] sequence(Tensor input, Tensor h, Tensor c, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, boolean reverse) {
        for (Tensor t : new Tensor[] {input, h, c, wIh, wHh, bIh, bHh}) {
            if (t != null && t.dtype() != DType.FLOAT32) return null;
        }
        int steps = input.size(0);
        Tensor y = Fused.lstmLayer(input, h, c, wIh, wHh, bIh, bHh, reverse);     // (L + 1, N, H): every h, then the last c
        return new Tensor[] {y.narrow(0, 0, steps), y.select(0, reverse ? 0 : steps - 1), y.select(0, steps)};
    }

    @Override
    Tensor[] cell(Tensor xw, Tensor h, Tensor c, Tensor wHh, Tensor bHh) {
        Tensor gates = xw.add(Functions.linear(h, wHh, bHh));
        if (gates.dtype() == DType.FLOAT32 && c.dtype() == DType.FLOAT32 && gates.dim() == 2) {
            return Fused.lstmCell(gates, c);   // the gate math fused and vectorized (issue 4)
        }
        Tensor[] g = gates.chunk(4, -1);
        Tensor cNext = g[1].sigmoid().mul(c).add(g[0].sigmoid().mul(g[2].tanh()));
        return new Tensor[] {g[3].sigmoid().mul(cNext.tanh()), cNext};
    }
}
