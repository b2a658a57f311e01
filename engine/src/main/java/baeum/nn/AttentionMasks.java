package baeum.nn;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** Applies attention masks to scores {@code (N, H, L, S)}: bool masks put -∞ where true, float masks are added. */
final class AttentionMasks {
    private AttentionMasks() {}

    static Tensor apply(Tensor scores, Tensor attnMask, Tensor keyPaddingMask, boolean isCausal, int n, int heads, int l, int s) {
        Tensor out = scores;
        if (attnMask != null) {
            Tensor m;
            if (attnMask.dim() == 2 && attnMask.size(0) == l && attnMask.size(1) == s) {
                m = attnMask;
            } else if (attnMask.dim() == 3 && attnMask.size(0) == n * heads && attnMask.size(1) == l && attnMask.size(2) == s) {
                m = attnMask.reshape(n, heads, l, s);
            } else {
                throw new TensorError("MultiheadAttention: attn_mask must have shape (" + l + ", " + s + ") or ("
                        + n * heads + ", " + l + ", " + s + "), got " + attnMask.shape());
            }
            out = applyOne(out, m);
        }
        if (keyPaddingMask != null) {
            if (keyPaddingMask.dim() != 2 || keyPaddingMask.size(0) != n || keyPaddingMask.size(1) != s) {
                throw new TensorError("MultiheadAttention: key_padding_mask must have shape (" + n + ", " + s
                        + ") (batch, source length), got " + keyPaddingMask.shape());
            }
            out = applyOne(out, keyPaddingMask.reshape(n, 1, 1, s));
        }
        if (isCausal) {
            out = out.maskedFill(causalMask(l, s), Double.NEGATIVE_INFINITY);
        }
        return out;
    }

    private static Tensor applyOne(Tensor scores, Tensor mask) {
        return mask.dtype() == DType.BOOL ? scores.maskedFill(mask, Double.NEGATIVE_INFINITY) : scores.add(mask);
    }

    /**
     * The causal mask {@code (l, s)}: true where key position {@code j} lies after query position
     * {@code i} ({@code j > i}), so {@code i} may not attend to it (top-left aligned, as PyTorch).
     */
    static Tensor causalMask(int l, int s) {
        boolean[] m = new boolean[l * s];
        for (int i = 0; i < l; i++) {
            for (int j = 0; j < s; j++) {
                m[i * s + j] = j > i;
            }
        }
        return NnTensors.fromBools(m, l, s);
    }
}
