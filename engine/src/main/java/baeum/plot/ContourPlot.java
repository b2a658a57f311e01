package baeum.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * A function of two variables as filled contours (bands of equal colour, viridis) with contour
 * lines, and optimizer trajectories drawn on top: the classic picture of gradient descent,
 * momentum and Adam on a loss surface.
 *
 * <p>By default the 10 contour levels are quantiles of the function over the grid, so that each
 * band covers about as much of the picture as the others: a steep valley such as Rosenbrock's
 * shows its shape without a logarithmic scale. {@link #levels(double...)} sets them by hand.
 *
 * <pre>{@code
 * jshell> contour((x, y) -> (1 - x) * (1 - x) + 100 * Math.pow(y - x * x, 2), -2, 2, -1, 3)
 *    ...>     .path("sgd", xs, ys).path("adam", xa, ya).title("Rosenbrock")
 * }</pre>
 */
public final class ContourPlot extends Chart<ContourPlot> {
    record Path(String name, double[] x, double[] y) {}

    private static final Color[] PATH_COLORS = {new Color(0xd62728), new Color(0xff7f0e),
        new Color(0xffffff), new Color(0xe377c2), new Color(0x17becf), new Color(0x111111)};

    private final DoubleBinaryOperator f;
    private final double xMin, xMax, yMin, yMax;
    private final List<Path> paths = new ArrayList<>();
    private int resolution = 120;
    private int levelCount = 10;
    private double[] levels;

    ContourPlot(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("contour: the region x in [" + xMin + ", " + xMax + "], y in ["
                    + yMin + ", " + yMax + "] is empty; give xMin < xMax and yMin < yMax");
        }
        this.f = f;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        xlabel("x");
        ylabel("y");
    }

    /** Draws {@code n} contour lines at quantiles of the function (default 10). */
    public ContourPlot levels(int n) {
        if (n < 1) throw new IllegalArgumentException("contour: need at least 1 level, got " + n);
        this.levelCount = n;
        this.levels = null;
        return this;
    }

    /** Draws the contour lines at exactly these function values. */
    public ContourPlot levels(double... values) {
        if (values.length == 0) throw new IllegalArgumentException("contour: give at least one level value");
        this.levels = values.clone();
        Arrays.sort(this.levels);
        return this;
    }

    /** Evaluates the function on an n x n grid (default 120). */
    public ContourPlot resolution(int n) {
        if (n < 3 || n > 1000) throw new IllegalArgumentException("contour: resolution " + n + " is out of range 3..1000");
        this.resolution = n;
        return this;
    }

    /** Draws a trajectory: the points (x[i], y[i]) joined in order, e.g. an optimizer's iterates. */
    public ContourPlot path(String name, double[] x, double[] y) {
        Series.sameLength("contour.path", x, y);
        paths.add(new Path(name == null ? "path " + (paths.size() + 1) : name, x.clone(), y.clone()));
        return this;
    }

    /** Draws a trajectory given as float arrays. */
    public ContourPlot path(String name, float[] x, float[] y) {
        return path(name, Series.of(x), Series.of(y));
    }

    /** Draws a trajectory given as lists (e.g. {@code List<Double>} collected in a training loop). */
    public ContourPlot path(String name, List<? extends Number> x, List<? extends Number> y) {
        return path(name, Series.of(x), Series.of(y));
    }

    /** Draws a trajectory given as a tensor of points. Shape: {@code (steps, 2)}. */
    public ContourPlot path(String name, baeum.tensor.Tensor points) {
        double[][] xy = TensorArrays.points("contour.path", points);
        return path(name, xy[0], xy[1]);
    }

    /** Draws a trajectory given as points {@code {x, y}}. */
    public ContourPlot path(String name, double[][] points) {
        var x = new double[points.length];
        var y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != 2) {
                throw new IllegalArgumentException("contour.path: point " + i + " has " + points[i].length
                        + " coordinates; give {x, y} pairs");
            }
            x[i] = points[i][0];
            y[i] = points[i][1];
        }
        return path(name, x, y);
    }

    /** The contour levels that will be drawn (computed from the grid unless set). */
    public double[] contourLevels() {
        return levels != null ? levels.clone() : quantileLevels(grid(), levelCount);
    }

    double[][] grid() {
        var z = new double[resolution][resolution];
        for (int j = 0; j < resolution; j++) {
            for (int i = 0; i < resolution; i++) z[j][i] = f.applyAsDouble(xAt(i), yAt(j));
        }
        return z;
    }

    private double xAt(int i) {
        return xMin + (xMax - xMin) * i / (resolution - 1);
    }

    private double yAt(int j) {
        return yMin + (yMax - yMin) * j / (resolution - 1);
    }

    /** {@code n} levels at the quantiles k/(n+1) of the finite values (equal ones merged). */
    static double[] quantileLevels(double[][] z, int n) {
        double[] all = Arrays.stream(z).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        if (all.length == 0) return new double[0];
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToDouble(k -> all[(int) Math.round((double) k / (n + 1) * (all.length - 1))])
                .distinct().toArray();
    }

    /** The filled bands as a picture, f evaluated at each pixel's centre (finer than the line grid). */
    private BufferedImage fill(ColorScale scale) {
        int n = Math.min(3 * resolution, 480);
        var image = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < n; r++) {
            double y = yMax - (r + 0.5) * (yMax - yMin) / n;
            for (int c = 0; c < n; c++) {
                double x = xMin + (c + 0.5) * (xMax - xMin) / n;
                double v = f.applyAsDouble(x, y);
                image.setRGB(c, r, ((Color) scale.getPaint(Double.isFinite(v) ? v : Double.NaN)).getRGB());
            }
        }
        return image;
    }

    @Override
    protected JFreeChart build() {
        double[][] z = grid();
        double[] lv = levels != null ? levels : quantileLevels(z, levelCount);
        double[] range = GridChart.range(z);
        var xs = new double[resolution];
        var ys = new double[resolution];
        for (int i = 0; i < resolution; i++) {
            xs[i] = xAt(i);
            ys[i] = yAt(i);
        }
        var scale = new ColorScale(Colors.ColorMap.VIRIDIS, range[0], range[1], lv);
        var renderer = new XYLineAndShapeRenderer(true, true);
        renderer.addAnnotation(new XYDataImageAnnotation(fill(scale), xMin, yMin, xMax - xMin, yMax - yMin),
                Layer.BACKGROUND);
        var lines = new ArrayList<double[]>();
        for (double level : lv) lines.add(MarchingSquares.segments(xs, ys, z, level));
        renderer.addAnnotation(new ContourLines(lines, new Color(255, 255, 255, 150)), Layer.BACKGROUND);

        var xAxis = axis(xlabel());
        xAxis.setRange(xMin, xMax);
        var yAxis = axis(ylabel());
        yAxis.setRange(yMin, yMax);
        var trajectories = new DefaultXYDataset();
        for (Path p : paths) trajectories.addSeries(p.name(), new double[][] {p.x(), p.y()});
        var plot = new XYPlot(trajectories, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = newChart(plot, !paths.isEmpty());
        for (int i = 0; i < paths.size(); i++) {
            renderer.setSeriesPaint(i, PATH_COLORS[i % PATH_COLORS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
            renderer.setSeriesShapesVisible(i, paths.get(i).x().length <= 100);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        chart.addSubtitle(GridChart.colorBar(scale, false));
        return chart;
    }
}
