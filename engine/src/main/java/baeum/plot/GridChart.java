package baeum.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.function.DoubleFunction;

/**
 * Draws a matrix as coloured cells (row 0 at the top, like a printed matrix), optionally with
 * each cell's value written in it and a colour bar: the shared core of {@link HeatMap} and
 * {@link ConfusionMatrix}.
 */
final class GridChart {
    private GridChart() {}

    /** Most cells that still get their value written in them. */
    static final int MAX_ANNOTATED = 625;

    record Spec(double[][] z, String[] rowLabels, String[] colLabels, Colors.ColorMap map,
                DoubleFunction<String> format, boolean colorBar, boolean counts, double[] fixedRange) {}

    static double[] range(double[][] z) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : z) for (double v : row) if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) return new double[] {0, 1};
        if (lo == hi) return new double[] {lo - 0.5, hi + 0.5};
        return new double[] {lo, hi};
    }

    static JFreeChart build(Chart<?> owner, Spec s) {
        int rows = s.z().length, cols = rows == 0 ? 0 : s.z()[0].length;
        double[] range = s.fixedRange() != null ? s.fixedRange() : range(s.z());
        var scale = new ColorScale(s.map(), range[0], range[1], null);
        // the cells as one picture, one pixel per cell, stretched over the plot: fast for any size
        var cells = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) cells.setRGB(c, r, ((Color) scale.getPaint(s.z()[r][c])).getRGB());
        }
        var renderer = new XYLineAndShapeRenderer(false, false);
        renderer.addAnnotation(new XYDataImageAnnotation(cells, -0.5, -0.5, cols, rows), Layer.BACKGROUND);
        ValueAxis xAxis = labelledAxis(owner.xlabel(), s.colLabels(), cols);
        if (s.colLabels() != null && crowded(s.colLabels(), owner.width())) xAxis.setVerticalTickLabels(true);
        ValueAxis yAxis = labelledAxis(owner.ylabel(), s.rowLabels(), rows);
        yAxis.setInverted(true);
        var plot = new XYPlot(null, xAxis, yAxis, renderer);
        JFreeChart chart = owner.newChart(plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (s.format() != null && rows * cols <= MAX_ANNOTATED) {
            int fontSize = Math.max(8, Math.min(14, (int) (owner.height() * 0.6 / Math.max(rows, 1) / 1.6)));
            var font = new Font(ChartStyle.FAMILY, Font.PLAIN, fontSize);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double value = s.z()[r][c];
                    var text = new XYTextAnnotation(s.format().apply(value), c, r);
                    text.setFont(font);
                    text.setPaint(Colors.textOn((Color) scale.getPaint(value)));
                    plot.addAnnotation(text);
                }
            }
        }
        if (s.colorBar()) chart.addSubtitle(colorBar(scale, s.counts()));
        return chart;
    }

    /** A colour bar beside the plot; {@code counts} keeps its ticks on whole numbers. */
    static PaintScaleLegend colorBar(ColorScale scale, boolean counts) {
        var axis = new NumberAxis();
        if (counts) axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setTickLabelFont(ChartStyle.TICK);
        var legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 8, 4));
        legend.setStripWidth(14);
        legend.setAxisOffset(4);
        legend.setSubdivisionCount(128);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** True when the column names would run into each other written side by side (~7 px a character). */
    static boolean crowded(String[] names, int width) {
        int longest = 0;
        for (String n : names) longest = Math.max(longest, n.length());
        return (longest + 1) * 7 * names.length > width * 0.75;
    }

    private static ValueAxis labelledAxis(String label, String[] names, int n) {
        ValueAxis axis;
        if (names != null) {
            axis = new SymbolAxis(label, names);
            ((SymbolAxis) axis).setGridBandsVisible(false);
        } else {
            var number = new NumberAxis(label);
            number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = number;
        }
        axis.setLabelFont(ChartStyle.LABEL);
        axis.setTickLabelFont(ChartStyle.TICK);
        axis.setRange(-0.5, n - 0.5);
        return axis;
    }
}
