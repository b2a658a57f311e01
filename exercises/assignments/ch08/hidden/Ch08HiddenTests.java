package baeum.exercises.ch08.hidden;

import static baeum.Baeum.fromArray;
import static baeum.Baeum.tensor;
import static baeum.exercises.TensorAssert.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import baeum.exercises.Graded;
import baeum.exercises.Student;
import baeum.tensor.Tensor;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests of chapter 8: batches and counts by hand, statistics and flips on plain numbers in the grader's JVM. */
public final class Ch08HiddenTests {

    @Test
    @DisplayName("the targets of a loader over Squares come in order, the last batch smaller")
    @Graded(exercise = "ch08_dataset", points = 1)
    void squaresTargets(Student s) {
        List<?> ys = s.call("squaresBatches", List.class, 10, 4, true);
        assertEquals(3, ys.size(), "number of batches");
        assertClose(tensor(0f, 1f, 4f, 9f).view(4, 1), (Tensor) ys.get(0));
        assertClose(tensor(16f, 25f, 36f, 49f).view(4, 1), (Tensor) ys.get(1));
        assertClose(tensor(64f, 81f).view(2, 1), (Tensor) ys.get(2));
    }

    @Test
    @DisplayName("a loader over a one-example Squares gives one batch of shape (1, 1)")
    @Graded(exercise = "ch08_dataset", points = 1)
    void squaresSingle(Student s) {
        List<?> xs = s.call("squaresBatches", List.class, 1, 8, false);
        assertEquals(1, xs.size(), "number of batches");
        assertClose(tensor(new float[][] {{0}}), (Tensor) xs.get(0));
    }

    @Test
    @DisplayName("iterations over several epochs, with and without dropping the last batch")
    @Graded(exercise = "ch08_iterations", points = 1)
    void iterationsFashion(Student s) {
        // 60000 / 64 = 937.5: 938 batches (the last has 32), or 937 with dropLast; 5 epochs
        assertEquals(4690, s.call("iterations", Integer.class, 60000, 64, 5, false));
        assertEquals(4685, s.call("iterations", Integer.class, 60000, 64, 5, true));
    }

    @Test
    @DisplayName("iterations when the batch size divides the data, and when it is larger than the data")
    @Graded(exercise = "ch08_iterations", points = 1)
    void iterationsEdges(Student s) {
        assertEquals(30, s.call("iterations", Integer.class, 640, 64, 3, false));
        assertEquals(30, s.call("iterations", Integer.class, 640, 64, 3, true));
        assertEquals(2, s.call("iterations", Integer.class, 10, 64, 2, false));
        assertEquals(0, s.call("iterations", Integer.class, 10, 64, 2, true));
    }

    @Test
    @DisplayName("standardize uses the training statistics (biased) for a validation set of another distribution")
    @Graded(exercise = "ch08_standardize", points = 1)
    void standardizeRandom(Student s) {
        Random rnd = new Random(81);
        int n = 20, m = 7, d = 3;
        double[][] tr = new double[n][d], va = new double[m][d];
        for (double[] row : tr) for (int j = 0; j < d; j++) row[j] = 1 + 2 * rnd.nextGaussian();
        for (double[] row : va) for (int j = 0; j < d; j++) row[j] = 3 + 5 * rnd.nextGaussian();
        double[] mean = new double[d], sd = new double[d];
        for (int j = 0; j < d; j++) {
            for (double[] row : tr) mean[j] += row[j] / n;
            for (double[] row : tr) sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            sd[j] = Math.sqrt(sd[j]);
        }
        List<?> out = s.call("standardize", List.class, matrix(tr), matrix(va));
        assertClose(matrix(z(tr, mean, sd)), (Tensor) out.get(0), 1e-4, 1e-5);
        assertClose(matrix(z(va, mean, sd)), (Tensor) out.get(1), 1e-4, 1e-5);
    }

    @Test
    @DisplayName("the standardized training set has mean 0 and biased standard deviation 1 in every column")
    @Graded(exercise = "ch08_standardize", points = 1)
    void standardizedMoments(Student s) {
        Random rnd = new Random(82);
        double[] scale = {1, 10, 0.1, 3}, shift = {5, -2, 0, 100};
        double[][] tr = new double[30][4];
        for (double[] row : tr) for (int j = 0; j < 4; j++) row[j] = shift[j] + scale[j] * rnd.nextGaussian();
        Tensor z = (Tensor) s.call("standardize", List.class, matrix(tr), matrix(tr)).get(0);
        assertEquals(List.of(30, 4), List.of(z.size(0), z.size(1)), "shape of the standardized training set");
        float[] v = z.toFloatArray();
        for (int j = 0; j < 4; j++) {
            double mu = 0, sq = 0;
            for (int i = 0; i < 30; i++) mu += v[i * 4 + j] / 30.0;
            for (int i = 0; i < 30; i++) sq += (v[i * 4 + j] - mu) * (v[i * 4 + j] - mu) / 30.0;
            assertEquals(0, mu, 1e-4, "mean of column " + j);
            assertEquals(1, Math.sqrt(sq), 1e-4, "biased standard deviation of column " + j);
        }
    }

    @Test
    @DisplayName("hflip of a batch of images reverses every row, and keeps the shape")
    @Graded(exercise = "ch08_hflip", points = 1)
    void hflipBatch(Student s) {
        Random rnd = new Random(83);
        int n = 2, c = 1, h = 4, w = 5;
        float[] a = new float[n * c * h * w], flipped = new float[a.length];
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextGaussian();
        for (int row = 0; row < n * c * h; row++)
            for (int col = 0; col < w; col++) flipped[row * w + col] = a[row * w + (w - 1 - col)];
        assertClose(fromArray(flipped, n, c, h, w), s.tensor("hflip", fromArray(a, n, c, h, w)));
    }

    @Test
    @DisplayName("hflip twice gives the image back")
    @Graded(exercise = "ch08_hflip", points = 1)
    void hflipTwice(Student s) {
        float[] a = new float[21];
        for (int i = 0; i < a.length; i++) a[i] = i * 0.5f - 3;
        Tensor img = fromArray(a, 3, 7);
        Tensor once = s.tensor("hflip", img);
        assertClose(fromArray(a, 3, 7), s.tensor("hflip", once));
        assertEquals(a[6], once.getFloat(0, 0), 1e-6, "the first column after a flip is the last before it");
    }

    private static Tensor matrix(double[][] rows) {
        float[] f = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) for (int j = 0; j < rows[0].length; j++) f[i * rows[0].length + j] = (float) rows[i][j];
        return fromArray(f, rows.length, rows[0].length);
    }

    private static double[][] z(double[][] x, double[] mean, double[] sd) {
        double[][] out = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < x[0].length; j++) out[i][j] = (x[i][j] - mean[j]) / sd[j];
        return out;
    }
}
