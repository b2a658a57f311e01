package baeum.data;

/**
 * The examples of another dataset at the given indices (PyTorch's {@code Subset}); batches are
 * still assembled by the underlying dataset, so a subset of a {@link TensorDataset} stays fast.
 *
 * <pre>
 * jshell> var firstTen = data.subset(datasets.iris(), IntStream.range(0, 10).toArray());
 * </pre>
 */
public final class Subset implements Dataset {
    private final Dataset dataset;
    private final int[] indices;

    public Subset(Dataset dataset, int[] indices) {
        this.dataset = dataset;
        this.indices = indices.clone();
        for (int i : this.indices) Dataset.checkIndex("subset", i, dataset.size());
    }

    /** The dataset this one selects from. */
    public Dataset dataset() {
        return dataset;
    }

    /** The selected indices into {@link #dataset()} (a copy). */
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public Sample get(int index) {
        Dataset.checkIndex("Subset.get", index, indices.length);
        return dataset.get(indices[index]);
    }

    @Override
    public Batch batch(int[] idx, int from, int to) {
        int[] mapped = new int[to - from];
        for (int i = from; i < to; i++) {
            Dataset.checkIndex("Subset.batch", idx[i], indices.length);
            mapped[i - from] = indices[idx[i]];
        }
        return dataset.batch(mapped, 0, mapped.length);
    }

    @Override
    public String toString() {
        return "Subset(size=" + size() + " of " + dataset + ")";
    }
}
