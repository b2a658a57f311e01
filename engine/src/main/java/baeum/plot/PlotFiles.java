package baeum.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where figures shown outside a notebook are written: {@code -Dbaeum.plots.dir} if set, else
 * {@code ./baeum-plots} when the working directory is writable, else a {@code baeum-plots}
 * directory under the system's temporary directory. Files are numbered and never overwritten.
 */
public final class PlotFiles {
    public static final String DIR_PROPERTY = "baeum.plots.dir";

    private PlotFiles() {}

    /** The directory plots go to (created when needed). */
    public static Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isWritable(cwd)) return cwd.resolve("baeum-plots");
        return Path.of(System.getProperty("java.io.tmpdir"), "baeum-plots");
    }

    /** A new, not yet existing file {@code <directory>/<prefix>-<n>.png}, with the directory created. */
    public static synchronized Path next(String prefix) {
        Path dir = directory();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("plots: cannot create " + dir + " (set -D" + DIR_PROPERTY
                    + "=<a writable directory>): " + e.getMessage(), e);
        }
        for (int n = 1; ; n++) {
            Path file = dir.resolve(prefix + "-" + n + ".png");
            if (!Files.exists(file)) return file;
        }
    }

    /** Writes PNG bytes to a new numbered file and returns its path. */
    public static Path write(String prefix, byte[] png) {
        Path file = next(prefix);
        try {
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("plots: cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
