package baeum.nn;

import baeum.ops.Gather;
import baeum.storage.DType;
import baeum.storage.Storage;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * A lookup table, as {@code torch.nn.Embedding}: index {@code i} gives row {@code i} of
 * {@code weight} {@code (numEmbeddings, embeddingDim)}, initialised from N(0, 1). With a
 * {@code paddingIdx} (negative counts from the end, as PyTorch) that row starts at zero and
 * receives no gradient.
 *
 * <p>Shape: input int64 {@code (*)}; output {@code (*, embeddingDim)}.
 *
 * <pre>
 * jshell> nn.embedding(10, 3).forward(tensor(1L, 2L, 4L)).shape()
 * $1 ==> (3, 3)
 * </pre>
 */
public final class Embedding extends WeightedLayer {
    private final int numEmbeddings;
    private final int embeddingDim;
    private final int paddingIdx;

    public Embedding(int numEmbeddings, int embeddingDim) {
        this(numEmbeddings, embeddingDim, false, 0);
    }

    /** With a padding row {@code paddingIdx} in {@code [-numEmbeddings, numEmbeddings)}. */
    public Embedding(int numEmbeddings, int embeddingDim, int paddingIdx) {
        this(numEmbeddings, embeddingDim, true, paddingIdx);
    }

    private Embedding(int numEmbeddings, int embeddingDim, boolean padded, int paddingIdx) {
        if (numEmbeddings <= 0 || embeddingDim <= 0) {
            throw new TensorError("Embedding: sizes must be positive, got num_embeddings=" + numEmbeddings
                    + ", embedding_dim=" + embeddingDim);
        }
        if (padded && (paddingIdx >= numEmbeddings || paddingIdx < -numEmbeddings)) {
            throw new TensorError("Embedding: padding_idx=" + paddingIdx + " must be within num_embeddings=" + numEmbeddings);
        }
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        this.paddingIdx = !padded ? -1 : paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
        registerParameter("weight", NnTensors.zeros(numEmbeddings, embeddingDim));
        Init.normal(weight());
        if (this.paddingIdx >= 0) {
            weight().data().select(0, this.paddingIdx).fill_(0);
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dtype() != DType.INT64) {
            throw new TensorError(this + ": expected int64 indices, got a " + input.dtype() + " tensor " + input.shape()
                    + "; make the indices with tensor(long...) or convert them to int64");
        }
        return embedding(input, weight(), paddingIdx, toString());
    }

    /** Rows of {@code weight} picked by {@code indices}; {@code paddingIdx} (or -1) gets no gradient. */
    static Tensor embedding(Tensor indices, Tensor weight, int paddingIdx, String who) {
        if (weight.dim() != 2) {
            throw new TensorError(who + ": expected a 2-d weight (num_embeddings, embedding_dim), got " + weight.shape());
        }
        long[] idx = indices.toLongArray();
        int rows = weight.size(0), dim = weight.size(1);
        for (long i : idx) {
            if (i < 0 || i >= rows) {
                throw new TensorError(who + ": index " + i + " is out of range for " + rows
                        + " embeddings (valid indices are 0.." + (rows - 1) + ")");
            }
        }
        int[] ids = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            ids[k] = (int) idx[k];
        }
        int[] inShape = indices.shape().toArray();
        int[] outShape = java.util.Arrays.copyOf(inShape, inShape.length + 1);
        outShape[inShape.length] = dim;
        Tensor w = weight.detach().contiguous();
        if (!w.dtype().isFloatingPoint()) {
            throw new TensorError(who + ": expected a float weight, got " + w.dtype());
        }
        Storage out = Storage.allocate(w.dtype(), ids.length * dim);
        Gather.rows(w.storage(), w.storageOffset(), dim, ids, out);
        Tensor picked = Tensor.wrap(out, outShape);
        return NnNode.record("EmbeddingBackward0", picked, (grad, needs) -> {
            double[] g = NnTensors.doubles(grad);
            double[] dw = new double[rows * dim];
            Gather.addRows(g, ids, paddingIdx, dim, dw);
            return new Tensor[] {NnTensors.fromDoublesLike(dw, weight)};
        }, weight);
    }

    @Override
    protected String extraRepr() {
        return numEmbeddings + ", " + embeddingDim + (paddingIdx >= 0 ? ", padding_idx=" + paddingIdx : "");
    }
}
