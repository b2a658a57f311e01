package baeum.data;

import baeum.tensor.Tensor;

/**
 * A mini-batch from a {@link DataLoader}: the inputs {@code x} stacked along a new first dimension
 * and the targets {@code y} likewise. Shape: x (B, ...), y (B) for class labels.
 *
 * <pre>
 * jshell> var model = nn.linear(4, 3);
 * jshell> for (var b : data.loader(datasets.iris(), 64)) { var out = model.forward(b.x()); }
 * </pre>
 */
public record Batch(Tensor x, Tensor y) {
    /** The number of examples in this batch (the last one may be smaller). */
    public int size() {
        return x.size(0);
    }
}
