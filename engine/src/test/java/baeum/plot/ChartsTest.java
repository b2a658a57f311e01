package baeum.plot;

import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static baeum.plot.Plots.*;
import static org.junit.jupiter.api.Assertions.*;

/** One smoke test per chart type: a decodable PNG of the right size with the series' colours in it. */
class ChartsTest {
    static final int BLUE = 0x1f77b4, ORANGE = 0xff7f0e;

    @Test
    void linePlotDrawsEachSeriesInItsColourWithALegend() {
        var chart = linePlot("train", new double[] {2.3, 1.2, 0.8, 0.5, 0.4})
                .add("validation", List.of(2.4f, 1.5f, 1.1f, 0.9f, 0.85f))
                .title("Loss").xlabel("epoch").ylabel("loss").size(400, 300);
        BufferedImage image = PngAssert.valid(chart.toPng(), 800, 600, 20);
        assertTrue(PngAssert.pixelsNear(image, BLUE, 10) > 200, "the train line is drawn in blue");
        assertTrue(PngAssert.pixelsNear(image, ORANGE, 10) > 200, "the validation line is drawn in orange");
        var jf = chart.jfreeChart();
        assertEquals("Loss", jf.getTitle().getText());
        assertNotNull(jf.getLegend(), "two named series get a legend");
        var plot = (XYPlot) jf.getPlot();
        assertEquals("epoch", plot.getDomainAxis().getLabel());
        assertEquals(2, plot.getDataset().getSeriesCount());
        assertEquals(0.85, plot.getDataset().getYValue(1, 4), 1e-6);
    }

    @Test
    void aHistoryMapGivesOneNamedLinePerEntry() {
        var ordered = new java.util.LinkedHashMap<String, List<Double>>();
        ordered.put("val", List.of(2.0, 1.5));
        ordered.put("train", List.of(1.8, 1.0));
        var data = ((XYPlot) linePlot(ordered).jfreeChart().getPlot()).getDataset();
        assertEquals("val", data.getSeriesKey(0), "a LinkedHashMap keeps its order");
        assertEquals(1.0, data.getYValue(1, 1), 1e-12);
        var sorted = ((XYPlot) linePlot(java.util.Map.of("b", List.of(1), "a", List.of(2))).jfreeChart().getPlot()).getDataset();
        assertEquals("a", sorted.getSeriesKey(0), "other maps are sorted by name");
    }

    @Test
    void linePlotRejectsMismatchedLengthsAndDuplicateNames() {
        var e = assertThrows(IllegalArgumentException.class, () -> linePlot(new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("x has 2 values but y has 1"), e.getMessage());
        var d = assertThrows(IllegalArgumentException.class,
                () -> linePlot("a", new double[] {1}).add("a", new double[] {2}));
        assertTrue(d.getMessage().contains("already a series named \"a\""), d.getMessage());
    }

    @Test
    void logScaleLeavesOutNonPositiveValuesAndNeedsADecade() {
        var chart = linePlot(new double[] {10, 1, 0, 0.1}).logy();
        var plot = (XYPlot) chart.jfreeChart().getPlot();
        assertTrue(Double.isNaN(plot.getDataset().getYValue(0, 2)));
        assertInstanceOf(org.jfree.chart.axis.LogarithmicAxis.class, plot.getRangeAxis());
        PngAssert.valid(chart.toPng(), 1280, 800, 10);
        var narrow = (XYPlot) linePlot(new double[] {0.5, 0.4, 0.3}).logy().jfreeChart().getPlot();
        assertFalse(narrow.getRangeAxis() instanceof org.jfree.chart.axis.LogarithmicAxis,
                "values within a factor 10 keep a linear axis, which has labelled ticks");
    }

    @Test
    void divergedAndEmptySeriesStillDraw() {
        var chart = linePlot(new double[] {1, 0.5, Double.POSITIVE_INFINITY, Double.NaN, 0.2});
        var plot = (XYPlot) chart.jfreeChart().getPlot();
        assertTrue(Double.isNaN(plot.getDataset().getYValue(0, 2)), "infinity is left out, not drawn at the edge");
        assertEquals(1.0, plot.getRangeAxis().getUpperBound(), 0.1, "the axis fits the finite values");
        PngAssert.valid(chart.toPng(), 1280, 800, 10);
        PngAssert.valid(linePlot(new double[0]).toPng(), 1280, 800, 2);
        PngAssert.valid(scatter(new double[0], new double[0]).toPng(), 1280, 800, 2);
    }

    @Test
    void scatterGroupsPointsByClass() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {0, 1, 0, 1, 0, 1};
        int[] labels = {0, 1, 0, 1, 2, 2};
        var chart = scatter(x, y, labels, "a", "b").pointSize(14);
        assertEquals(3, chart.groupCount());
        var data = ((XYPlot) chart.jfreeChart().getPlot()).getDataset();
        assertEquals("a", data.getSeriesKey(0));
        assertEquals("class 2", data.getSeriesKey(2), "labels without a name are numbered");
        assertEquals(2, data.getItemCount(1));
        assertEquals(3.0, data.getXValue(1, 1));
        var renamed = ((XYPlot) chart.classNames(List.of("x", "y", "z")).jfreeChart().getPlot()).getDataset();
        assertEquals("z", renamed.getSeriesKey(2), "class 2 renamed from a list");
        BufferedImage image = PngAssert.valid(chart.toPng(), 1280, 800, 20);
        assertTrue(PngAssert.pixelsNear(image, 0x2ca02c, 40) > 50, "class 2 is drawn in green");
        var e = assertThrows(IllegalArgumentException.class, () -> scatter(x, y, new int[] {0}));
        assertTrue(e.getMessage().contains("6 points but 1 labels"), e.getMessage());
    }

    @Test
    void functionPlotSamplesTheFunctionOverTheInterval() {
        var chart = plot(Math::tanh, -3, 3).add("log", Math::log).samples(7);
        var data = ((XYPlot) chart.jfreeChart().getPlot()).getDataset();
        assertEquals(7, data.getItemCount(0));
        assertEquals(-3.0, data.getXValue(0, 0), 1e-12);
        assertEquals(Math.tanh(1), data.getYValue(0, 4), 1e-12);
        assertTrue(Double.isNaN(data.getYValue(1, 0)), "log(-3) is not finite and is left out");
        PngAssert.valid(chart.toPng(), 1280, 800, 20);
        assertThrows(IllegalArgumentException.class, () -> plot(Math::sin, 1, 1));
    }

    @Test
    void contourDrawsBandsLinesAndTrajectory() {
        var chart = contour((x, y) -> x * x + 4 * y * y, -2, 2, -2, 2).resolution(40)
                .path("gd", new double[] {1.5, 1.0, 0.6, 0.2}, new double[] {1.5, 0.5, 0.1, 0.0})
                .title("bowl");
        double[] levels = chart.contourLevels();
        assertEquals(10, levels.length);
        for (int i = 1; i < levels.length; i++) assertTrue(levels[i] > levels[i - 1], "levels ascend");
        BufferedImage image = PngAssert.valid(chart.toPng(), 1280, 800, 30);
        assertTrue(PngAssert.pixelsNear(image, 0xd62728, 20) > 100, "the trajectory is drawn in red");
        assertTrue(PngAssert.pixelsNear(image, 0x440154, 20) > 1000, "the lowest band (the minimum) is dark purple");
        var fixed = contour((x, y) -> x + y, 0, 1, 0, 1).levels(0.5, 1.5, 1.0);
        assertArrayEquals(new double[] {0.5, 1.0, 1.5}, fixed.contourLevels());
    }

    @Test
    void quantileLevelsSplitValuesIntoEqualShares() {
        var z = new double[][] {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}};
        assertArrayEquals(new double[] {3, 5, 8}, ContourPlot.quantileLevels(z, 3), 1e-12);
        assertArrayEquals(new double[] {1}, ContourPlot.quantileLevels(new double[][] {{1, 1, 1}}, 4));
    }

    @Test
    void heatmapPutsRowZeroAtTheTopAndAnnotates() {
        var chart = heatmap(new float[][] {{0, 0, 0}, {1, 1, 1}}).annotate().labels(new String[] {"r0", "r1"}, null);
        assertEquals(2, chart.rows());
        assertEquals(3, chart.cols());
        var plot = (XYPlot) chart.jfreeChart().getPlot();
        assertTrue(plot.getRangeAxis().isInverted(), "rows go down, like a printed matrix");
        assertEquals(6, plot.getAnnotations().size(), "one value per cell");
        BufferedImage image = PngAssert.valid(chart.toPng(), 1280, 800, 10);
        int midX = image.getWidth() * 30 / 100;
        int top = image.getRGB(midX, image.getHeight() * 25 / 100) & 0xffffff;
        int bottom = image.getRGB(midX, image.getHeight() * 70 / 100) & 0xffffff;
        assertEquals(0x440154, top, "row 0 (value 0) is the dark end of viridis, at the top");
        assertEquals(0xfde725, bottom, "row 1 (value 1) is the bright end, at the bottom");
        var e = assertThrows(IllegalArgumentException.class, () -> heatmap(new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 1 has 1"), e.getMessage());
    }

    @Test
    void longClassNamesTurnTheColumnLabelsUpright() {
        String[] ten = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
        assertTrue(GridChart.crowded(ten, 640));
        assertFalse(GridChart.crowded(new String[] {"cat", "dog"}, 640));
        int[] labels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        var plot = (XYPlot) confusionMatrix(labels, labels, ten).jfreeChart().getPlot();
        assertTrue(plot.getDomainAxis().isVerticalTickLabels());
    }

    @Test
    void confusionMatrixCountsPairsAndReportsAccuracy() {
        int[] actual = {0, 0, 1, 1, 2, 2, 2};
        int[] predicted = {0, 1, 1, 1, 2, 0, 2};
        var cm = confusionMatrix(predicted, actual, "cat", "dog", "bird");
        assertEquals(3, cm.classes());
        assertEquals(1, cm.count(0, 0));
        assertEquals(1, cm.count(0, 1));
        assertEquals(2, cm.count(1, 1));
        assertEquals(1, cm.count(2, 0));
        assertEquals(5.0 / 7, cm.accuracy(), 1e-12);
        var jf = cm.jfreeChart();
        assertEquals("confusion matrix (accuracy 71.4%)", jf.getTitle().getText());
        var texts = ((XYPlot) jf.getPlot()).getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertEquals(List.of("1", "1", "0", "0", "2", "0", "1", "0", "2"), texts);
        PngAssert.valid(cm.toPng(), 1280, 800, 10);
        var rows = ((XYPlot) cm.normalized().jfreeChart().getPlot()).getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertEquals(List.of("0.50", "0.50", "0.00", "0.00", "1.00", "0.00", "0.33", "0.00", "0.67"), rows,
                "each row as fractions of its true class");
        assertEquals("confusion matrix (accuracy 71.4%)", cm.classNames(List.of("a", "b", "c")).jfreeChart().getTitle().getText());
        var fromLongs = confusionMatrix(new long[] {1, 0}, new long[] {1, 1});  // predicted, then true
        assertEquals(1, fromLongs.count(1, 1));
        assertEquals(1, fromLongs.count(1, 0));
        assertThrows(IllegalArgumentException.class, () -> confusionMatrix(new int[] {0}, new int[] {0, 1}));
    }

    @Test
    void warmupRunsInADaemonThreadAndEnds() throws InterruptedException {
        Thread t = Warmup.inBackground();
        assertTrue(t.isDaemon(), "never keeps a JVM alive");
        t.join(60_000);
        assertFalse(t.isAlive());
    }

    @Test
    void chartsSaveToFilesAndDescribeThemselves(@TempDir Path dir) throws Exception {
        Path file = plot(Math::sin, 0, 6).size(300, 200).save(dir.resolve("sub/sin.png"));
        PngAssert.valid(Files.readAllBytes(file), 600, 400, 10);
        assertTrue(linePlot(new double[] {1}).title("t").toString().contains("LinePlot \"t\""));
        assertThrows(IllegalArgumentException.class, () -> linePlot(new double[] {1}).size(10, 10));
    }
}
