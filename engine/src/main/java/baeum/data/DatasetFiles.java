package baeum.data;

import baeum.storage.TensorError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the files of MNIST-style datasets on disk; nothing is ever downloaded. Searched in order:
 * the directory named by the environment variable {@code BAEUM_DATA} (or the system property
 * {@code baeum.data}), in it the sub-directories {@code <name>}, {@code <Name>/raw} (torchvision's
 * layout) and itself; then the directory of the Debian package that ships the dataset. Each file
 * may be gzip-compressed ({@code .gz}) or not.
 */
final class DatasetFiles {
    private DatasetFiles() {
    }

    /**
     * The path of {@code file} (e.g. "train-images-idx3-ubyte") of the dataset {@code name}
     * ("fashion-mnist"), or an error that says what to install or set.
     */
    static Path find(String name, String torchvisionName, String debianPackage, String debianDir, String file) {
        List<Path> dirs = new ArrayList<>();
        String root = System.getProperty("baeum.data", System.getenv("BAEUM_DATA"));
        if (root != null && !root.isBlank()) {
            Path r = Path.of(root);
            dirs.add(r.resolve(name));
            dirs.add(r.resolve(torchvisionName).resolve("raw"));
            dirs.add(r);
        }
        if (debianDir != null) dirs.add(Path.of(debianDir));
        for (Path d : dirs) {
            for (String f : new String[] {file, file + ".gz"}) {
                Path p = d.resolve(f);
                if (Files.isReadable(p)) return p;
            }
        }
        String install = debianPackage == null ? ""
                : "install the Debian package " + debianPackage + " (sudo apt-get install " + debianPackage + "), or ";
        throw new TensorError("datasets." + camel(name) + ": cannot find " + file + "[.gz]; " + install
                + "put the four IDX files of " + name + " in a directory and set BAEUM_DATA to it (or to its parent,"
                + " with a sub-directory " + name + "/). Searched: " + dirs);
    }

    private static String camel(String name) {
        return name.equals("fashion-mnist") ? "fashionMnist" : name;
    }
}
