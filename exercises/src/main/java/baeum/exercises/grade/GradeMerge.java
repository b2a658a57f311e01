package baeum.exercises.grade;

import baeum.exercises.format.Notebooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Grading in slices: each slice ({@code baeum grade --slice i/n}, one pod of a Kubernetes Indexed
 * Job) writes its students' results and a {@code slice.json}; {@code baeum grade --merge} checks
 * that every slice is there exactly once and collects them into one folder, as an unsliced run
 * writes it: {@code <student>/results.json} (Gradescope's format) and {@code feedback.txt}, one
 * {@code gradebook.csv} and a {@code summary.txt}.
 */
public final class GradeMerge {

    static final String MANIFEST = "slice.json";

    private GradeMerge() {
    }

    /**
     * Writes {@code slice.json} beside a slice's results: which slice, of what, the folder it saw
     * ({@code listing}, as graded, and its {@link #folderHash}) and its rows.
     */
    public static void writeManifest(Path out, String assignment, Slice slice, Path submissions, List<Path> listing,
            List<BatchGrader.Row> rows) throws IOException {
        ObjectNode m = Notebooks.JSON.createObjectNode();
        m.put("assignment", assignment).put("slice", slice.index()).put("of", slice.count()).put("submissions", listing.size())
                .put("folder", folderHash(submissions, listing));
        ArrayNode a = m.putArray("rows");
        for (BatchGrader.Row r : rows)
            a.addObject().put("student", r.student()).put("file", r.file()).put("graded", r.graded()).put("choice", r.choice());
        Files.writeString(out.resolve(MANIFEST), Notebooks.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n");
    }

    /**
     * SHA-256 over the sorted listing: each submission's name and, for a file, the SHA-256 of its
     * bytes; for a folder, the path and SHA-256 of every file in it. Slices of one folder agree;
     * a file replaced, added or removed between two pods' runs changes it.
     */
    static String folderHash(Path submissions, List<Path> listing) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path p : listing) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList())
                        sb.append(submissions.relativize(f)).append('\t').append(BatchGrader.sha256(f)).append('\n');
                }
            } else {
                sb.append(submissions.relativize(p)).append('\t').append(Files.isRegularFile(p) ? BatchGrader.sha256(p) : "-").append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges the slice folders into {@code out}; returns the summary it wrote. */
    public static String merge(List<Path> slices, Path out) throws IOException {
        if (slices.isEmpty()) throw new IllegalArgumentException("--merge: name the slice folders (graded/ch04/slice-*)");
        TreeMap<Integer, Path> byIndex = new TreeMap<>();
        String assignment = null, folder = null;
        int count = -1, submissions = -1;
        TreeMap<Integer, BatchGrader.Row> byPosition = new TreeMap<>();
        Set<String> students = new HashSet<>();
        for (Path dir : slices) {
            if (dir.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()))
                throw new IllegalArgumentException("--merge: --out " + out + " is one of the slices; merge into another folder");
            Path manifest = dir.resolve(MANIFEST);
            if (!Files.isRegularFile(manifest))
                throw new IOException(dir + " has no " + MANIFEST + ": it is not the --out of a finished `baeum grade --slice i/n`"
                        + " (a pod that failed or is still running?)");
            JsonNode m = Notebooks.JSON.readTree(manifest.toFile());
            String a = m.path("assignment").asText();
            int i = m.path("slice").asInt(), n = m.path("of").asInt(), total = m.path("submissions").asInt();
            String f = m.path("folder").asText();
            if (assignment == null) {
                assignment = a;
                count = n;
                submissions = total;
                folder = f;
            } else if (!a.equals(assignment) || n != count || total != submissions) {
                throw new IllegalArgumentException("--merge: " + dir + " is slice " + i + "/" + n + " of '" + a + "' with " + total
                        + " submissions, but " + byIndex.firstEntry().getValue() + " is of '" + assignment + "' /" + count
                        + " with " + submissions + ": merge the slices of one run");
            } else if (!f.equals(folder)) {
                throw new IllegalArgumentException("--merge: " + dir + " and " + byIndex.firstEntry().getValue()
                        + " graded different folders (a submission was added, removed or replaced between their runs: folder hash "
                        + abbrev(f) + " vs " + abbrev(folder) + "): grade every slice again from the same folder");
            }
            Path before = byIndex.put(i, dir);
            if (before != null) throw new IllegalArgumentException("--merge: slice " + i + "/" + n + " twice: " + before + " and " + dir);
            int k = 0;
            for (JsonNode r : m.path("rows")) {
                String student = r.path("student").asText();
                if (!students.add(student)) throw new IllegalArgumentException("--merge: student " + student + " is in two slices");
                Path results = dir.resolve(student).resolve("results.json");
                if (!Files.isRegularFile(results)) throw new IOException("slice " + i + "/" + n + " lists " + student + " but has no " + results);
                // a slice grades positions i, i + n, i + 2n, ... of the folder, in that order
                byPosition.put(i + n * k++, new BatchGrader.Row(student, r.path("file").asText(), r.path("graded").asText(),
                        r.path("choice").asText(), Reports.readResults(student, results), false));
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) if (!byIndex.containsKey(i)) missing.add(i);
        if (!missing.isEmpty())
            throw new IllegalArgumentException("--merge: slice(s) " + missing + " of " + count + " missing: grade them (baeum grade --slice "
                    + missing.getFirst() + "/" + count + " ...) or name their folders");
        List<BatchGrader.Row> rows = new ArrayList<>(byPosition.values());
        if (rows.size() != submissions)
            throw new IllegalArgumentException("--merge: the slices hold " + rows.size() + " students, but the folder had " + submissions);
        Files.createDirectories(out);
        for (var e : byIndex.entrySet()) {
            JsonNode m = Notebooks.JSON.readTree(e.getValue().resolve(MANIFEST).toFile());
            for (JsonNode r : m.path("rows")) copyTree(e.getValue().resolve(r.path("student").asText()), out.resolve(r.path("student").asText()));
        }
        // the gradebook in the folder's order, as an unsliced run writes it
        Reports.gradebook(rows, out.resolve("gradebook.csv"));
        StringBuilder sb = new StringBuilder(String.format("merged %d slices of '%s': %d submissions%n", count, assignment, rows.size()));
        double[] scores = rows.stream().mapToDouble(r -> r.result().score()).sorted().toArray();
        if (scores.length > 0)
            sb.append(String.format("score out of %s: mean %.2f, median %s, min %s, max %s%n", Feedback.fmt(rows.getFirst().result().maxScore()),
                    java.util.Arrays.stream(scores).average().orElse(0), Feedback.fmt(scores[scores.length / 2]),
                    Feedback.fmt(scores[0]), Feedback.fmt(scores[scores.length - 1])));
        for (String status : List.of("unreadable", "autograder failed")) {
            List<String> who = rows.stream().filter(r -> r.result().status().equals(status)).map(BatchGrader.Row::student).toList();
            if (!who.isEmpty()) sb.append(status).append(": ").append(String.join(", ", who)).append('\n');
        }
        for (var e : byIndex.entrySet()) {
            Path s = e.getValue().resolve("summary.txt");
            if (Files.isRegularFile(s))
                sb.append("\nslice ").append(e.getKey()).append('/').append(count).append(" (").append(e.getValue()).append("):\n")
                        .append(Files.readString(s).indent(2));
        }
        Files.writeString(out.resolve("summary.txt"), sb.toString());
        return sb.toString();
    }

    private static String abbrev(String hash) {
        return hash.isEmpty() ? "(none: slice.json of an older baeum)" : hash.substring(0, Math.min(12, hash.length()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
