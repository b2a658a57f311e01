package baeum.plot;

import baeum.tensor.GradMode;
import baeum.tensor.Tensor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.function.Function;

/**
 * The regions of the plane a classifier assigns to each class, as a picture in light class
 * colours for the background of a scatter plot: the decision boundary of a model trained on
 * moons or spirals.
 */
final class DecisionRegions {
    static final int COLS = 320;
    static final int ROWS = 200;

    private DecisionRegions() {}

    /** The grid points, row 0 at the top ({@code y1}), as (N, 2) row-major floats. */
    static float[] grid(double x0, double x1, double y0, double y1) {
        var pts = new float[ROWS * COLS * 2];
        for (int r = 0, k = 0; r < ROWS; r++) {
            double y = y1 - (r + 0.5) * (y1 - y0) / ROWS;
            for (int c = 0; c < COLS; c++) {
                pts[k++] = (float) (x0 + (c + 0.5) * (x1 - x0) / COLS);
                pts[k++] = (float) y;
            }
        }
        return pts;
    }

    static int[] classes(PointClassifier f, float[] pts) {
        var out = new int[pts.length / 2];
        for (int i = 0; i < out.length; i++) out[i] = f.classify(pts[2 * i], pts[2 * i + 1]);
        return out;
    }

    /** Runs the model once on all grid points (without recording for backward). */
    static int[] classes(Function<Tensor, Tensor> model, float[] pts) {
        try (var g = GradMode.disable()) {
            Tensor scores = model.apply(Tensor.wrap(pts, pts.length / 2, 2));
            int[] labels = TensorArrays.labels("scatter.regions", scores);
            if (labels.length != pts.length / 2) {
                throw new IllegalArgumentException("scatter.regions: the model gave " + labels.length
                        + " predictions for " + pts.length / 2 + " points; it must map (N, 2) to (N, C) scores or (N) labels");
            }
            return labels;
        }
    }

    /** Class k in a light version of its series colour. */
    static BufferedImage picture(int[] classes) {
        var image = new BufferedImage(COLS, ROWS, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) image.setRGB(c, r, light(Colors.series(classes[r * COLS + c])).getRGB());
        }
        return image;
    }

    static Color light(Color c) {
        return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
    }

    private static int mix(int channel) {
        return (int) Math.round(255 - (255 - channel) * 0.3);
    }
}
