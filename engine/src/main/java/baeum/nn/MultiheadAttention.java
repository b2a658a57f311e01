package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * Multi-head scaled dot-product attention, as {@code torch.nn.MultiheadAttention}:
 * <pre>
 * Q = query W_qᵀ + b_q,  K = key W_kᵀ + b_k,  V = value W_vᵀ + b_v     (W_q, W_k, W_v: rows of in_proj_weight)
 * head_i = softmax(Q_i K_iᵀ / sqrt(embedDim / numHeads) + mask) V_i
 * out = concat(head_1, ..., head_h) W_oᵀ + b_o                           (out_proj)
 * </pre>
 * Parameters: {@code in_proj_weight} {@code (3E, E)} (Xavier-uniform), {@code in_proj_bias}
 * {@code (3E)} (zeros), {@code out_proj.weight} {@code (E, E)}, {@code out_proj.bias} (zeros).
 * Masks: {@code attnMask} {@code (L, S)} or {@code (N*numHeads, L, S)}, bool (true = may not attend)
 * or float (added to the scores); {@code keyPaddingMask} {@code (N, S)}, bool (true = padding,
 * ignored) or float; {@code isCausal} forbids attending to later positions. Dropout applies to the
 * attention weights in training mode.
 *
 * <p>Shape: query {@code (L, N, E)}, key and value {@code (S, N, E)} ({@code (N, L, E)} and
 * {@code (N, S, E)} with batchFirst; {@code (L, E)} and {@code (S, E)} unbatched); output like the
 * query; weights (averaged over heads) {@code (N, L, S)}.
 *
 * <pre>
 * jshell> var mha = nn.multiheadAttention(8, 2, 0.0, true, true);   // batch first
 * jshell> var x = randn(4, 5, 8);                                   // (N, L, E)
 * jshell> var r = mha.forward(x, x, x, null, null, true);          // causal self-attention
 * jshell> r.output().shape() + " " + r.weights().shape()
 * $3 ==> "(4, 5, 8) (4, 5, 5)"
 * </pre>
 */
public final class MultiheadAttention extends NnFacade.Module {
    /** Attention output and the attention weights averaged over the heads. */
    public record Output(Tensor output, Tensor weights) {}

    private final int embedDim;
    private final int numHeads;
    private final double dropout;
    private final boolean batchFirst;

    public MultiheadAttention(int embedDim, int numHeads, double dropout, boolean bias, boolean batchFirst) {
        if (embedDim <= 0 || numHeads <= 0 || embedDim % numHeads != 0) {
            throw new TensorError("MultiheadAttention: embed_dim=" + embedDim + " must be divisible by num_heads=" + numHeads);
        }
        Functions.checkP("MultiheadAttention dropout", dropout);
        this.embedDim = embedDim;
        this.numHeads = numHeads;
        this.dropout = dropout;
        this.batchFirst = batchFirst;
        Init.xavierUniform(registerParameter("in_proj_weight", NnTensors.zeros(3 * embedDim, embedDim)));
        if (bias) {
            registerParameter("in_proj_bias", NnTensors.zeros(3 * embedDim));
        }
        Linear outProj = registerModule("out_proj", new Linear(embedDim, embedDim, bias));
        if (bias) {
            Init.zeros(outProj.bias());
        }
    }

    /** Self-attention: {@code forward(x, x, x)}. */
    @Override
    public Tensor forward(Tensor x) {
        return forward(x, x, x);
    }

    /** Attention without masks; returns the output only. */
    public Tensor forward(Tensor query, Tensor key, Tensor value) {
        return forward(query, key, value, null, null, false).output();
    }

    /** Attention with optional masks (null: none); returns the output and the head-averaged weights. */
    public Output forward(Tensor query, Tensor key, Tensor value, Tensor keyPaddingMask, Tensor attnMask, boolean isCausal) {
        boolean unbatched = query.dim() == 2;
        int rank = unbatched ? 2 : 3;
        if (query.dim() != rank || key.dim() != rank || value.dim() != rank || query.size(-1) != embedDim
                || key.size(-1) != embedDim || value.size(-1) != embedDim) {
            String layout = unbatched ? "(L, " : batchFirst ? "(N, L, " : "(L, N, ";
            throw new TensorError(this.typeName() + "(embed_dim=" + embedDim + ", num_heads=" + numHeads
                    + "): expected query, key and value of shape " + layout + embedDim + "), got " + query.shape() + ", "
                    + key.shape() + ", " + value.shape());
        }
        Tensor q = batchFirstView(query, unbatched), k = batchFirstView(key, unbatched), v = batchFirstView(value, unbatched);
        int n = q.size(0), l = q.size(1), s = k.size(1), hd = embedDim / numHeads;
        if (v.size(1) != s || k.size(0) != n || v.size(0) != n) {
            throw new TensorError("MultiheadAttention: key " + key.shape() + " and value " + value.shape()
                    + " must have the same batch and sequence sizes, and the batch of query " + query.shape());
        }
        Tensor w = parameter("in_proj_weight"), b = parameter("in_proj_bias");
        Tensor qh = heads(project(q, w, b, 0), n, l, hd);
        Tensor kh = heads(project(k, w, b, 1), n, s, hd);
        Tensor vh = heads(project(v, w, b, 2), n, s, hd);
        Tensor scores = qh.mul(1 / Math.sqrt(hd)).matmul(kh.transpose(-2, -1));   // (N, H, L, S)
        scores = AttentionMasks.apply(scores, attnMask, keyPaddingMask, isCausal, n, numHeads, l, s);
        Tensor weights = Functions.dropout(scores.softmax(-1), dropout, isTraining());
        Tensor out = weights.matmul(vh).transpose(1, 2).reshape(n, l, embedDim);
        out = outProj().forward(out);
        Tensor avg = weights.mean(new int[] {1}, false);
        if (unbatched) {
            return new Output(out.squeeze(0), avg.squeeze(0));
        }
        return new Output(batchFirst ? out : out.transpose(0, 1), avg);
    }

    private Tensor batchFirstView(Tensor t, boolean unbatched) {
        return unbatched ? t.unsqueeze(0) : batchFirst ? t : t.transpose(0, 1);
    }

    private Tensor project(Tensor x, Tensor w, Tensor b, int part) {
        return Functions.linear(x, w.narrow(0, part * embedDim, embedDim), b == null ? null : b.narrow(0, part * embedDim, embedDim));
    }

    /** {@code (N, T, E)} to {@code (N, heads, T, headDim)}. */
    private Tensor heads(Tensor x, int n, int t, int hd) {
        return x.reshape(n, t, numHeads, hd).transpose(1, 2);
    }

    /** The output projection {@code out_proj}. */
    public Linear outProj() {
        return (Linear) namedChildren().get("out_proj");
    }

    @Override
    protected String typeName() {
        return "MultiheadAttention";
    }
}
