package baeum.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/** One look for every chart: white background, light grid, fonts readable in a notebook. */
final class ChartStyle {
    private ChartStyle() {}

    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 16);
    static final Font LABEL = new Font(FAMILY, Font.PLAIN, 13);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 11);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 12);
    static final Color GRID = new Color(0xe5e5e5);
    static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private static final StandardChartTheme THEME = theme();

    private static StandardChartTheme theme() {
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(LABEL);
        theme.setRegularFont(LEGEND);
        theme.setSmallFont(TICK);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(new Color(0xbbbbbb));
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(new Color(0x222222));
        theme.setTickLabelPaint(new Color(0x333333));
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        return theme;
    }

    /** Applies the theme; call before setting series colours (the theme resets some of them). */
    static void apply(JFreeChart chart) {
        THEME.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            plot.setDomainGridlineStroke(new BasicStroke(1f));
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            styleAxis(plot.getDomainAxis());
            styleAxis(plot.getRangeAxis());
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setItemFont(LEGEND);
        }
    }

    private static void styleAxis(ValueAxis axis) {
        if (axis == null) return;
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setAxisLinePaint(new Color(0xbbbbbb));
        axis.setTickMarkPaint(new Color(0xbbbbbb));
    }
}
