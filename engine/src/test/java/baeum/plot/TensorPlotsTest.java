package baeum.plot;

import baeum.progress.ProgressBar;
import baeum.progress.ProgressState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static baeum.Baeum.*;
import static baeum.plot.Plots.*;
import static org.junit.jupiter.api.Assertions.*;

/** The tensor overloads of Plots: shapes, layouts (non-contiguous too) and values mapped right. */
class TensorPlotsTest {

    @Test
    void imageFromAChannelsLastTensorPermutedToChannelsFirst() {
        // (H, W, C) = (1, 2, 3): pixel 0 red, pixel 1 blue; permute(2, 0, 1) is a non-contiguous view
        var hwc = fromArray(new float[] {1, 0, 0, 0, 0, 1}, 1, 2, 3);
        BufferedImage img = image(hwc.permute(2, 0, 1)).toImage();
        int zoom = img.getWidth() / 2;
        assertEquals(0xff0000, img.getRGB(0, 0) & 0xffffff);
        assertEquals(0x0000ff, img.getRGB(zoom, 0) & 0xffffff);
    }

    @Test
    void imageGridStretchesAnyRangeAndAcceptsNHW() {
        // two 1x2 images with values -1 .. 1: -1 -> black, 1 -> white, 0 -> mid grey (128)
        var batch = fromArray(new float[] {-1, 0, 1, 1}, 2, 1, 2);
        var grid = imageGrid(batch, 2);
        assertEquals(2, grid.count());
        BufferedImage img = grid.toImage();
        int zoom = img.getWidth() / (2 * 2 + 3 * 2);
        assertEquals(0x000000, img.getRGB(2 * zoom, 2 * zoom) & 0xffffff);
        assertEquals(0x808080, img.getRGB(3 * zoom, 2 * zoom) & 0xffffff);
        assertEquals(0xffffff, img.getRGB(6 * zoom, 2 * zoom) & 0xffffff);
        var e = assertThrows(IllegalArgumentException.class, () -> imageGrid(zeros(4, 784), 2));
        assertTrue(e.getMessage().contains("view(-1, 1, 28, 28)"), e.getMessage());
    }

    @Test
    void scatterTakesPointsAndLabelsOrScores() {
        var points = tensor(new float[][] {{0, 0}, {1, 1}, {2, 0}});
        var chart = scatter(points, tensor(0L, 1L, 1L));
        var data = ((XYPlot) chart.jfreeChart().getPlot()).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(2, data.getItemCount(1));
        assertEquals(2.0, data.getXValue(1, 1));
        var scores = tensor(new float[][] {{0.9f, 0.1f}, {0.2f, 0.8f}, {0.7f, 0.3f}});
        var byScores = ((XYPlot) scatter(points, scores).jfreeChart().getPlot()).getDataset();
        assertEquals(2, byScores.getItemCount(0), "argmax of the scores gives classes 0, 1, 0");
        var xy = ((XYPlot) scatter(tensor(1f, 2f), tensor(3f, 4f)).jfreeChart().getPlot()).getDataset();
        assertEquals(4.0, xy.getYValue(0, 1));
        assertThrows(IllegalArgumentException.class, () -> scatter(zeros(3, 3), zeros(3)));
    }

    @Test
    void decisionRegionsColourTheBackgroundByPredictedClass() {
        var points = tensor(new float[][] {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}});
        var labels = tensor(0L, 0L, 1L, 1L);
        // scores (N, 2) = (-x, x): class 1 right of the y axis
        var byModel = scatter(points, labels).regions(p -> p.matmul(tensor(new float[][] {{-1, 1}, {0, 0}})));
        var byRule = scatter(points, labels).regions((x, y) -> x > 0 ? 1 : 0);
        for (var chart : List.of(byModel, byRule)) {
            BufferedImage img = PngAssert.valid(chart.toPng(), 1280, 800, 10);
            int lightBlue = DecisionRegions.light(Colors.series(0)).getRGB() & 0xffffff;
            int lightOrange = DecisionRegions.light(Colors.series(1)).getRGB() & 0xffffff;
            int y = img.getHeight() / 2 + 40;
            assertEquals(lightBlue, img.getRGB(img.getWidth() / 4, y) & 0xffffff, "left of x = 0: class 0");
            assertEquals(lightOrange, img.getRGB(img.getWidth() * 3 / 5, y) & 0xffffff, "right of x = 0: class 1");
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> scatter(points, labels).regions(p -> zeros(3)).toPng());
        assertTrue(e.getMessage().contains("3 predictions for 64000 points"), e.getMessage());
    }

    @Test
    void confusionMatrixFromLabelsAndLogits() {
        var logits = tensor(new float[][] {{2, 1}, {0, 3}, {5, -1}});  // predicts 0, 1, 0
        var targets = tensor(0L, 1L, 1L);
        var cm = confusionMatrix(logits, targets);
        assertEquals(1, cm.count(0, 0));
        assertEquals(1, cm.count(1, 1));
        assertEquals(1, cm.count(1, 0), "row = true class 1, column = predicted 0");
        // the same counts through the engine's metric, in the same argument order
        var fromCounts = confusionMatrix(data.confusionMatrix(logits, targets, 2), "a", "b");
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) assertEquals(cm.count(i, j), fromCounts.count(i, j));
        var e = assertThrows(IllegalArgumentException.class, () -> confusionMatrix(zeros(2, 3)));
        assertTrue(e.getMessage().contains("square"), e.getMessage());
    }

    @Test
    void lineHeatmapAndPathFromTensors() {
        var losses = tensor(3f, 2f, 1.5f);
        var line = linePlot("train", losses).add("val", tensor(3.5f, 2.5f, 2f));
        assertEquals(2.0, ((XYPlot) line.jfreeChart().getPlot()).getDataset().getYValue(1, 2), 1e-6);
        var e = assertThrows(IllegalArgumentException.class, () -> linePlot(zeros(2, 3)));
        assertTrue(e.getMessage().contains("(2, 3)"), e.getMessage());
        var hm = heatmap(tensor(new float[][] {{1, 2, 3}, {4, 5, 6}}).t());
        assertEquals(3, hm.rows());
        assertEquals(2, hm.cols());
        var path = tensor(new float[][] {{1, 1}, {0.5f, 0.2f}});
        var c = contour((x, y) -> x * x + y * y, -1, 1, -1, 1).path("gd", path);
        var data = ((XYPlot) c.jfreeChart().getPlot()).getDataset();
        assertEquals(0.2, data.getYValue(0, 1), 1e-6);
    }

    @Test
    void progressTakesTheLossAsATensor() {
        var states = new ArrayList<ProgressState>();
        var bar = new ProgressBar<>(List.of(1), 1, "", states::add, () -> 0L);
        for (int i : bar) bar.set("loss", tensor(0.25f).sum());
        assertEquals(0.25, states.get(states.size() - 1).metrics().get("loss"), 1e-7);
    }
}
