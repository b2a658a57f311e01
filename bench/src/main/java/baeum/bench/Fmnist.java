package baeum.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Fashion-MNIST preloaded as flat arrays, read the way the PyTorch scripts read it: the Debian
 * package's IDX files (or {@code FMNIST_DIR}), pixels scaled to [0, 1], labels as int64.
 */
record Fmnist(float[] trainX, long[] trainY, float[] testX, long[] testY) {
    static final int PIXELS = 28 * 28;

    static Fmnist load(int limitTrain) throws IOException {
        Path dir = Path.of(System.getenv().getOrDefault("FMNIST_DIR", "/usr/share/datasets/fashion-mnist"));
        float[] tx = images(dir.resolve("train-images-idx3-ubyte.gz"), limitTrain);
        long[] ty = labels(dir.resolve("train-labels-idx1-ubyte.gz"), limitTrain);
        return new Fmnist(tx, ty, images(dir.resolve("t10k-images-idx3-ubyte.gz"), 0),
                labels(dir.resolve("t10k-labels-idx1-ubyte.gz"), 0));
    }

    int trainSize() {
        return trainY.length;
    }

    private static float[] images(Path file, int limit) throws IOException {
        try (var in = open(file)) {
            expect(in.readInt(), 0x803, file);
            int n = count(in.readInt(), limit);
            int rows = in.readInt(), cols = in.readInt();
            byte[] raw = in.readNBytes(n * rows * cols);
            float[] x = new float[raw.length];
            for (int i = 0; i < raw.length; i++) x[i] = (raw[i] & 0xff) / 255f;
            return x;
        }
    }

    private static long[] labels(Path file, int limit) throws IOException {
        try (var in = open(file)) {
            expect(in.readInt(), 0x801, file);
            int n = count(in.readInt(), limit);
            byte[] raw = in.readNBytes(n);
            long[] y = new long[n];
            for (int i = 0; i < n; i++) y[i] = raw[i] & 0xff;
            return y;
        }
    }

    private static int count(int n, int limit) {
        return limit > 0 ? Math.min(n, limit) : n;
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("Fashion-MNIST not found at " + file
                    + ": install the Debian package dataset-fashion-mnist or set FMNIST_DIR");
        }
        InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        return new DataInputStream(in);
    }

    private static void expect(int magic, int want, Path file) throws IOException {
        if (magic != want) throw new IOException(file + ": not an IDX file (magic " + magic + ")");
    }
}
