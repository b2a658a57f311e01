package baeum.data;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The small datasets of the course: Iris (shipped as a CSV resource) and generated ones. */
public final class Toy {
    public static final List<String> IRIS_CLASSES = List.of("setosa", "versicolor", "virginica");

    private Toy() {
    }

    /**
     * Fisher's Iris, the 150 rows as R's {@code iris} and scikit-learn give them (sepal length,
     * sepal width, petal length, petal width in cm). Shape: x (150, 4), y (150) int64.
     */
    public static TensorDataset iris() {
        var in = Toy.class.getResourceAsStream("/baeum/data/iris.csv");
        if (in == null) throw new TensorError("datasets.iris: the resource baeum/data/iris.csv is missing from the engine jar");
        List<String> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) rows.add(line);
        } catch (IOException e) {
            throw new TensorError("datasets.iris: cannot read the resource: " + e.getMessage());
        }
        float[] x = new float[rows.size() * 4];
        long[] y = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            for (int j = 0; j < 4; j++) x[i * 4 + j] = Float.parseFloat(f[j]);
            y[i] = IRIS_CLASSES.indexOf(f[4]);
        }
        return new TensorDataset(Tensor.wrap(x, rows.size(), 4), Tensor.wrap(y, rows.size()));
    }

    /** The truth table of a two-input gate. Shape: x (4, 2), y (4, 1) float (0 or 1). */
    public static TensorDataset gate(int f00, int f01, int f10, int f11) {
        float[] x = {0, 0, 0, 1, 1, 0, 1, 1};
        float[] y = {f00, f01, f10, f11};
        return new TensorDataset(Tensor.wrap(x, 4, 2), Tensor.wrap(y, 4, 1));
    }

    /**
     * scikit-learn's {@code make_moons}: two interleaved half circles, upper (label 0) and lower
     * (label 1), with N(0, noise²) added to each coordinate, shuffled. Shape: x (n, 2), y (n) int64.
     */
    public static TensorDataset twoMoons(int n, double noise, Random r) {
        int outer = n / 2, inner = n - outer;
        float[] x = new float[2 * n];
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            boolean up = i < outer;
            int k = up ? i : i - outer, m = up ? outer : inner;
            double t = m == 1 ? 0 : Math.PI * k / (m - 1);
            double px = up ? Math.cos(t) : 1 - Math.cos(t);
            double py = up ? Math.sin(t) : 0.5 - Math.sin(t);
            x[2 * i] = (float) (px + noise * r.nextGaussian());
            x[2 * i + 1] = (float) (py + noise * r.nextGaussian());
            y[i] = up ? 0 : 1;
        }
        return shuffled(x, y, 2, r);
    }

    /**
     * CS231n's spirals: {@code classes} arms of {@code perClass} points, radius 0 → 1, angle
     * 4k → 4(k + 1) plus N(0, noise²). Shape: x (classes·perClass, 2), y int64.
     */
    public static TensorDataset spirals(int perClass, int classes, double noise, Random r) {
        int n = perClass * classes;
        float[] x = new float[2 * n];
        long[] y = new long[n];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < perClass; i++) {
                double frac = perClass == 1 ? 0 : (double) i / (perClass - 1);
                double t = 4 * c + 4 * frac + noise * r.nextGaussian();
                int o = c * perClass + i;
                x[2 * o] = (float) (frac * Math.sin(t));
                x[2 * o + 1] = (float) (frac * Math.cos(t));
                y[o] = c;
            }
        }
        return shuffled(x, y, 2, r);
    }

    /** y = x·w + b + N(0, noise²) with x ~ N(0, 1). Shape: x (n, len(w)), y (n, 1). */
    public static TensorDataset linearRegression(int n, double[] w, double b, double noise, Random r) {
        int d = w.length;
        float[] x = new float[n * d], y = new float[n];
        for (int i = 0; i < n; i++) {
            double s = b;
            for (int j = 0; j < d; j++) {
                double v = r.nextGaussian();
                x[i * d + j] = (float) v;
                s += v * w[j];
            }
            y[i] = (float) (s + noise * r.nextGaussian());
        }
        return new TensorDataset(Tensor.wrap(x, n, d), Tensor.wrap(y, n, 1));
    }

    private static TensorDataset shuffled(float[] x, long[] y, int d, Random r) {
        int n = y.length;
        int[] p = Splits.permutation(n, r);
        float[] xs = new float[x.length];
        long[] ys = new long[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, p[i] * d, xs, i * d, d);
            ys[i] = y[p[i]];
        }
        return new TensorDataset(Tensor.wrap(xs, n, d), Tensor.wrap(ys, n));
    }
}
