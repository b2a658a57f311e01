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
 * folder with one notebook ({@code alice/ch04.ipynb} -> {@code alice}).
 */
public final class BatchGrader {

    /** One line per student, for the gradebook and the summary. */
    public record Row(String student, SubmissionResult result, boolean skipped) {
    }

    private final SubmissionGrader grader;
    private final int jobs;
    private final boolean regrade;

    public BatchGrader(SubmissionGrader grader, int jobs, boolean regrade) {
        this.grader = grader;
        this.jobs = Math.max(1, jobs);
        this.regrade = regrade;
    }

    public List<Row> run(Path submissions, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<Path> subs = list(submissions);
        List<Row> rows = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(jobs)) {
            List<Future<Row>> futures = new ArrayList<>();
            for (Path p : subs) futures.add(pool.submit(() -> gradeOne(p, out)));
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

    private Row gradeOne(Path submission, Path out) throws IOException {
        String student = studentName(submission);
        Path dir = out.resolve(student);
        Path file = Files.isDirectory(submission) ? SubmissionFiles.pick(submission, 1, grader.assignmentName()) : submission;
        String hash = file == null ? "none" : sha256(file);
        Path stamp = dir.resolve(".submission.sha256");
        Path results = dir.resolve("results.json");
        if (!regrade && Files.exists(results) && Files.exists(stamp) && Files.readString(stamp).strip().equals(hash)) {
            return new Row(student, Reports.readResults(student, results), true);
        }
        SubmissionResult r;
        try {
            r = grader.grade(student, file);
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError v && !(t instanceof OutOfMemoryError)) throw v;
            r = SubmissionResult.autograderFailed(student, grader.maxScore(), t);
        }
        write(r, dir);
        Files.writeString(stamp, hash + "\n");
        return new Row(student, r, false);
    }

    /** Writes results.json and feedback.txt into {@code dir}. */
    public static void write(SubmissionResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.json"),
                Notebooks.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.toJson()) + "\n");
        Files.writeString(dir.resolve("feedback.txt"), r.feedback());
    }

    static List<Path> list(Path submissions) throws IOException {
        try (Stream<Path> s = Files.list(submissions)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    static String studentName(Path p) {
        String n = p.getFileName().toString();
        if (!Files.isDirectory(p) && n.endsWith(".ipynb")) n = n.substring(0, n.length() - ".ipynb".length());
        return n.replaceAll("[^A-Za-z0-9._@-]", "_");
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
