package baeum.exercises.grade;

import baeum.exercises.format.NotebookException;
import baeum.exercises.format.Notebooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which file of a submission folder to grade: the notebook of this assignment when there are
 * several files (a student who uploads an old copy too), else the first notebook, else the first
 * file (whose grading then explains what is wrong with it).
 */
public final class SubmissionFiles {

    private SubmissionFiles() {
    }

    /** The file to grade in {@code dir} (searched {@code depth} levels deep), or null when it is empty. */
    public static Path pick(Path dir, int depth, String assignment) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, depth)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<Path> notebooks = files.stream().filter(f -> f.toString().endsWith(".ipynb")).toList();
        for (Path nb : notebooks) {
            try {
                if (Files.size(nb) <= SubmissionGrader.MAX_BYTES && assignment.equals(Notebooks.assignment(Notebooks.read(nb)))) return nb;
            } catch (NotebookException | IOException e) {
                // not this one
            }
        }
        if (!notebooks.isEmpty()) return notebooks.getFirst();
        return files.isEmpty() ? null : files.getFirst();
    }
}
