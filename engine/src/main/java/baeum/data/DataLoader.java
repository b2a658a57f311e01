package baeum.data;

import baeum.tensor.Rng;
import baeum.storage.TensorError;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Iterates over a dataset in mini-batches (PyTorch's {@code DataLoader}). Options, fluent: {@code
 * shuffle} (default false: a new random order every pass, drawn from the engine's generator, so
 * {@code manualSeed} makes it reproducible), {@code seed} (a generator of the loader's own: pass k
 * of a loader built with the same seed always gets the same order), {@code dropLast} (default false:
 * skip a last, smaller batch). Batches are assembled in the calling thread by
 * {@link Dataset#batch}.
 *
 * <pre>
 * jshell> var loader = data.loader(datasets.iris(), 16).shuffle(true).seed(0);
 * jshell> loader.size()                       // batches per epoch: 150 / 16, rounded up
 * $2 ==> 10
 * jshell> var model = nn.linear(4, 3);
 * jshell> for (var b : loader) { var scores = model.forward(b.x()); }
 * </pre>
 */
public final class DataLoader implements Iterable<Batch> {
    private final Dataset dataset;
    private final int batchSize;
    private boolean shuffle, dropLast;
    private Random random;

    public DataLoader(Dataset dataset, int batchSize) {
        if (dataset == null) throw new TensorError("loader: dataset is null");
        if (batchSize <= 0) throw new TensorError("loader: batchSize must be > 0, got " + batchSize);
        this.dataset = dataset;
        this.batchSize = batchSize;
    }

    /** Visit the examples in a new random order every pass (default false). */
    public DataLoader shuffle(boolean on) {
        shuffle = on;
        return this;
    }

    /** Seeds the shuffling, so that the sequence of orders is reproducible. */
    public DataLoader seed(long seed) {
        random = new Random(seed);
        return this;
    }

    /** Skip the last batch if it is smaller than batchSize (default false). */
    public DataLoader dropLast(boolean on) {
        dropLast = on;
        return this;
    }

    /** The number of batches per pass (PyTorch's {@code len(loader)}). */
    public int size() {
        int n = dataset.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** The batch size. */
    public int batchSize() {
        return batchSize;
    }

    /** The dataset being loaded. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public Iterator<Batch> iterator() {
        int n = dataset.size();
        int[] order = Splits.permutation(n, shuffle ? (random != null ? random : Rng.generator()) : null);
        int batches = size();
        return new Iterator<>() {
            int b;

            @Override
            public boolean hasNext() {
                return b < batches;
            }

            @Override
            public Batch next() {
                if (b >= batches) throw new NoSuchElementException("loader: no more batches in this pass");
                int from = b * batchSize, to = Math.min(n, from + batchSize);
                b++;
                return dataset.batch(order, from, to);
            }
        };
    }

    @Override
    public String toString() {
        return "DataLoader(batchSize=" + batchSize + ", batches=" + size() + ", shuffle=" + shuffle
                + ", dropLast=" + dropLast + ", dataset=" + dataset + ")";
    }
}
