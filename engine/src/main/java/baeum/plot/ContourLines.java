package baeum.plot;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Contour-line segments (from {@link MarchingSquares}) drawn over a plot as one annotation. */
final class ContourLines extends AbstractXYAnnotation {
    private final List<double[]> segmentsPerLevel;
    private final Color color;

    ContourLines(List<double[]> segmentsPerLevel, Color color) {
        this.segmentsPerLevel = segmentsPerLevel;
        this.color = color;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        PlotOrientation orientation = plot.getOrientation();
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), orientation);
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), orientation);
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(0.8f));
        var line = new Line2D.Double();
        for (double[] s : segmentsPerLevel) {
            for (int k = 0; k + 3 < s.length; k += 4) {
                line.setLine(domainAxis.valueToJava2D(s[k], dataArea, xEdge),
                        rangeAxis.valueToJava2D(s[k + 1], dataArea, yEdge),
                        domainAxis.valueToJava2D(s[k + 2], dataArea, xEdge),
                        rangeAxis.valueToJava2D(s[k + 3], dataArea, yEdge));
                g2.draw(line);
            }
        }
    }
}
