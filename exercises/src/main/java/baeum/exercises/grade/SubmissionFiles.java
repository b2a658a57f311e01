package baeum.exercises.grade;

import baeum.exercises.format.NotebookException;
import baeum.exercises.format.Notebooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which file of a submission folder to grade. The rule (docs/teachers.md):
 *
 * <ol>
 * <li>the notebooks of this assignment (by their {@code metadata.baeum.assignment}) are the
 * candidates; when there are none, every notebook is;
 * <li>of the candidates, the one with the file name of the released notebook
 * ({@code ch04_activations.ipynb}) is graded;
 * <li>else the newest (last modified; equal times: the first by name);
 * <li>without notebooks, the first file (whose grading then explains what is wrong with it).
 * </ol>
 *
 * The choice is named in the feedback and in the summary when the folder held more than one
 * notebook.
 */
public final class SubmissionFiles {

    /**
     * The chosen file (null: the folder is empty) and, when there was a choice between notebooks,
     * why this one (empty otherwise).
     */
    public record Choice(Path file, String why) {
    }

    private SubmissionFiles() {
    }

    /** The file to grade in {@code dir} (searched {@code depth} levels deep), or null when it is empty. */
    public static Path pick(Path dir, int depth, String assignment) throws IOException {
        return choose(dir, depth, assignment, null).file();
    }

    /** The file to grade and why; {@code released} is the released notebook's file name (may be null). */
    public static Choice choose(Path dir, int depth, String assignment, String released) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, depth)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<Path> notebooks = files.stream().filter(f -> f.toString().endsWith(".ipynb")).toList();
        if (notebooks.isEmpty()) return new Choice(files.isEmpty() ? null : files.getFirst(), "");
        List<Path> ours = notebooks.stream().filter(nb -> isOf(nb, assignment)).toList();
        List<Path> candidates = ours.isEmpty() ? notebooks : ours;
        String of = notebooks.size() == 1 ? "" : " (of " + notebooks.size() + " notebooks in the folder"
                + (ours.isEmpty() || ours.size() == notebooks.size() ? "" : ", " + ours.size() + " of assignment '" + assignment + "'");
        if (notebooks.size() == 1) return new Choice(notebooks.getFirst(), "");
        if (released != null) {
            for (Path c : candidates)
                if (c.getFileName().toString().equals(released)) return new Choice(c, "it has the released notebook's name" + of + ")");
        }
        Path newest = candidates.stream().max(Comparator.comparing(SubmissionFiles::modified)
                .thenComparing(Comparator.<Path>naturalOrder().reversed())).orElseThrow();
        return new Choice(newest, (candidates.size() == 1 ? "it is the only notebook of assignment '" + assignment + "'"
                : "it is the newest") + of + ")");
    }

    private static boolean isOf(Path nb, String assignment) {
        try {
            return Files.size(nb) <= SubmissionGrader.MAX_BYTES && assignment.equals(Notebooks.assignment(Notebooks.read(nb)));
        } catch (NotebookException | IOException e) {
            return false;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
