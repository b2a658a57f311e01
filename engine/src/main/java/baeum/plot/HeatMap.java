package baeum.plot;

import org.jfree.chart.JFreeChart;

/**
 * A matrix drawn as coloured cells with a colour bar (viridis): attention weights, weight
 * matrices, correlation tables. Row 0 is at the top, as when the matrix is printed.
 *
 * <pre>{@code
 * jshell> heatmap(new double[][] {{1, 2}, {3, 4}}).annotate().title("weights")
 * }</pre>
 */
public final class HeatMap extends Chart<HeatMap> {
    private final double[][] values;
    private String[] rowLabels;
    private String[] colLabels;
    private boolean annotate;

    HeatMap(double[][] values) {
        this.values = Matrices.copyRectangular("heatmap", values);
        xlabel("column");
        ylabel("row");
    }

    /** Names the rows (top to bottom) and columns (left to right) instead of numbering them. */
    public HeatMap labels(String[] rows, String[] cols) {
        this.rowLabels = Matrices.checkLabels("heatmap", "rows", rows, values.length);
        this.colLabels = Matrices.checkLabels("heatmap", "columns", cols, values.length == 0 ? 0 : values[0].length);
        return this;
    }

    /** Writes each cell's value in it (up to 625 cells; larger maps stay unannotated). */
    public HeatMap annotate() {
        this.annotate = true;
        return this;
    }

    /** The number of rows. */
    public int rows() {
        return values.length;
    }

    /** The number of columns. */
    public int cols() {
        return values.length == 0 ? 0 : values[0].length;
    }

    @Override
    protected JFreeChart build() {
        return GridChart.build(this, new GridChart.Spec(values, rowLabels, colLabels, Colors.ColorMap.VIRIDIS,
                annotate ? Matrices::formatValue : null, true, false, null));
    }
}
