package baeum.exercises.grade;

import baeum.exercises.format.Notebooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Grades a folder of submissions in parallel (one worker JVM per job), writing for each
 * {@code <out>/<student>/results.json} and {@code feedback.txt}, then {@code gradebook.csv} and
 * {@code summary.txt} for the folder. Resumable: a submission whose results exist for the same
 * bytes is skipped unless {@code regrade}.
 *
 * <p>A submission is a file in the folder ({@code alice.ipynb} -> student {@code alice}) or a
 * folder with its notebook ({@code alice/ch04.ipynb} -> {@code alice}; with several notebooks,
 * {@link SubmissionFiles} says which is graded). The student's key (the name of their results
 * folder) comes from {@link StudentKeys}: readable, and distinct even where names differ only in
 * case or in characters a folder name cannot keep.
 */
public final class BatchGrader {

    /**
     * One line per student, for the gradebook and the summary.
     *
     * @param student the key: the name of the student's results folder
     * @param file the submission's own name in the folder (a file or a folder)
     * @param graded the file that was graded, relative to the submissions folder ("" when none)
     * @param choice why that file, when the submission held several notebooks ("" otherwise)
     */
    public record Row(String student, String file, String graded, String choice, SubmissionResult result, boolean skipped) {
    }

    private final SubmissionGrader grader;
    private final int jobs;
    private final boolean regrade;
    private Slice slice = Slice.ALL;

    public BatchGrader(SubmissionGrader grader, int jobs, boolean regrade) {
        this.grader = grader;
        this.jobs = Math.max(1, jobs);
        this.regrade = regrade;
    }

    /** Grades only this slice of the folder (keys still come from the whole folder). */
    public BatchGrader slice(Slice s) {
        this.slice = s;
        return this;
    }

    public List<Row> run(Path submissions, Path out) throws IOException, InterruptedException {
        return run(submissions, list(submissions), out);
    }

    /**
     * Grades {@code subs}, the folder's listing as {@link #list} gave it: a sliced run passes the
     * same listing to {@link GradeMerge#writeManifest}, so the manifest names what was graded.
     */
    public List<Row> run(Path submissions, List<Path> subs, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> keys = StudentKeys.of(subs.stream().map(BatchGrader::baseName).toList());
        List<Row> rows = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(jobs)) {
            List<Future<Row>> futures = new ArrayList<>();
            for (int i = 0; i < subs.size(); i++) {
                if (!slice.contains(i)) continue;
                Path p = subs.get(i);
                String key = keys.get(i);
                futures.add(pool.submit(() -> gradeOne(p, key, submissions, out)));
            }
            for (Future<Row> f : futures) {
                try {
                    rows.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("grading failed: " + e.getCause(), e.getCause());
                }
            }
        }
        Reports.gradebook(rows, out.resolve("gradebook.csv"));
        return rows;
    }

    private Row gradeOne(Path submission, String student, Path submissions, Path out) throws IOException {
        Path dir = out.resolve(student);
        String name = submission.getFileName().toString();
        SubmissionFiles.Choice choice = Files.isDirectory(submission)
                ? SubmissionFiles.choose(submission, 1, grader.assignmentName(), grader.releasedFileName())
                : new SubmissionFiles.Choice(submission, "");
        Path file = choice.file();
        String graded = file == null ? "" : submissions.relativize(file).toString();
        // the stamp names the bytes, the submission and the graded file: results are reused only
        // for the very same submission (never another student's that now has this key)
        String stampText = (file == null ? "none" : sha256(file)) + "\n" + name + "\n" + graded + "\n"
                + (grader.published() ? "published" : "unpublished") + "\n";
        Path stamp = dir.resolve(".submission.sha256");
        Path results = dir.resolve("results.json");
        if (!regrade && Files.exists(results) && Files.exists(stamp) && Files.readString(stamp).equals(stampText)) {
            return new Row(student, name, graded, choice.why(), Reports.readResults(student, results), true);
        }
        SubmissionResult r;
        try {
            r = grader.grade(student, file, graded, choice.why());
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError v && !(t instanceof OutOfMemoryError)) throw v;
            r = SubmissionResult.autograderFailed(student, grader.maxScore(), t);
        }
        Files.deleteIfExists(stamp);
        write(r, dir);
        Files.writeString(stamp, stampText);
        return new Row(student, name, graded, choice.why(), r, false);
    }

    /** Writes results.json and feedback.txt into {@code dir}. */
    public static void write(SubmissionResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.json"),
                Notebooks.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.toJson()) + "\n");
        Files.writeString(dir.resolve("feedback.txt"), r.feedback());
    }

    /** The folder's submissions, sorted (hidden files left out): all slices together. */
    public static List<Path> list(Path submissions) throws IOException {
        try (Stream<Path> s = Files.list(submissions)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** The submission's name without {@code .ipynb}: the base of its student key. */
    static String baseName(Path p) {
        String n = p.getFileName().toString();
        if (!Files.isDirectory(p) && n.endsWith(".ipynb")) n = n.substring(0, n.length() - ".ipynb".length());
        return n;
    }

    static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
