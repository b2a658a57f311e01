package baeum.data;

import java.util.function.UnaryOperator;

/**
 * A collection of examples that can be read by index (PyTorch's map-style {@code Dataset}).
 * Implement {@link #size()} and {@link #get(int)}; a {@link DataLoader} then batches it. Datasets
 * that hold whole tensors (like {@link TensorDataset}) also override {@link #batch} to copy rows
 * directly.
 *
 * <pre>
 * jshell> var ds = datasets.iris(); ds.size()
 * $2 ==> 150
 * jshell> var loader = data.loader(ds.transform(data.gaussianNoise(0.1)), 16)
 * </pre>
 */
public interface Dataset {
    /** The number of examples (PyTorch's {@code len(dataset)}). */
    int size();

    /** Example {@code index} (0 ≤ index &lt; size()). */
    Sample get(int index);

    /** The examples {@code indices[from..to)} stacked into a batch. */
    default Batch batch(int[] indices, int from, int to) {
        Sample[] samples = new Sample[to - from];
        for (int i = from; i < to; i++) samples[i - from] = get(indices[i]);
        return Collate.stack(samples);
    }

    /** This dataset with {@code transform} applied to each input x when it is read. */
    default Dataset transform(UnaryOperator<baeum.tensor.Tensor> transform) {
        return new TransformedDataset(this, transform);
    }

    /** Fails with a clear message if {@code index} is not a valid example index. */
    static void checkIndex(String what, int index, int size) {
        if (index < 0 || index >= size) {
            throw new baeum.storage.TensorError(what + ": index " + index + " is out of range for a dataset of "
                    + size + " examples; expected 0 <= index < " + size);
        }
    }
}
