package baeum.nn;

import baeum.ops.Interrupts;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link RNN}, {@link LSTM} and {@link GRU} share, as PyTorch's {@code RNNBase}: stacked
 * layers, parameters {@code weight_ih_l{k}} {@code (gates*hidden, in_k)}, {@code weight_hh_l{k}}
 * {@code (gates*hidden, hidden)}, {@code bias_ih_l{k}}, {@code bias_hh_l{k}} {@code (gates*hidden)}
 * (gates: 1 for RNN, 4 for LSTM in order i, f, g, o; 3 for GRU in order r, z, n), all initialised
 * from U(-1/sqrt(hidden), 1/sqrt(hidden)); {@code batchFirst} input layout; dropout between layers
 * in training mode; with {@code bidirectional} a second set of parameters ({@code _reverse}) reads
 * each sequence backwards and the two outputs are concatenated.
 *
 * <p>Shape: input {@code (L, N, inputSize)} ({@code (N, L, inputSize)} with batchFirst) or
 * unbatched {@code (L, inputSize)}; output {@code (L, N, D*hiddenSize)} (same layout as the input);
 * states {@code (D*numLayers, N, hiddenSize)}, D = 2 if bidirectional else 1.
 */
public abstract sealed class RNNBase extends NnFacade.Module permits RNN, LSTM, GRU {
    /** The full result of a recurrent layer: the last layer's output at every step, and the final states ({@code c} only for LSTM). */
    public record Output(Tensor output, Tensor h, Tensor c) {}

    private final int inputSize;
    private final int hiddenSize;
    private final int numLayers;
    private final boolean bias;
    private final boolean batchFirst;
    private final double dropout;
    private final int directions;

    RNNBase(int gates, int inputSize, int hiddenSize, int numLayers, boolean bias, boolean batchFirst, double dropout,
            boolean bidirectional) {
        if (inputSize <= 0 || hiddenSize <= 0 || numLayers <= 0) {
            throw new TensorError(getClass().getSimpleName() + ": input_size, hidden_size and num_layers must be positive, got "
                    + inputSize + ", " + hiddenSize + ", " + numLayers);
        }
        Functions.checkP(getClass().getSimpleName() + " dropout", dropout);
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.numLayers = numLayers;
        this.bias = bias;
        this.batchFirst = batchFirst;
        this.dropout = dropout;
        this.directions = bidirectional ? 2 : 1;
        double bound = 1 / Math.sqrt(hiddenSize);
        for (int k = 0; k < numLayers; k++) {
            int in = k == 0 ? inputSize : hiddenSize * directions;
            for (int d = 0; d < directions; d++) {
                String sfx = suffix(k, d);
                Init.uniform(registerParameter("weight_ih" + sfx, NnTensors.zeros(gates * hiddenSize, in)), -bound, bound);
                Init.uniform(registerParameter("weight_hh" + sfx, NnTensors.zeros(gates * hiddenSize, hiddenSize)), -bound, bound);
                if (bias) {
                    Init.uniform(registerParameter("bias_ih" + sfx, NnTensors.zeros(gates * hiddenSize)), -bound, bound);
                    Init.uniform(registerParameter("bias_hh" + sfx, NnTensors.zeros(gates * hiddenSize)), -bound, bound);
                }
            }
        }
    }

    /** PyTorch's parameter-name suffix: {@code _l0}, {@code _l0_reverse}, ... */
    private static String suffix(int layer, int direction) {
        return "_l" + layer + (direction == 1 ? "_reverse" : "");
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    public int numLayers() {
        return numLayers;
    }

    /** The last layer's output at every step (see {@link #forward(Tensor, Tensor)} for the final states). */
    @Override
    public Tensor forward(Tensor input) {
        return forward(input, null).output();
    }

    /** Runs the layers from initial hidden state {@code h0} ({@code (numLayers, N, hidden)}; null: zeros). */
    public Output forward(Tensor input, Tensor h0) {
        return run(input, h0, null);
    }

    /**
     * One layer in one direction over the whole sequence {@code input} {@code (L, N, features)} at
     * once, or null to run it step by step through {@link #cell}: returns {@code {outputs (L, N,
     * hidden), h, c}} (the hidden state at each position, then the final states).
     */
    Tensor[] sequence(Tensor input, Tensor h, Tensor c, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, boolean reverse) {
        return null;
    }

    /** One time step of one layer: from the input projection {@code xw} and the states, the new states {@code {h, c}}. */
    abstract Tensor[] cell(Tensor xw, Tensor h, Tensor c, Tensor wHh, Tensor bHh);

    Output run(Tensor input, Tensor h0, Tensor c0) {
        boolean unbatched = input.dim() == 2;
        if ((input.dim() != 3 && !unbatched) || input.size(-1) != inputSize) {
            String b = batchFirst ? "(N, L, " : "(L, N, ";
            throw new TensorError(this + ": expected input of shape " + b + inputSize + ") or (L, " + inputSize
                    + "), got " + input.shape());
        }
        Tensor x = unbatched ? input.unsqueeze(1) : batchFirst ? input.transpose(0, 1) : input;
        int steps = x.size(0), n = x.size(1);
        Tensor hAll = initial("h0", h0, unbatched, n);
        Tensor cAll = this instanceof LSTM ? initial("c0", c0, unbatched, n) : null;
        List<Tensor> hLast = new ArrayList<>();
        List<Tensor> cLast = new ArrayList<>();
        // A layer runs as one node over the whole sequence where the subclass can (sequence), and
        // the sequence then stays one tensor between layers. Otherwise step by step, with the input
        // projection one step at a time: projecting the whole sequence at once and slicing it per
        // step gave every step's gradient a zero-filled buffer of the whole projection (quadratic in
        // the sequence length); so would slicing a whole layer's output per step.
        Tensor whole = x;
        Tensor[] seq = null;
        for (int k = 0; k < numLayers; k++) {
            Tensor[] wholeOut = new Tensor[directions];
            Tensor[][] perDirection = new Tensor[directions][];
            for (int d = 0; d < directions; d++) {
                String sfx = suffix(k, d);
                Tensor wIh = parameter("weight_ih" + sfx), bIh = parameter("bias_ih" + sfx);
                Tensor h = hAll.select(0, k * directions + d);
                Tensor c = cAll == null ? null : cAll.select(0, k * directions + d);
                Tensor[] r = whole == null ? null
                        : sequence(whole, h, c, wIh, parameter("weight_hh" + sfx), bIh, parameter("bias_hh" + sfx), d == 1);
                if (r != null) {
                    wholeOut[d] = r[0];
                    h = r[1];
                    c = r[2];
                } else {
                    if (seq == null) {
                        seq = steps(whole);
                        whole = null;                                        // step by step from here on
                    }
                    Tensor[] outs = new Tensor[steps];
                    for (int i = 0; i < steps; i++) {
                        Interrupts.check(typeName());
                        int t = d == 0 ? i : steps - 1 - i;                  // the reverse direction reads the sequence backwards
                        Tensor[] hc = cell(Functions.linear(seq[t], wIh, bIh), h, c, parameter("weight_hh" + sfx),
                                parameter("bias_hh" + sfx));
                        h = hc[0];
                        c = hc[1];
                        outs[t] = h;
                    }
                    perDirection[d] = outs;
                }
                hLast.add(h);
                cLast.add(c);
            }
            boolean dropped = k < numLayers - 1 && dropout > 0;
            if (seq == null) {
                whole = directions == 1 ? wholeOut[0] : NnTensors.cat(-1, wholeOut[0], wholeOut[1]);
                if (dropped) whole = Functions.dropout(whole, dropout, isTraining());
                continue;
            }
            for (int d = 0; d < directions; d++) {
                if (perDirection[d] == null) perDirection[d] = steps(wholeOut[d]);
            }
            for (int t = 0; t < steps; t++) {
                seq[t] = directions == 1 ? perDirection[0][t] : NnTensors.cat(-1, perDirection[0][t], perDirection[1][t]);
                if (dropped) seq[t] = Functions.dropout(seq[t], dropout, isTraining());
            }
        }
        x = seq == null ? whole : NnTensors.stack(0, seq);
        Tensor hn = NnTensors.stack(0, hLast.toArray(Tensor[]::new));
        Tensor cn = cAll == null ? null : NnTensors.stack(0, cLast.toArray(Tensor[]::new));
        Tensor out = unbatched ? x.squeeze(1) : batchFirst ? x.transpose(0, 1) : x;
        return new Output(out, unbatched ? hn.squeeze(1) : hn, cn == null || !unbatched ? cn : cn.squeeze(1));
    }

    /** A sequence {@code (L, N, features)} as its L steps, for the step-by-step path. */
    private static Tensor[] steps(Tensor whole) {
        Tensor[] out = new Tensor[whole.size(0)];
        for (int t = 0; t < out.length; t++) out[t] = whole.select(0, t);
        return out;
    }

    private Tensor initial(String name, Tensor given, boolean unbatched, int n) {
        int states = numLayers * directions;
        if (given == null) {
            return NnTensors.zeros(states, n, hiddenSize);
        }
        Tensor s = unbatched && given.dim() == 2 ? given.unsqueeze(1) : given;
        if (s.dim() != 3 || s.size(0) != states || s.size(1) != n || s.size(2) != hiddenSize) {
            throw new TensorError(this + ": expected " + name + " of shape (" + states + ", " + n + ", " + hiddenSize
                    + ") (num_layers * directions, batch, hidden_size), got " + given.shape());
        }
        return s;
    }

    @Override
    protected String extraRepr() {
        StringBuilder s = new StringBuilder().append(inputSize).append(", ").append(hiddenSize);
        if (numLayers != 1) {
            s.append(", num_layers=").append(numLayers);
        }
        if (!bias) {
            s.append(", bias=False");
        }
        if (batchFirst) {
            s.append(", batch_first=True");
        }
        if (dropout != 0) {
            s.append(", dropout=").append(Repr.number(dropout));
        }
        if (directions == 2) {
            s.append(", bidirectional=True");
        }
        return s.toString();
    }
}
