package baeum.exercises.grade;

import baeum.exercises.format.Notebooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The folder-level reports: the CSV gradebook and the summary. */
public final class Reports {

    private Reports() {
    }

    /**
     * gradebook.csv: student (the key: the results folder's name), file (the submission's own
     * name), score, max_score, percent, status, then one column per exercise.
     */
    public static void gradebook(List<BatchGrader.Row> rows, Path file) throws IOException {
        Set<String> exercises = new LinkedHashSet<>();
        rows.forEach(r -> r.result().tests().forEach(t -> { if (!t.exercise().isEmpty()) exercises.add(t.exercise()); }));
        StringBuilder sb = new StringBuilder("student,file,score,max_score,percent,status");
        exercises.forEach(e -> sb.append(',').append(csv(e)));
        sb.append('\n');
        for (BatchGrader.Row r : rows) {
            SubmissionResult s = r.result();
            sb.append(csv(r.student())).append(',').append(csv(r.file())).append(',').append(Feedback.fmt(s.score())).append(',').append(Feedback.fmt(s.maxScore()))
                    .append(',').append(String.format("%.1f", s.maxScore() == 0 ? 0 : 100 * s.score() / s.maxScore()))
                    .append(',').append(csv(s.status()));
            for (String e : exercises) {
                double got = s.tests().stream().filter(t -> t.exercise().equals(e)).mapToDouble(TestResult::score).sum();
                sb.append(',').append(Feedback.fmt(got));
            }
            sb.append('\n');
        }
        Files.writeString(file, sb.toString());
    }

    /** summary.txt: counts, score statistics, time, and the submissions that need a look. */
    public static String summary(List<BatchGrader.Row> rows, double wallSeconds, int jobs, Sandbox sandbox) {
        List<Double> scores = new ArrayList<>(rows.stream().map(r -> r.result().score()).sorted().toList());
        double max = rows.isEmpty() ? 0 : rows.getFirst().result().maxScore();
        long skipped = rows.stream().filter(BatchGrader.Row::skipped).count();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("submissions: %d (graded now %d, already graded %d)%n", rows.size(), rows.size() - skipped, skipped));
        if (!scores.isEmpty()) {
            double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            sb.append(String.format("score out of %s: mean %.2f, median %s, min %s, max %s%n", Feedback.fmt(max), mean,
                    Feedback.fmt(scores.get(scores.size() / 2)), Feedback.fmt(scores.getFirst()), Feedback.fmt(scores.getLast())));
        }
        for (String status : List.of("unreadable", "autograder failed")) {
            List<String> who = rows.stream().filter(r -> r.result().status().equals(status)).map(BatchGrader.Row::student).toList();
            if (!who.isEmpty()) sb.append(status).append(": ").append(String.join(", ", who)).append('\n');
        }
        List<String> chosen = rows.stream().filter(r -> !r.choice().isEmpty())
                .map(r -> r.student() + " -> " + r.graded() + " (" + r.choice() + ")").toList();
        if (!chosen.isEmpty()) sb.append("graded one of several notebooks:\n  ").append(String.join("\n  ", chosen)).append('\n');
        sb.append(String.format("time: %.1f s wall with %d parallel worker(s); sandbox: %s%n", wallSeconds, jobs,
                sandbox.name().toLowerCase(java.util.Locale.ROOT)));
        double graderCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        long graderPeakKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:")) graderPeakKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        sb.append(String.format("cpu: grader %.1f s, workers %.1f s (workers that ended by themselves not counted)%n",
                graderCpu, WorkerProcess.cpuNanos() / 1e9));
        sb.append(String.format("peak memory: grader %d MB, largest worker %d MB%n", graderPeakKb / 1024,
                WorkerProcess.peakRssKb() / 1024));
        return sb.toString();
    }

    /** Reads back a results.json written earlier (for a resumed run's gradebook). */
    static SubmissionResult readResults(String student, Path file) throws IOException {
        JsonNode j = Notebooks.JSON.readTree(file.toFile());
        List<TestResult> tests = new ArrayList<>();
        for (JsonNode t : j.path("tests")) {
            String name = t.path("name").asText();
            String bare = name.startsWith("[hidden] ") ? name.substring(9) : name;
            int colon = bare.indexOf(": ");
            tests.add(new TestResult(name, t.path("score").asDouble(), t.path("max_score").asDouble(), t.path("status").asText(),
                    t.path("visibility").asText(), t.path("output").asText(), colon < 0 ? "" : bare.substring(0, colon)));
        }
        double max = tests.stream().mapToDouble(TestResult::maxScore).sum();
        String status = tests.size() == 1 && tests.getFirst().name().equals("autograder failed") ? "autograder failed"
                : j.path("output").asText().startsWith("Not graded") ? "unreadable" : "graded";
        return new SubmissionResult(student, status, j.path("score").asDouble(), max, j.path("execution_time").asDouble(),
                j.path("output").asText(), tests, "");
    }

    private static String csv(String s) {
        // a leading = + - @ would make a spreadsheet run the name as a formula
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        return s.matches("[\\p{L}\\p{M}\\p{N}._@ '-]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
