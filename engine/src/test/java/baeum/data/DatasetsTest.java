package baeum.data;

import baeum.facade.DatasetsFacade;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.storage.Shape;
import baeum.storage.TensorError;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
    /** Column means of the classic Iris data (R's iris, scikit-learn's load_iris), overall and per species. */
    @Test
    void irisIsTheClassicTable() {
        var iris = DatasetsFacade.iris();
        assertEquals(new Shape(150, 4), iris.x().shape());
        float[] x = iris.x().toFloatArray();
        long[] y = iris.y().toLongArray();
        double[][] sums = new double[3][4];
        int[] counts = new int[3];
        double[] all = new double[4];
        for (int i = 0; i < 150; i++) {
            counts[(int) y[i]]++;
            for (int j = 0; j < 4; j++) {
                sums[(int) y[i]][j] += x[4 * i + j];
                all[j] += x[4 * i + j];
            }
        }
        assertArrayEquals(new int[] {50, 50, 50}, counts);
        assertArrayEquals(new double[] {5.843333, 3.057333, 3.758, 1.199333}, div(all, 150), 1e-5);
        assertArrayEquals(new double[] {5.006, 3.428, 1.462, 0.246}, div(sums[0], 50), 1e-5);
        assertArrayEquals(new double[] {5.936, 2.770, 4.260, 1.326}, div(sums[1], 50), 1e-5);
        assertArrayEquals(new double[] {6.588, 2.974, 5.552, 2.026}, div(sums[2], 50), 1e-5);
        assertArrayEquals(new float[] {5.1f, 3.5f, 1.4f, 0.2f}, iris.get(0).x().toFloatArray());
        assertEquals("virginica", DatasetsFacade.irisClasses().get((int) iris.get(149).y().itemLong()));
    }

    private static double[] div(double[] v, double d) {
        double[] o = v.clone();
        for (int i = 0; i < o.length; i++) o[i] /= d;
        return o;
    }

    @Test
    void logicGatesAndGeneratedSets() {
        assertArrayEquals(new float[] {0, 1, 1, 0}, DatasetsFacade.xor().y().toFloatArray());
        assertArrayEquals(new float[] {0, 0, 0, 1}, DatasetsFacade.and().y().toFloatArray());
        assertArrayEquals(new float[] {0, 1, 1, 1}, DatasetsFacade.or().y().toFloatArray());
        assertArrayEquals(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, DatasetsFacade.xor().x().toFloatArray());

        var moons = DatasetsFacade.twoMoons(101, 0.0, 3);
        assertEquals(new Shape(101, 2), moons.x().shape());
        long ones = java.util.Arrays.stream(moons.y().toLongArray()).sum();
        assertEquals(51, ones);
        float[] m = moons.x().toFloatArray();
        long[] my = moons.y().toLongArray();
        for (int i = 0; i < 101; i++) {   // without noise each point lies on its unit half circle
            double cx = my[i] == 0 ? 0 : 1, cy = my[i] == 0 ? 0 : 0.5;
            assertEquals(1, Math.hypot(m[2 * i] - cx, m[2 * i + 1] - cy), 1e-5);
        }
        assertArrayEquals(m, DatasetsFacade.twoMoons(101, 0.0, 3).x().toFloatArray());

        var spirals = DatasetsFacade.spirals(50, 3, 0.1, 1);
        assertEquals(new Shape(150, 2), spirals.x().shape());
        assertEquals(150, java.util.Arrays.stream(spirals.y().toLongArray()).sum());   // 50·(0 + 1 + 2)
    }

    /** Least squares on the generated data recovers w = (2, −3.4) and b = 4.2. */
    @Test
    void linearRegressionHasTheAdvertisedWeights() {
        var ds = DatasetsFacade.linearRegression(2000, 4);
        float[] x = ds.x().toFloatArray(), y = ds.y().toFloatArray();
        double[][] a = new double[3][3];
        double[] r = new double[3];
        for (int i = 0; i < 2000; i++) {
            double[] f = {x[2 * i], x[2 * i + 1], 1};
            for (int p = 0; p < 3; p++) {
                r[p] += f[p] * y[i];
                for (int q = 0; q < 3; q++) a[p][q] += f[p] * f[q];
            }
        }
        double[] w = solve(a, r);
        assertArrayEquals(new double[] {2, -3.4, 4.2}, w, 2e-3);
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) a[r][k] -= f * a[c][k];
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) s -= a[r][k] * x[k];
            x[r] = s / a[r][r];
        }
        return x;
    }

    @Test
    void idxFilesPlainOrGzippedFromBaeumData(@TempDir Path dir) throws IOException {
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        // two 2×3 images, values 0..11 and 255; labels 7, 3
        byte[] images = idx(0x0803, new int[] {2, 2, 3}, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255});
        Files.write(mnist.resolve("t10k-images-idx3-ubyte"), images);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(mnist.resolve("t10k-labels-idx1-ubyte.gz")))) {
            o.write(idx(0x0801, new int[] {2}, new byte[] {7, 3}));
        }
        String old = System.getProperty("baeum.data");
        System.setProperty("baeum.data", dir.toString());
        try {
            var ds = DatasetsFacade.mnist(false);
            assertEquals(new Shape(2, 1, 2, 3), ds.x().shape());
            assertArrayEquals(new long[] {7, 3}, ds.y().toLongArray());
            assertEquals(1f, ds.x().getFloat(1, 0, 1, 2));
            assertEquals(4f / 255, ds.x().getFloat(0, 0, 1, 1), 1e-7f);
            var e = assertThrows(TensorError.class, () -> DatasetsFacade.mnist(true));
            assertTrue(e.getMessage().contains("cannot find train-images-idx3-ubyte[.gz]")
                    && e.getMessage().contains("set BAEUM_DATA"), e.getMessage());
        } finally {
            if (old == null) System.clearProperty("baeum.data");
            else System.setProperty("baeum.data", old);
        }
    }

    @Test
    void aMissingDatasetSaysWhichPackageToInstall(@TempDir Path dir) {
        var e = assertThrows(TensorError.class, () -> DatasetFiles.find("fashion-mnist", "FashionMNIST",
                "dataset-fashion-mnist", dir.resolve("nothing-here").toString(), "train-images-idx3-ubyte"));
        assertTrue(e.getMessage().contains("sudo apt-get install dataset-fashion-mnist")
                && e.getMessage().contains("BAEUM_DATA"), e.getMessage());
    }

    /** The Debian package's test split: 10,000 images, 1,000 per class, the first an ankle boot. */
    @Test
    void fashionMnistTestSplit() {
        var test = DatasetsFacade.fashionMnist(false);
        assertEquals(new Shape(10_000, 1, 28, 28), test.x().shape());
        long[] y = test.y().toLongArray();
        int[] counts = new int[10];
        for (long l : y) counts[(int) l]++;
        for (int c : counts) assertEquals(1000, c);
        assertEquals("Ankle boot", DatasetsFacade.fashionMnistClasses().get((int) y[0]));
        float max = 0;
        for (float v : test.x().toFloatArray()) max = Math.max(max, v);
        assertEquals(1f, max);
    }

    private static byte[] idx(int magic, int[] shape, byte[] data) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int s : shape) out.writeInt(s);
        out.write(data);
        return bytes.toByteArray();
    }
}
