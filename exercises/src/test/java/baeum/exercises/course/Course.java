package baeum.exercises.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the course lives: the repository's chapter notebooks and assignment directories. */
final class Course {

    static final Path ROOT = findRoot();

    private Course() {
    }

    /** Every chapter notebook of the primary (Korean) edition, {@code notebooks/ko/chNN_*.ipynb}, in chapter order. */
    static List<Path> notebooks() throws IOException {
        return notebooks("ko");
    }

    /** Every chapter notebook of one edition ({@code "ko"} or {@code "en"}), in chapter order. */
    static List<Path> notebooks(String edition) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("notebooks").resolve(edition))) {
            return files.filter(p -> p.getFileName().toString().matches("ch\\d\\d_.*\\.ipynb")).sorted().toList();
        }
    }

    /** Every assignment directory, {@code exercises/assignments/chNN}, in chapter order. */
    static List<Path> assignments() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("exercises/assignments"))) {
            return dirs.filter(d -> Files.exists(d.resolve("assignment.json"))).sorted().toList();
        }
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("notebooks"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run from inside the Baeum repository");
        return p;
    }
}
