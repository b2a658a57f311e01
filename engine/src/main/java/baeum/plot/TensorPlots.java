package baeum.plot;

import baeum.tensor.Tensor;

/**
 * The {@link Plots} that take tensors (inherited by {@code Plots}, so that
 * {@code import static baeum.plot.Plots.*} brings them in). Every method says the shapes it
 * takes; views (transposed, sliced, expanded) are read in their logical order.
 */
public class TensorPlots {
    protected TensorPlots() {}

    /**
     * A line through the values of a 1-D tensor.
     * <pre>{@code jshell> linePlot(losses) }</pre>
     * Shape: {@code (steps)}.
     */
    public static LinePlot linePlot(Tensor y) {
        return new LinePlot().add(null, TensorArrays.vector("linePlot", y));
    }

    /**
     * A named line through the values of a 1-D tensor.
     * <pre>{@code jshell> linePlot("train", trainLosses).add("val", valLosses) }</pre>
     * Shape: {@code (steps)}.
     */
    public static LinePlot linePlot(String name, Tensor y) {
        return new LinePlot().add(name, TensorArrays.vector("linePlot", y));
    }

    /**
     * Points from tensors: {@code scatter(points)} with points of shape (N, 2), or
     * {@code scatter(x, y)} with two 1-D tensors of length N.
     * <pre>{@code jshell> scatter(randn(100, 2)) }</pre>
     * Shape: {@code (N, 2)}.
     */
    public static ScatterPlot scatter(Tensor points) {
        double[][] xy = TensorArrays.points("scatter", points);
        return new ScatterPlot().add(null, xy[0], xy[1]);
    }

    /**
     * Points coloured by class, or x against y: when {@code first} has shape (N, 2) it holds the
     * points and {@code second} the labels (N) (or class scores (N, C), reduced by argmax); when
     * both are 1-D they are x and y.
     * <pre>{@code
     * jshell> var moons = datasets.twoMoons(200, 0.1);
     * jshell> scatter(moons.x(), moons.y())
     * }</pre>
     * Shape: {@code (N, 2)} and {@code (N)} or {@code (N, C)}; or {@code (N)} and {@code (N)}.
     */
    public static ScatterPlot scatter(Tensor first, Tensor second, String... classNames) {
        if (first.dim() == 1) {
            return new ScatterPlot().add(null, TensorArrays.vector("scatter", first), TensorArrays.vector("scatter", second));
        }
        double[][] xy = TensorArrays.points("scatter", first);
        return new ScatterPlot().addClasses(xy[0], xy[1], TensorArrays.labels("scatter", second), classNames);
    }

    /**
     * A 2-D tensor as coloured cells (e.g. a weight matrix).
     * <pre>{@code jshell> heatmap(model.fc1.weight.detach()).title("fc1 weights") }</pre>
     * Shape: {@code (rows, cols)}.
     */
    public static HeatMap heatmap(Tensor values) {
        return new HeatMap(TensorArrays.matrix("heatmap", values));
    }

    /**
     * The confusion matrix of predictions against true labels, in the order of
     * {@code data.confusionMatrix}: predictions as labels (N) or class scores (N, C) (reduced by
     * argmax), then the targets (N). Row i, column j counts examples of class i predicted as j.
     * <pre>{@code jshell> confusionMatrix(model.forward(xTest), yTest, "T-shirt", "Trouser", ...) }</pre>
     * Shape: {@code (N)} or {@code (N, C)}, and {@code (N)}.
     */
    public static ConfusionMatrix confusionMatrix(Tensor predictions, Tensor targets, String... classNames) {
        return ConfusionMatrix.fromLabels(TensorArrays.labels("confusionMatrix", targets),
                TensorArrays.labels("confusionMatrix", predictions)).classNames(classNames);
    }

    /**
     * A confusion matrix from a tensor of counts, e.g. what {@code data.confusionMatrix} returns.
     * <pre>{@code jshell> confusionMatrix(data.confusionMatrix(model.forward(xTest), yTest, 10)) }</pre>
     * Shape: {@code (classes, classes)}.
     */
    public static ConfusionMatrix confusionMatrix(Tensor counts, String... classNames) {
        if (counts.dim() != 2 || counts.size(0) != counts.size(1)) {
            throw new IllegalArgumentException("confusionMatrix: expected square counts (classes, classes), got "
                    + counts.shape() + "; for labels give predictions and targets: confusionMatrix(predictions, targets)");
        }
        int n = counts.size(0);
        long[] flat = counts.toLongArray();
        var m = new long[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(flat, i * n, m[i], 0, n);
        return new ConfusionMatrix(m).classNames(classNames);
    }

    /**
     * An image from a tensor of shape (H, W) (grey) or (C, H, W) with C = 1 or 3; values in [0, 1]
     * are shown as they are, other ranges are stretched from black to white.
     * <pre>{@code jshell> image(train.get(0).x().view(28, 28)) }</pre>
     * Shape: {@code (H, W)} or {@code (C, H, W)}.
     */
    public static ImageFigure image(Tensor image) {
        if (image.dim() != 2 && image.dim() != 3) {
            throw new IllegalArgumentException("image: expected (H, W) or (C, H, W), got " + image.shape()
                    + (image.dim() == 4 ? "; for a batch use imageGrid(images, cols)" : ""));
        }
        return new ImageFigure(image.toFloatArray(), image.shape().toArray(), 1);
    }

    /**
     * A batch of images in a grid, {@code cols} per row: shape (N, C, H, W) or (N, H, W).
     * <pre>{@code jshell> imageGrid(batch.x().view(-1, 1, 28, 28), 8).labels(names) }</pre>
     * Shape: {@code (N, C, H, W)} or {@code (N, H, W)}.
     */
    public static ImageFigure imageGrid(Tensor images, int cols) {
        int[] shape = images.shape().toArray();
        if (shape.length == 3) {
            shape = new int[] {shape[0], 1, shape[1], shape[2]};
        } else if (shape.length != 4) {
            throw new IllegalArgumentException("imageGrid: expected (N, C, H, W) or (N, H, W), got " + images.shape()
                    + (shape.length == 2 ? "; flat images need a view, e.g. images.view(-1, 1, 28, 28)" : ""));
        }
        return new ImageFigure(images.toFloatArray(), shape, cols);
    }
}
