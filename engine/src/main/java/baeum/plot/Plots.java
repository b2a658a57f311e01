package baeum.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Charts and pictures in one line, made for {@code import static baeum.plot.Plots.*} (every
 * Baeum session has it). Each method returns a chart that can be refined fluently ({@code
 * .title(..)}, {@code .xlabel(..)}, {@code .ylabel(..)}, {@code .size(w, h)}, {@code .add(..)});
 * a notebook shows a chart that is a cell's value, {@code show()} shows it from inside a loop or
 * in a terminal (as a PNG file).
 *
 * <pre>{@code
 * jshell> linePlot("train", trainLosses).add("validation", valLosses).title("Loss").xlabel("epoch")
 * jshell> plot(x -> Math.tanh(x), -3, 3)
 * jshell> scatter(xs, ys, labels).title("two moons")
 * jshell> contour((x, y) -> x * x + 10 * y * y, -2, 2, -2, 2).path("sgd", px, py)
 * jshell> confusionMatrix(model.forward(xTest), yTest)
 * jshell> imageGrid(images, 8)
 * }</pre>
 *
 * <p>The overloads that take tensors are inherited from {@link TensorPlots}.
 */
public class Plots extends TensorPlots {
    protected Plots() {}

    // ---- line plots -----------------------------------------------------------------------

    /**
     * A line through y[0], y[1], ... at x = 0, 1, ...: e.g. a loss curve.
     * <pre>{@code jshell> linePlot(new double[] {2.3, 1.1, 0.7, 0.5}).title("loss") }</pre>
     */
    public static LinePlot linePlot(double[] y) {
        return new LinePlot().add(null, y);
    }

    /**
     * A line through the float values y at x = 0, 1, ....
     * <pre>{@code jshell> linePlot(new float[] {2.3f, 1.1f, 0.7f}) }</pre>
     */
    public static LinePlot linePlot(float[] y) {
        return new LinePlot().add(null, y);
    }

    /**
     * A line through the listed values (e.g. a {@code List<Float>} of losses) at x = 0, 1, ....
     * <pre>{@code
     * jshell> var losses = new ArrayList<Float>();   // losses.add(loss.item()) in the loop
     * jshell> linePlot(losses).xlabel("step").ylabel("loss")
     * }</pre>
     */
    public static LinePlot linePlot(List<? extends Number> y) {
        return new LinePlot().add(null, y);
    }

    /**
     * A named line (shown in the legend); add more with {@code .add(name, values)}.
     * <pre>{@code jshell> linePlot("train", trainLoss).add("validation", valLoss) }</pre>
     */
    public static LinePlot linePlot(String name, double[] y) {
        return new LinePlot().add(name, y);
    }

    /**
     * A named line of float values.
     * <pre>{@code jshell> linePlot("accuracy", new float[] {0.5f, 0.8f, 0.9f}) }</pre>
     */
    public static LinePlot linePlot(String name, float[] y) {
        return new LinePlot().add(name, y);
    }

    /**
     * A named line through the listed values.
     * <pre>{@code jshell> linePlot("train", List.of(2.3, 1.2, 0.8)).add("val", List.of(2.4, 1.5, 1.1)) }</pre>
     */
    public static LinePlot linePlot(String name, List<? extends Number> y) {
        return new LinePlot().add(name, y);
    }

    /**
     * A line through the points (x[i], y[i]).
     * <pre>{@code jshell> linePlot(new double[] {1, 2, 4, 8}, new double[] {0.9, 0.7, 0.5, 0.4}).xlabel("batch size") }</pre>
     */
    public static LinePlot linePlot(double[] x, double[] y) {
        return new LinePlot().add(null, x, y);
    }

    /**
     * One line per entry, named by its key: a training history such as {@code {"train": [...],
     * "val": [...]}}. A {@code LinkedHashMap} keeps its order in the legend; other maps are sorted
     * by name.
     * <pre>{@code jshell> linePlot(Map.of("train", trainLosses, "val", valLosses)).xlabel("epoch") }</pre>
     */
    public static LinePlot linePlot(Map<String, ? extends List<? extends Number>> series) {
        var chart = new LinePlot();
        var names = new ArrayList<>(series.keySet());
        if (!(series instanceof SequencedMap<?, ?>)) Collections.sort(names);
        for (String name : names) chart.add(name, series.get(name));
        return chart;
    }

    // ---- scatter plots --------------------------------------------------------------------

    /**
     * Points (x[i], y[i]).
     * <pre>{@code jshell> scatter(new double[] {0, 1, 2}, new double[] {1, 3, 2}) }</pre>
     */
    public static ScatterPlot scatter(double[] x, double[] y) {
        return new ScatterPlot().add(null, x, y);
    }

    /**
     * Points (x[i], y[i]).
     * <pre>{@code jshell> scatter(new float[] {0, 1, 2}, new float[] {1, 3, 2}) }</pre>
     */
    public static ScatterPlot scatter(float[] x, float[] y) {
        return new ScatterPlot().add(null, x, y);
    }

    /**
     * A named group of points; add more groups with {@code .add(name, x, y)}.
     * <pre>{@code jshell> scatter("data", xs, ys).add("centroids", cx, cy) }</pre>
     */
    public static ScatterPlot scatter(String name, double[] x, double[] y) {
        return new ScatterPlot().add(name, x, y);
    }

    /**
     * Points coloured by class label (one colour and legend entry per class).
     * <pre>{@code jshell> scatter(xs, ys, new int[] {0, 1, 1, 0}, "inner", "outer") }</pre>
     */
    public static ScatterPlot scatter(double[] x, double[] y, int[] labels, String... classNames) {
        return new ScatterPlot().addClasses(x, y, labels, classNames);
    }

    /**
     * Points coloured by class label.
     * <pre>{@code jshell> scatter(new float[] {0, 1}, new float[] {1, 0}, new int[] {0, 1}) }</pre>
     */
    public static ScatterPlot scatter(float[] x, float[] y, int[] labels, String... classNames) {
        return new ScatterPlot().addClasses(Series.of(x), Series.of(y), labels, classNames);
    }

    /**
     * Points coloured by class label, given as longs (as {@code Tensor.toLongArray()} returns them).
     * <pre>{@code jshell> scatter(x.toFloatArray(), y.toFloatArray(), labels.toLongArray()) }</pre>
     */
    public static ScatterPlot scatter(float[] x, float[] y, long[] labels, String... classNames) {
        return scatter(x, y, Labels.toInt("scatter", labels), classNames);
    }

    // ---- functions ------------------------------------------------------------------------

    /**
     * The graph of {@code f} on [from, to]; add more functions with {@code .add(name, g)}.
     * <pre>{@code jshell> plot(x -> Math.tanh(x), -3, 3).add("tanh'", x -> 1 - Math.pow(Math.tanh(x), 2)) }</pre>
     */
    public static FunctionPlot plot(DoubleUnaryOperator f, double from, double to) {
        return new FunctionPlot(from, to).add("f", f).ylabel("f(x)");
    }

    /**
     * The graph of a named function on [from, to].
     * <pre>{@code jshell> plot("sigmoid", x -> 1 / (1 + Math.exp(-x)), -6, 6) }</pre>
     */
    public static FunctionPlot plot(String name, DoubleUnaryOperator f, double from, double to) {
        return new FunctionPlot(from, to).add(name, f).ylabel(name);
    }

    /**
     * Filled contours of {@code f(x, y)} over [xMin, xMax] x [yMin, yMax]; draw an optimizer's
     * path on top with {@code .path(name, xs, ys)}.
     * <pre>{@code jshell> contour((x, y) -> x * x + 10 * y * y, -2, 2, -2, 2).path("sgd", px, py).title("SGD") }</pre>
     */
    public static ContourPlot contour(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax) {
        return new ContourPlot(f, xMin, xMax, yMin, yMax);
    }

    // ---- matrices -------------------------------------------------------------------------

    /**
     * A matrix as coloured cells; {@code .annotate()} writes the values in.
     * <pre>{@code jshell> heatmap(new double[][] {{1, 0.2}, {0.2, 1}}).annotate().title("correlation") }</pre>
     */
    public static HeatMap heatmap(double[][] values) {
        return new HeatMap(values);
    }

    /**
     * A matrix of floats as coloured cells.
     * <pre>{@code jshell> heatmap(new float[][] {{0, 1}, {1, 0}}) }</pre>
     */
    public static HeatMap heatmap(float[][] values) {
        return new HeatMap(Matrices.of(values));
    }

    /**
     * The confusion matrix of predictions against true labels, each cell annotated with its count:
     * row i, column j counts examples of class i predicted as j. The arguments come in the order
     * of {@code data.confusionMatrix} and {@code data.accuracy}: predictions first, then targets.
     * <pre>{@code jshell> confusionMatrix(new int[] {0, 1, 0}, new int[] {0, 1, 1}, "cat", "dog") }</pre>
     */
    public static ConfusionMatrix confusionMatrix(int[] predicted, int[] targets, String... classNames) {
        return ConfusionMatrix.fromLabels(targets, predicted).classNames(classNames);
    }

    /**
     * The confusion matrix of labels given as longs (as {@code Tensor.toLongArray()} returns them),
     * predictions first.
     * <pre>{@code jshell> confusionMatrix(yPred.toLongArray(), yTrue.toLongArray()) }</pre>
     */
    public static ConfusionMatrix confusionMatrix(long[] predicted, long[] targets, String... classNames) {
        return confusionMatrix(Labels.toInt("confusionMatrix", predicted), Labels.toInt("confusionMatrix", targets),
                classNames);
    }

    /**
     * A confusion matrix from counts: {@code counts[i][j]} examples of class i predicted as j.
     * <pre>{@code jshell> confusionMatrix(new long[][] {{50, 2}, {5, 43}}, "no", "yes") }</pre>
     */
    public static ConfusionMatrix confusionMatrix(long[][] counts, String... classNames) {
        return new ConfusionMatrix(counts).classNames(classNames);
    }

    // ---- images ---------------------------------------------------------------------------

    /**
     * A grey image from rows of values (in [0, 1], or any range, stretched).
     * <pre>{@code jshell> image(new float[][] {{0, 1}, {1, 0}}) }</pre>
     */
    public static ImageFigure image(float[][] gray) {
        int h = gray.length, w = h == 0 ? 0 : gray[0].length;
        var data = new float[h * w];
        for (int y = 0; y < h; y++) {
            if (gray[y].length != w) {
                throw new IllegalArgumentException("image: row 0 has " + w + " values but row " + y + " has "
                        + gray[y].length);
            }
            System.arraycopy(gray[y], 0, data, y * w, w);
        }
        return new ImageFigure(data, new int[] {h, w}, 1);
    }

    /**
     * An image from row-major values of shape (H, W) or (C, H, W).
     * <pre>{@code jshell> image(pixels, 28, 28) }</pre>
     */
    public static ImageFigure image(float[] data, int... shape) {
        return new ImageFigure(data, shape, 1);
    }

    /**
     * A grid of images, {@code cols} per row, from row-major values of shape (N, C, H, W).
     * <pre>{@code jshell> imageGrid(pixels, new int[] {16, 1, 28, 28}, 8) }</pre>
     */
    public static ImageFigure imageGrid(float[] data, int[] shape, int cols) {
        return new ImageFigure(data, shape, cols);
    }

    /**
     * Shows a figure now (in a notebook: as output of the running cell; in a terminal: as a PNG file).
     * <pre>{@code jshell> for (int epoch = 0; epoch < 3; epoch++) { ...; show(linePlot(losses)); } }</pre>
     */
    public static void show(Figure figure) {
        figure.show();
    }
}
