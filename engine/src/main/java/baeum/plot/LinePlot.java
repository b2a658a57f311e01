package baeum.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines through points, one per named series: loss and accuracy curves.
 *
 * <pre>{@code
 * jshell> linePlot("train", trainLosses).add("validation", valLosses)
 *    ...>     .title("Loss").xlabel("epoch").ylabel("cross-entropy")
 * }</pre>
 */
public final class LinePlot extends Chart<LinePlot> {
    record Line(String name, double[] x, double[] y) {}

    private final List<Line> lines = new ArrayList<>();
    private boolean logy;
    private boolean markers;

    LinePlot() {
        xlabel("step");
    }

    /** Adds a series whose x values are 0, 1, 2, ... */
    public LinePlot add(String name, double[] y) {
        return add(name, Series.indices(y.length), y);
    }

    /** Adds a series whose x values are 0, 1, 2, ... */
    public LinePlot add(String name, float[] y) {
        return add(name, Series.of(y));
    }

    /** Adds a series whose x values are 0, 1, 2, ... (e.g. a {@code List<Float>} of losses). */
    public LinePlot add(String name, List<? extends Number> y) {
        return add(name, Series.of(y));
    }

    /** Adds a series from a 1-D tensor, at x = 0, 1, 2, ... Shape: {@code (steps)}. */
    public LinePlot add(String name, baeum.tensor.Tensor y) {
        return add(name, TensorArrays.vector("linePlot", y));
    }

    /** Adds a series with its own x values. */
    public LinePlot add(String name, double[] x, double[] y) {
        Series.sameLength("linePlot", x, y);
        String key = name == null || name.isBlank() ? "series " + (lines.size() + 1) : name;
        for (Line l : lines) {
            if (l.name().equals(key)) {
                throw new IllegalArgumentException("linePlot: there is already a series named \""
                        + key + "\"; give each series its own name");
            }
        }
        lines.add(new Line(key, Series.finite(x), Series.finite(y)));
        return this;
    }

    /** Adds a series with its own x values. */
    public LinePlot add(String name, float[] x, float[] y) {
        return add(name, Series.of(x), Series.of(y));
    }

    /**
     * Uses a logarithmic y axis (values <= 0 are left out), handy for losses that span decades.
     * Values within less than a factor 10 of each other keep a linear axis (a log axis would have
     * no labelled tick there).
     */
    public LinePlot logy() {
        this.logy = true;
        return this;
    }

    /** Draws a small marker at each point as well as the line. */
    public LinePlot markers() {
        this.markers = true;
        return this;
    }

    /** The number of series. */
    public int seriesCount() {
        return lines.size();
    }

    /** A log axis needs at least a factor 10 between the values to show any tick labels. */
    private boolean spansADecade() {
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (Line l : lines) for (double y : l.y()) if (y > 0 && Double.isFinite(y)) {
            min = Math.min(min, y);
            max = Math.max(max, y);
        }
        return max >= 10 * min;
    }

    private boolean allWhole() {
        for (Line l : lines) for (double x : l.x()) if (x != Math.rint(x)) return false;
        return true;
    }

    @Override
    protected JFreeChart build() {
        var dataset = new DefaultXYDataset();
        for (Line l : lines) {
            double[] y = l.y();
            if (logy && spansADecade()) {
                y = y.clone();
                for (int i = 0; i < y.length; i++) if (!(y[i] > 0)) y[i] = Double.NaN;
            }
            dataset.addSeries(l.name(), new double[][] {l.x(), y});
        }
        NumberAxis yAxis;
        if (logy && spansADecade()) {
            var log = new LogarithmicAxis(ylabel());
            log.setExpTickLabelsFlag(false);   // 0.01, 0.1, 1 rather than 10^-2
            log.setLog10TickLabelsFlag(false);
            log.setStrictValuesFlag(false);    // left-out values must not throw
            yAxis = log;
        } else {
            yAxis = axis(ylabel());
            yAxis.setAutoRangeIncludesZero(false);
        }
        NumberAxis xAxis = axis(xlabel());
        if (allWhole()) xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());  // steps, epochs
        var renderer = new XYLineAndShapeRenderer(true, markers);
        var plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        boolean legend = lines.size() > 1 || !lines.isEmpty() && !lines.get(0).name().startsWith("series ");
        JFreeChart chart = newChart(plot, legend);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, Colors.series(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        }
        return chart;
    }
}
