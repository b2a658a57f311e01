package baeum.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Graphs of functions of one variable over an interval, e.g. activation functions and their
 * derivatives. Points where a function is not finite are left out.
 *
 * <pre>{@code
 * jshell> plot(x -> Math.tanh(x), -3, 3).add("tanh'", x -> 1 - Math.pow(Math.tanh(x), 2))
 * }</pre>
 */
public final class FunctionPlot extends Chart<FunctionPlot> {
    record Curve(String name, DoubleUnaryOperator f) {}

    private final double from;
    private final double to;
    private final List<Curve> curves = new ArrayList<>();
    private int samples = 400;

    FunctionPlot(double from, double to) {
        if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("plot: the interval [" + from + ", " + to
                    + "] is empty or not finite; give from < to, e.g. plot(f, -3, 3)");
        }
        this.from = from;
        this.to = to;
        xlabel("x");
        ylabel("f(x)");
    }

    /** Adds another function drawn over the same interval. */
    public FunctionPlot add(String name, DoubleUnaryOperator f) {
        curves.add(new Curve(name == null ? "f" + (curves.size() + 1) : name, f));
        return this;
    }

    /** Sets how many points each function is evaluated at (default 400). */
    public FunctionPlot samples(int n) {
        if (n < 2) throw new IllegalArgumentException("samples: need at least 2 points, got " + n);
        this.samples = n;
        return this;
    }

    /** The x values the functions are evaluated at. */
    double[] xs() {
        var x = new double[samples];
        for (int i = 0; i < samples; i++) x[i] = from + (to - from) * i / (samples - 1);
        return x;
    }

    @Override
    protected JFreeChart build() {
        double[] x = xs();
        var dataset = new DefaultXYDataset();
        for (Curve c : curves) {
            var y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double v = c.f().applyAsDouble(x[i]);
                y[i] = Double.isFinite(v) ? v : Double.NaN;
            }
            dataset.addSeries(c.name(), new double[][] {x, y});
        }
        var renderer = new XYLineAndShapeRenderer(true, false);
        var xAxis = axis(xlabel());
        xAxis.setRange(from, to);
        var yAxis = axis(ylabel());
        yAxis.setAutoRangeIncludesZero(false);
        var plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        var zero = new BasicStroke(1f);
        plot.addDomainMarker(new ValueMarker(0, new Color(0x999999), zero));
        plot.addRangeMarker(new ValueMarker(0, new Color(0x999999), zero));
        JFreeChart chart = newChart(plot, curves.size() > 1);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, Colors.series(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        return chart;
    }
}
