package baeum.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A chart drawn by JFreeChart: a title, axis labels and a size, set fluently, then shown.
 * Subclasses say what is drawn ({@link LinePlot}, {@link ScatterPlot}, {@link FunctionPlot},
 * {@link ContourPlot}, {@link HeatMap}, {@link ConfusionMatrix}).
 *
 * <pre>{@code
 * jshell> linePlot("train", losses).title("Loss").xlabel("step").ylabel("loss").size(800, 400)
 * }</pre>
 *
 * @param <C> the chart's own type, so that setters chain
 */
public abstract class Chart<C extends Chart<C>> implements Figure {
    /** Pixels per layout pixel in the PNG: 2 makes charts sharp on high-density screens. */
    static final int SCALE = 2;

    private String title;
    private String xlabel = "";
    private String ylabel = "";
    private int width = 640;
    private int height = 400;

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }

    /** Sets the title shown above the chart. */
    public C title(String title) {
        this.title = title;
        return self();
    }

    /** Sets the label of the horizontal axis. */
    public C xlabel(String label) {
        this.xlabel = label == null ? "" : label;
        return self();
    }

    /** Sets the label of the vertical axis. */
    public C ylabel(String label) {
        this.ylabel = label == null ? "" : label;
        return self();
    }

    /** Sets the size in layout pixels (default 640 x 400). */
    public C size(int width, int height) {
        if (width < 50 || height < 50 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("size: " + width + " x " + height
                    + " is out of range; use 50..4000 pixels per side, e.g. size(640, 400)");
        }
        this.width = width;
        this.height = height;
        return self();
    }

    public String title() {
        return title;
    }

    public String xlabel() {
        return xlabel;
    }

    public String ylabel() {
        return ylabel;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Builds the JFreeChart for what this chart holds now (a new object each call). */
    protected abstract JFreeChart build();

    /** The chart as a JFreeChart object, for anyone who wants to adjust it beyond this API. */
    public JFreeChart jfreeChart() {
        Headless.ensure();
        return build();
    }

    /** Wraps a plot into a styled chart with this chart's title; call from {@link #build()}. */
    protected JFreeChart newChart(Plot plot, boolean legend) {
        var chart = new JFreeChart(displayTitle(), ChartStyle.TITLE, plot, legend);
        ChartStyle.apply(chart);
        return chart;
    }

    /** The title drawn: the one set, or a default a chart type may supply (null: none). */
    protected String displayTitle() {
        return title;
    }

    /** A number axis with the given label, styled. */
    protected static NumberAxis axis(String label) {
        var axis = new NumberAxis(label);
        axis.setLabelFont(ChartStyle.LABEL);
        axis.setTickLabelFont(ChartStyle.TICK);
        return axis;
    }

    @Override
    public BufferedImage toImage() {
        JFreeChart chart = jfreeChart();
        var image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public String toString() {
        String name = getClass().getSimpleName();
        return name + (title != null ? " \"" + title + "\"" : "") + " (" + width + "x" + height
                + "; in a notebook it shows as a picture, in jshell call .show() or .save(path))";
    }
}
