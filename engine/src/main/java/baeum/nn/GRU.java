package baeum.nn;

import baeum.tensor.Tensor;

/**
 * A gated recurrent unit layer, as {@code torch.nn.GRU}: per step, with gates in PyTorch's order r, z, n,
 * <pre>
 * r = σ(x W_irᵀ + b_ir + h W_hrᵀ + b_hr)     z = σ(x W_izᵀ + b_iz + h W_hzᵀ + b_hz)
 * n = tanh(x W_inᵀ + b_in + r * (h W_hnᵀ + b_hn))
 * h' = (1 - z) * n + z * h
 * </pre>
 * See {@link RNNBase} for parameters and shapes.
 *
 * <pre>
 * jshell> nn.gru(3, 4).forward(randn(5, 2, 3)).shape()
 * $1 ==> (5, 2, 4)
 * </pre>
 */
public final class GRU extends RNNBase {
    public GRU(int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
                boolean bidirectional) {
        super(3, inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    }

    @Override
    Tensor[] cell(Tensor xw, Tensor h, Tensor c, Tensor wHh, Tensor bHh) {
        Tensor[] gi = xw.chunk(3, -1);
        Tensor[] gh = Functions.linear(h, wHh, bHh).chunk(3, -1);
        Tensor r = gi[0].add(gh[0]).sigmoid();
        Tensor z = gi[1].add(gh[1]).sigmoid();
        Tensor n = gi[2].add(r.mul(gh[2])).tanh();
        return new Tensor[] {n.add(z.mul(h.sub(n))), null};
    }
}
