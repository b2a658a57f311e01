package baeum.exercises.cli;

import baeum.exercises.format.Assign;
import baeum.exercises.format.NotebookException;
import baeum.exercises.format.Notebooks;
import baeum.exercises.grade.BatchGrader;
import baeum.exercises.grade.GradeMerge;
import baeum.exercises.grade.GradingSetup;
import baeum.exercises.grade.Reports;
import baeum.exercises.grade.Sandbox;
import baeum.exercises.grade.Slice;
import baeum.exercises.grade.SubmissionResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher's commands ({@code bin/baeum assign|grade|autograder}) and the Gradescope entry
 * point used by {@code run_autograder}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        // a tool, not a kernel: no background warm-up of the engine's kernels in this JVM
        baeum.exercises.grade.GradingSetup.noKernelWarmup();
        if (argv.length == 0) {
            usage();
            System.exit(2);
        }
        try {
            switch (argv[0]) {
                case "assign" -> assign(new Args(argv, 1, Set.of()));
                case "grade" -> {
                    Args g = new Args(argv, 1, Set.of("regrade", "no-aot", "published", "merge"));
                    if (g.flag("merge")) {
                        String out = g.get("out", null);
                        if (out == null) throw new IllegalArgumentException("--merge: give --out graded/NAME, the folder to merge the slices into");
                        System.out.print(GradeMerge.merge(g.positional.stream().map(Path::of).toList(), Path.of(out)));
                    } else grade(g);
                }
                case "autograder" -> AutograderZip.main(new Args(argv, 1, Set.of()));
                case "gradescope" -> System.exit(Gradescope.run(new Args(argv, 1, Set.of())));
                default -> {
                    usage();
                    System.exit(2);
                }
            }
        } catch (IOException | NotebookException | IllegalArgumentException e) {
            System.err.println("baeum " + argv[0] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("""
                usage:
                  baeum assign NOTEBOOK [--out release/] [--assignment DIR]
                  baeum grade --assignment NAME|DIR SUBMISSIONS [--out graded/NAME] [--jobs N] [--regrade]
                              [--published] [--sandbox auto|bwrap|setpriv|none] [--memory MB] [--no-aot]
                              [--slice INDEX/COUNT]
                  baeum grade --merge SLICE_DIR... --out graded/NAME
                  baeum autograder NAME|DIR [--out autograder-NAME.zip]""");
    }

    /** An assignment given by name (exercises/assignments/NAME under BAEUM_HOME) or by directory. */
    static Path assignmentDir(String nameOrDir) throws IOException {
        Path p = Path.of(nameOrDir);
        if (Files.isDirectory(p)) return p;
        Path home = Path.of(System.getProperty("baeum.home", "."));
        Path named = home.resolve("exercises/assignments").resolve(nameOrDir);
        if (Files.isDirectory(named)) return named;
        throw new IOException("no assignment '" + nameOrDir + "': give a directory with assignment.json, or a name under "
                + home.resolve("exercises/assignments"));
    }

    private static void assign(Args a) throws IOException, NotebookException {
        if (a.positional.size() != 1) throw new IllegalArgumentException("give one teacher notebook");
        Path nb = Path.of(a.positional.getFirst());
        ObjectNode teacher = Notebooks.read(nb);
        Assign.validate(teacher);
        String name = Notebooks.assignment(teacher);
        Map<String, Double> points = Map.of();
        String dir = a.get("assignment", null);
        Path adir = dir != null ? assignmentDir(dir) : Path.of(System.getProperty("baeum.home", ".")).resolve("exercises/assignments").resolve(name);
        if (Files.isDirectory(adir)) {
            try (GradingSetup setup = GradingSetup.open(adir, Sandbox.NONE, 0)) {
                points = setup.points();
            }
        } else {
            System.err.println("baeum assign: no assignment directory " + adir + "; the test cells keep the notebook's points");
        }
        Path out = Path.of(a.get("out", "release")).resolve(nb.getFileName());
        Notebooks.write(Assign.studentVersion(teacher, points), out);
        System.out.println("wrote " + out + (points.isEmpty() ? "" : " (points " + points + ")"));
    }

    private static void grade(Args a) throws IOException, InterruptedException {
        String name = a.get("assignment", null);
        if (name == null || a.positional.size() != 1)
            throw new IllegalArgumentException("usage: baeum grade --assignment NAME|DIR SUBMISSIONS");
        Path submissions = Path.of(a.positional.getFirst());
        if (!Files.isDirectory(submissions)) throw new IOException(submissions + " is not a directory of submissions");
        String sandbox = a.get("sandbox", "auto");
        int jobs = Integer.parseInt(a.get("jobs", String.valueOf(Runtime.getRuntime().availableProcessors())));
        long t0 = System.nanoTime();
        try (GradingSetup setup = GradingSetup.open(assignmentDir(name), Sandbox.parse(sandbox),
                Integer.parseInt(a.get("memory", "0")), !a.flag("no-aot"))) {
            Path out = Path.of(a.get("out", "graded/" + setup.assignment().name()));
            if (setup.config().sandbox() != Sandbox.BWRAP)
                System.err.println("baeum grade: sandbox '" + setup.config().sandbox().name().toLowerCase()
                        + "': the workers can read world-readable files (install bubblewrap for a private filesystem)");
            // feedback.txt shows the hidden tests' results only once the teacher publishes them
            var grader = setup.grader();
            grader.published(a.flag("published"));
            String sliced = a.get("slice", null);
            Slice slice = sliced == null ? Slice.ALL : Slice.parse(sliced);
            // one listing: the manifest names exactly the files this run graded
            List<Path> listing = BatchGrader.list(submissions);
            List<BatchGrader.Row> rows = new BatchGrader(grader, jobs, a.flag("regrade")).slice(slice).run(submissions, listing, out);
            // any --slice, 0/1 too (a Job of one completion), writes the slice.json that --merge needs
            if (sliced != null) GradeMerge.writeManifest(out, setup.assignment().name(), slice, submissions, listing, rows);
            String summary = Reports.summary(rows, (System.nanoTime() - t0) / 1e9, jobs, setup.config().sandbox());
            Files.writeString(out.resolve("summary.txt"), summary);
            System.out.print(summary);
            System.out.println("results in " + out + " (gradebook.csv, summary.txt, <student>/results.json and feedback.txt)");
        }
    }

    /** Writes a results.json for a run that could not even start grading. */
    static void writeFailure(Path results, Throwable e) throws IOException {
        Files.createDirectories(results.toAbsolutePath().getParent());
        SubmissionResult r = SubmissionResult.autograderFailed("submission", 0, e);
        Files.writeString(results, Notebooks.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.toJson()) + "\n");
    }
}
