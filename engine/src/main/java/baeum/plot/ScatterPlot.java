package baeum.plot;

import baeum.tensor.Tensor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Points in the plane, coloured by group: a dataset such as two moons or spirals, one colour per
 * class.
 *
 * <pre>{@code
 * jshell> scatter(xs, ys, labels).title("two moons").xlabel("x1").ylabel("x2")
 * jshell> scatter("data", xs, ys).add("centroids", cx, cy)
 * }</pre>
 */
public final class ScatterPlot extends Chart<ScatterPlot> {
    record Group(String name, double[] x, double[] y, int label) {}

    private final List<Group> groups = new ArrayList<>();
    private double pointSize = 6;
    private PointClassifier pointClassifier;
    private Function<Tensor, Tensor> model;

    ScatterPlot() {
        xlabel("x");
        ylabel("y");
    }

    /** Adds a group of points drawn in the next colour. */
    public ScatterPlot add(String name, double[] x, double[] y) {
        Series.sameLength("scatter", x, y);
        groups.add(new Group(name == null ? "group " + (groups.size() + 1) : name, Series.finite(x), Series.finite(y), -1));
        return this;
    }

    /** Adds a group of points drawn in the next colour. */
    public ScatterPlot add(String name, float[] x, float[] y) {
        return add(name, Series.of(x), Series.of(y));
    }

    /**
     * Adds one group per class label, coloured by class ("class 0", "class 1", ... unless names
     * are given: {@code names[k]} names label k).
     */
    public ScatterPlot addClasses(double[] x, double[] y, int[] labels, String... names) {
        Series.sameLength("scatter", x, y);
        if (labels.length != x.length) {
            throw new IllegalArgumentException("scatter: " + x.length + " points but " + labels.length
                    + " labels; give one class label per point");
        }
        var byLabel = new TreeMap<Integer, List<Integer>>();
        for (int i = 0; i < labels.length; i++) byLabel.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        for (var e : byLabel.entrySet()) {
            int k = e.getKey();
            List<Integer> idx = e.getValue();
            double[] gx = new double[idx.size()], gy = new double[idx.size()];
            for (int j = 0; j < gx.length; j++) {
                gx[j] = x[idx.get(j)];
                gy[j] = y[idx.get(j)];
            }
            String name = k >= 0 && k < names.length ? names[k] : "class " + k;
            groups.add(new Group(name, gx, gy, k));
        }
        return this;
    }

    /**
     * Colours the background by the class a model predicts there (its decision regions): the
     * model gets the grid points as a tensor of shape (N, 2) and returns class scores (N, C) or
     * labels (N). It runs once, on 64,000 points, without recording for backward.
     * <pre>{@code jshell> scatter(moons.x(), moons.y()).regions(p -> model.forward(p)) }</pre>
     */
    public ScatterPlot regions(Function<Tensor, Tensor> model) {
        this.model = model;
        this.pointClassifier = null;
        return this;
    }

    /**
     * Colours the background by the class {@code classify(x, y)} returns at each point.
     * <pre>{@code jshell> scatter(xs, ys, labels).regions((x, y) -> x * x + y * y < 1 ? 0 : 1) }</pre>
     */
    public ScatterPlot regions(PointClassifier classify) {
        this.pointClassifier = classify;
        this.model = null;
        return this;
    }

    /**
     * Names the classes of the groups made from labels (label k is called {@code names[k]}).
     * <pre>{@code jshell> scatter(iris.x().narrow(1, 0, 2), iris.y()).classNames(datasets.irisClasses()) }</pre>
     */
    public ScatterPlot classNames(String... names) {
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.label() >= 0 && g.label() < names.length) groups.set(i, new Group(names[g.label()], g.x(), g.y(), g.label()));
        }
        return this;
    }

    /** Names the classes from a list, e.g. {@code datasets.irisClasses()}. */
    public ScatterPlot classNames(List<String> names) {
        return classNames(names.toArray(String[]::new));
    }

    /** Sets the diameter of the points in pixels (default 6). */
    public ScatterPlot pointSize(double pixels) {
        this.pointSize = pixels;
        return this;
    }

    /** The number of groups (series) drawn. */
    public int groupCount() {
        return groups.size();
    }

    /** Fixes the axes to the data (plus a margin) and paints the classes predicted over them. */
    private void addRegions(DefaultXYDataset data, NumberAxis xAxis, NumberAxis yAxis, XYLineAndShapeRenderer renderer) {
        double[] xr = padded(DatasetUtils.findDomainBounds(data)), yr = padded(DatasetUtils.findRangeBounds(data));
        xAxis.setRange(xr[0], xr[1]);
        yAxis.setRange(yr[0], yr[1]);
        float[] grid = DecisionRegions.grid(xr[0], xr[1], yr[0], yr[1]);
        int[] classes = model != null ? DecisionRegions.classes(model, grid) : DecisionRegions.classes(pointClassifier, grid);
        renderer.addAnnotation(new XYDataImageAnnotation(DecisionRegions.picture(classes), xr[0], yr[0],
                xr[1] - xr[0], yr[1] - yr[0]), Layer.BACKGROUND);
    }

    private static double[] padded(Range r) {
        if (r == null) return new double[] {-1, 1};
        double margin = r.getLength() > 0 ? 0.08 * r.getLength() : 1;
        return new double[] {r.getLowerBound() - margin, r.getUpperBound() + margin};
    }

    @Override
    protected JFreeChart build() {
        var dataset = new DefaultXYDataset();
        int total = 0;
        for (Group g : groups) {
            dataset.addSeries(g.name(), new double[][] {g.x(), g.y()});
            total += g.x().length;
        }
        var renderer = new XYLineAndShapeRenderer(false, true);
        var xAxis = axis(xlabel());
        var yAxis = axis(ylabel());
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        if (model != null || pointClassifier != null) addRegions(dataset, xAxis, yAxis, renderer);
        var plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        JFreeChart chart = newChart(plot, groups.size() > 1);
        int alpha = total > 2000 ? 140 : 210;  // see overlapping points in big datasets
        double r = pointSize / 2;
        for (int i = 0; i < groups.size(); i++) {
            Color c = Colors.series(i);
            renderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        }
        return chart;
    }
}
