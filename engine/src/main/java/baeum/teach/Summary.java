package baeum.teach;

import baeum.nn.Module;
import baeum.storage.Shape;
import java.util.List;

/**
 * A model at a glance, as torchinfo's {@code summary}: one row per layer (name, type, output
 * shape, parameter count, trainable), then the totals, the parameters' memory and the
 * activations' memory for the batch. Made by {@code summary(model, 1, 28, 28)}, which runs one
 * forward pass on a batch of zeros without recording a graph and without changing the model
 * (batch-norm statistics untouched, train/eval mode restored). A notebook shows an HTML table,
 * {@code toString()} an aligned text table.
 *
 * <pre>
 * jshell> var s = summary(nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10)), 784);
 * jshell> s.totalParams()
 * $2 ==> 203530
 * jshell> s.rows().get(3).output()
 * $3 ==> (1, 10)
 * </pre>
 *
 * Shape: the input is {@code (1, ...sizes)} for {@code summary(model, sizes...)}, or the whole
 * batch shape for {@code summary(model, shape(64, 1, 28, 28))}.
 */
public final class Summary implements Visual {

    /**
     * One layer: its dotted name ({@code ""} for the model itself), class name, depth in the
     * tree, output shape (null when it could not be seen on its own: a layer without parameters
     * inside a model that is not a {@code Sequential}), parameters (its own and its sub-modules'), of which
     * trainable, and whether it has sub-modules.
     */
    public record Row(String name, String type, int depth, Shape output, long params, long trainable, boolean container) {}

    private final Shape input;
    private final List<Row> rows;
    private final long total, trainable, paramBytes, activationBytes, inputBytes;
    private final String dtype;

    Summary(Shape input, List<Row> rows, long total, long trainable, long paramBytes, long activationBytes,
            long inputBytes, String dtype) {
        this.input = input;
        this.rows = List.copyOf(rows);
        this.total = total;
        this.trainable = trainable;
        this.paramBytes = paramBytes;
        this.activationBytes = activationBytes;
        this.inputBytes = inputBytes;
        this.dtype = dtype;
    }

    /** Summarises {@code model} on a batch of one sample of shape {@code sampleShape}. */
    public static Summary of(Module model, int... sampleShape) {
        int[] batch = new int[sampleShape.length + 1];
        batch[0] = 1;
        System.arraycopy(sampleShape, 0, batch, 1, sampleShape.length);
        return SummaryRun.run(model, new Shape(batch));
    }

    /** Summarises {@code model} on a batch of zeros of shape {@code batchShape}. */
    public static Summary of(Module model, Shape batchShape) {
        return SummaryRun.run(model, batchShape);
    }

    /** The rows: the model first, then its layers depth first. */
    public List<Row> rows() {
        return rows;
    }

    /** The shape of the dummy batch. */
    public Shape input() {
        return input;
    }

    /** The number of parameters (each shared parameter once). */
    public long totalParams() {
        return total;
    }

    /** The number of parameters that require grad. */
    public long trainableParams() {
        return trainable;
    }

    /** The bytes the parameters take. */
    public long paramBytes() {
        return paramBytes;
    }

    /** The bytes of every layer's output for this batch (the forward pass; backward needs about as much again). */
    public long activationBytes() {
        return activationBytes;
    }

    /** The bytes of the input batch. */
    public long inputBytes() {
        return inputBytes;
    }

    String dtype() {
        return dtype;
    }

    @Override
    public String html() {
        return SummaryHtml.render(this);
    }

    @Override
    public String toString() {
        return SummaryText.render(this);
    }
}
