package baeum.plot;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Rendering times of each chart type to PNG: the first (cold), then min and median of 30 runs after 10
 * warm-up runs. Not a test:
 * run by hand, e.g.
 * {@code java -cp engine/target/classes:engine/target/test-classes:<jfreechart.jar> baeum.plot.PlotBench}.
 */
public final class PlotBench {
    private PlotBench() {}

    public static void main(String[] args) {
        var rnd = new Random(0);
        double[] loss = new double[200], val = new double[200];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = 2.3 * Math.exp(-i / 40.0) + 0.05 * rnd.nextGaussian();
            val[i] = 2.3 * Math.exp(-i / 50.0) + 0.2;
        }
        double[] x = new double[1000], y = new double[1000];
        int[] labels = new int[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
            y[i] = rnd.nextGaussian();
            labels[i] = i % 3;
        }
        int[] actual = new int[10000], predicted = new int[10000];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = rnd.nextInt(10);
            predicted[i] = rnd.nextDouble() < 0.8 ? actual[i] : rnd.nextInt(10);
        }
        float[] images = new float[64 * 28 * 28];
        for (int i = 0; i < images.length; i++) images[i] = rnd.nextFloat();
        time("line (2 x 200 points)", () -> Plots.linePlot("train", loss).add("val", val).title("Loss"));
        time("scatter (1000 points, 3 classes)", () -> Plots.scatter(x, y, labels));
        time("function (400 samples)", () -> Plots.plot(Math::tanh, -3, 3));
        time("contour (120x120 + path)", () -> Plots.contour((a, b) -> a * a + 10 * b * b, -2, 2, -2, 2)
                .path("gd", new double[] {1.5, 1, 0.5}, new double[] {1.5, 0.5, 0.1}));
        time("heatmap (28x28)", () -> Plots.heatmap(new double[28][28]));
        time("confusion matrix (10 classes)", () -> Plots.confusionMatrix(predicted, actual));
        time("image grid (64 x 28x28)", () -> Plots.imageGrid(images, new int[] {64, 1, 28, 28}, 8));
    }

    static void time(String name, Supplier<Figure> make) {
        long t0 = System.nanoTime();
        int bytes = make.get().toPng().length;
        double cold = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 10; i++) make.get().toPng();  // warm-up, not measured
        var warm = new double[30];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            make.get().toPng();
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf("%-34s cold %6.1f ms   warm min %5.1f / median %5.1f ms   %4d KiB%n", name, cold, warm[0],
                warm[warm.length / 2], bytes / 1024);
    }
}
