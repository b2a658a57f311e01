package baeum.plot;

import baeum.tensor.Tensor;

import java.util.List;
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
 * jshell> confusionMatrix(yTrue, yPred)
 * jshell> imageGrid(images, 8)
 * }</pre>
 */
public class Plots {
    protected Plots() {}

    // ---- line plots -----------------------------------------------------------------------

    /** A line through y[0], y[1], ... at x = 0, 1, ...: e.g. a loss curve. */
    public static LinePlot linePlot(double[] y) {
        return new LinePlot().add(null, y);
    }

    /** A line through the float values y at x = 0, 1, .... */
    public static LinePlot linePlot(float[] y) {
        return new LinePlot().add(null, y);
    }

    /** A line through the listed values (e.g. a {@code List<Float>} of losses) at x = 0, 1, .... */
    public static LinePlot linePlot(List<? extends Number> y) {
        return new LinePlot().add(null, y);
    }

    /** A named line (shown in the legend); add more with {@code .add(name, values)}. */
    public static LinePlot linePlot(String name, double[] y) {
        return new LinePlot().add(name, y);
    }

    /** A named line of float values. */
    public static LinePlot linePlot(String name, float[] y) {
        return new LinePlot().add(name, y);
    }

    /** A named line through the listed values. */
    public static LinePlot linePlot(String name, List<? extends Number> y) {
        return new LinePlot().add(name, y);
    }

    /** A line through the points (x[i], y[i]). */
    public static LinePlot linePlot(double[] x, double[] y) {
        return new LinePlot().add(null, x, y);
    }

    // ---- scatter plots --------------------------------------------------------------------

    /** Points (x[i], y[i]). */
    public static ScatterPlot scatter(double[] x, double[] y) {
        return new ScatterPlot().add(null, x, y);
    }

    /** Points (x[i], y[i]). */
    public static ScatterPlot scatter(float[] x, float[] y) {
        return new ScatterPlot().add(null, x, y);
    }

    /** A named group of points; add more groups with {@code .add(name, x, y)}. */
    public static ScatterPlot scatter(String name, double[] x, double[] y) {
        return new ScatterPlot().add(name, x, y);
    }

    /** Points coloured by class label (one colour and legend entry per class). */
    public static ScatterPlot scatter(double[] x, double[] y, int[] labels, String... classNames) {
        return new ScatterPlot().addClasses(x, y, labels, classNames);
    }

    /** Points coloured by class label. */
    public static ScatterPlot scatter(float[] x, float[] y, int[] labels, String... classNames) {
        return new ScatterPlot().addClasses(Series.of(x), Series.of(y), labels, classNames);
    }

    /** Points coloured by class label, given as longs (as {@code Tensor.toLongArray()} returns them). */
    public static ScatterPlot scatter(float[] x, float[] y, long[] labels, String... classNames) {
        return scatter(x, y, Labels.toInt("scatter", labels), classNames);
    }

    // ---- functions ------------------------------------------------------------------------

    /** The graph of {@code f} on [from, to]; add more functions with {@code .add(name, g)}. */
    public static FunctionPlot plot(DoubleUnaryOperator f, double from, double to) {
        return new FunctionPlot(from, to).add("f", f).ylabel("f(x)");
    }

    /** The graph of a named function on [from, to]. */
    public static FunctionPlot plot(String name, DoubleUnaryOperator f, double from, double to) {
        return new FunctionPlot(from, to).add(name, f).ylabel(name);
    }

    /**
     * Filled contours of {@code f(x, y)} over [xMin, xMax] x [yMin, yMax]; draw an optimizer's
     * path on top with {@code .path(name, xs, ys)}.
     */
    public static ContourPlot contour(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax) {
        return new ContourPlot(f, xMin, xMax, yMin, yMax);
    }

    // ---- matrices -------------------------------------------------------------------------

    /** A matrix as coloured cells; {@code .annotate()} writes the values in. */
    public static HeatMap heatmap(double[][] values) {
        return new HeatMap(values);
    }

    /** A matrix of floats as coloured cells. */
    public static HeatMap heatmap(float[][] values) {
        return new HeatMap(Matrices.of(values));
    }

    /** The confusion matrix of true labels against predictions, each cell annotated with its count. */
    public static ConfusionMatrix confusionMatrix(int[] actual, int[] predicted, String... classNames) {
        return ConfusionMatrix.fromLabels(actual, predicted).classNames(classNames);
    }

    /** The confusion matrix of labels given as longs (as {@code Tensor.toLongArray()} returns them). */
    public static ConfusionMatrix confusionMatrix(long[] actual, long[] predicted, String... classNames) {
        return confusionMatrix(Labels.toInt("confusionMatrix", actual), Labels.toInt("confusionMatrix", predicted),
                classNames);
    }

    /** A confusion matrix from counts: {@code counts[i][j]} examples of class i predicted as j. */
    public static ConfusionMatrix confusionMatrix(long[][] counts, String... classNames) {
        return new ConfusionMatrix(counts).classNames(classNames);
    }

    // ---- images ---------------------------------------------------------------------------

    /** A grey image from rows of values (in [0, 1], or any range, stretched). */
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

    /** An image from row-major values of shape (H, W) or (C, H, W). */
    public static ImageFigure image(float[] data, int... shape) {
        return new ImageFigure(data, shape, 1);
    }

    /** A grid of images, {@code cols} per row, from row-major values of shape (N, C, H, W). */
    public static ImageFigure imageGrid(float[] data, int[] shape, int cols) {
        return new ImageFigure(data, shape, cols);
    }

    // ---- from tensors -----------------------------------------------------------------------

    /**
     * A line through the values of a 1-D tensor.
     * <pre>{@code jshell> linePlot(losses)   // Shape: (steps) }</pre>
     */
    public static LinePlot linePlot(Tensor y) {
        return new LinePlot().add(null, TensorValues.vector("linePlot", y));
    }

    /** A named line through the values of a 1-D tensor. Shape: {@code (steps)}. */
    public static LinePlot linePlot(String name, Tensor y) {
        return new LinePlot().add(name, TensorValues.vector("linePlot", y));
    }

    /**
     * Points from tensors: {@code scatter(points)} with points of shape (N, 2), or
     * {@code scatter(x, y)} with two 1-D tensors of length N.
     * <pre>{@code jshell> scatter(randn(100, 2)) }</pre>
     */
    public static ScatterPlot scatter(Tensor points) {
        double[][] xy = TensorValues.points("scatter", points);
        return new ScatterPlot().add(null, xy[0], xy[1]);
    }

    /**
     * Points coloured by class, or x against y: when {@code first} has shape (N, 2) it holds the
     * points and {@code second} the labels (N) (or class scores (N, C), reduced by argmax); when
     * both are 1-D they are x and y.
     * <pre>{@code
     * jshell> var moons = datasets.moons(200, 0.1);
     * jshell> scatter(moons.x(), moons.y())      // Shape: (N, 2) and (N)
     * }</pre>
     */
    public static ScatterPlot scatter(Tensor first, Tensor second, String... classNames) {
        if (first.dim() == 1) {
            return new ScatterPlot().add(null, TensorValues.vector("scatter", first), TensorValues.vector("scatter", second));
        }
        double[][] xy = TensorValues.points("scatter", first);
        return new ScatterPlot().addClasses(xy[0], xy[1], TensorValues.labels("scatter", second), classNames);
    }

    /** A 2-D tensor as coloured cells (e.g. a weight matrix). Shape: {@code (rows, cols)}. */
    public static HeatMap heatmap(Tensor values) {
        return new HeatMap(TensorValues.matrix("heatmap", values));
    }

    /**
     * The confusion matrix of true labels (N) against predictions: labels (N) or class scores
     * (N, C), reduced by argmax.
     * <pre>{@code jshell> confusionMatrix(yTest, model.forward(xTest), "T-shirt", "Trouser", ...) }</pre>
     */
    public static ConfusionMatrix confusionMatrix(Tensor actual, Tensor predicted, String... classNames) {
        return confusionMatrix(TensorValues.labels("confusionMatrix", actual),
                TensorValues.labels("confusionMatrix", predicted), classNames);
    }

    /**
     * An image from a tensor of shape (H, W) (grey) or (C, H, W) with C = 1 or 3; values in [0, 1]
     * are shown as they are, other ranges are stretched from black to white.
     * <pre>{@code jshell> image(train.get(0).x().view(28, 28)) }</pre>
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
     * <pre>{@code jshell> imageGrid(batch.x().view(-1, 1, 28, 28), 8) }</pre>
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

    /** Shows a figure now (in a notebook: as output of the running cell; in a terminal: as a PNG file). */
    public static void show(Figure figure) {
        figure.show();
    }
}
