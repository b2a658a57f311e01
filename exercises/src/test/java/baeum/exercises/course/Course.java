package baeum.exercises.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the course lives: the repository's chapter notebooks (two editions, {@code notebooks/ko}
 * and {@code notebooks/en}) and assignment directories.
 *
 * <p>The system property {@code baeum.chapters} (for example {@code -Dbaeum.chapters=ch00,ch04})
 * limits the course tests to some chapters, so one chapter's author can run them for that chapter
 * only on a shared machine; without it every chapter is tested.
 */
final class Course {

    static final Path ROOT = findRoot();
    static final List<String> EDITIONS = List.of("ko", "en");

    private Course() {
    }

    /** Every chapter notebook of the primary (Korean) edition, {@code notebooks/ko/chNN_*.ipynb}, in chapter order. */
    static List<Path> notebooks() throws IOException {
        return notebooks("ko");
    }

    /** Every chapter notebook of one edition ({@code "ko"} or {@code "en"}), in chapter order. */
    static List<Path> notebooks(String edition) throws IOException {
        Path dir = ROOT.resolve("notebooks").resolve(edition);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("ch\\d\\d_.*\\.ipynb"))
                    .filter(p -> selected(p.getFileName().toString())).sorted().toList();
        }
    }

    /** The file names of every chapter notebook in either edition, in chapter order. */
    static Set<String> chapterFileNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String e : EDITIONS) notebooks(e).forEach(p -> names.add(p.getFileName().toString()));
        return names;
    }

    /** The notebook of chapter {@code nn} ("00".."15") in an edition, or null when there is none. */
    static Path chapter(String edition, String nn) throws IOException {
        Path dir = ROOT.resolve("notebooks").resolve(edition);
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("ch" + nn + "_.*\\.ipynb")).findFirst().orElse(null);
        }
    }

    /** Every assignment directory, {@code exercises/assignments/chNN}, in chapter order. */
    static List<Path> assignments() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("exercises/assignments"))) {
            return dirs.filter(d -> Files.exists(d.resolve("assignment.json")))
                    .filter(d -> selected(d.getFileName().toString())).sorted().toList();
        }
    }

    /** Whether a chapter file or directory name ({@code chNN...}) is among the chapters tested. */
    static boolean selected(String name) {
        String only = System.getProperty("baeum.chapters", "").strip();
        if (only.isEmpty()) return true;
        Set<String> chapters = Arrays.stream(only.split("[,\\s]+")).map(String::strip).collect(Collectors.toSet());
        return name.length() >= 4 && chapters.contains(name.substring(0, 4));
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("notebooks"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run from inside the Baeum repository");
        return p;
    }
}
