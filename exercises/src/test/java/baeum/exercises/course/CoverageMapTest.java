package baeum.exercises.course;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage map {@code notebooks/COVERAGE.md} says where the course teaches each line of the
 * lecture notes ({@code ../shared/seeds/000_…} to {@code 004_…}, beside the repository): a row
 * {@code | seed | lines | topic | chapter | cell | exercise |}. This test checks that every row's
 * cell exists in both editions of its chapter, that its exercise exists in that chapter, and that
 * every non-blank line of the notes is covered by some row ("no topic" rows cover lines with
 * nothing to teach).
 */
class CoverageMapTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern SEED_FILE = Pattern.compile("(00[0-4])_.*\\.txt");
    static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?");

    /** One row of a table in COVERAGE.md; {@code line} is its line number in COVERAGE.md. */
    record Row(int line, String seed, String lines, String topic, String chapter, String cell, String exercise) {
        boolean noTopic() {
            return topic.toLowerCase().startsWith("no topic");
        }
    }

    static Path map;
    static List<Row> rows;

    @BeforeAll
    static void parse() throws IOException {
        map = Course.ROOT.resolve("notebooks/COVERAGE.md");
        assertTrue(Files.exists(map), "notebooks/COVERAGE.md is missing");
        rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(map, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.startsWith("|")) continue;
            List<String> cols = new ArrayList<>();
            for (String c : l.substring(1, l.endsWith("|") ? l.length() - 1 : l.length()).split("\\|", -1)) cols.add(c.strip());
            if (cols.getFirst().equalsIgnoreCase("seed") || cols.stream().allMatch(c -> c.matches(":?-+:?"))) continue;
            if (cols.size() != 6) fail("COVERAGE.md line " + (i + 1) + " has " + cols.size()
                    + " columns, not 6 (seed | lines | topic | chapter | cell | exercise): " + l);
            rows.add(new Row(i + 1, unquote(cols.get(0)), unquote(cols.get(1)), cols.get(2), unquote(cols.get(3)),
                    unquote(cols.get(4)), unquote(cols.get(5))));
        }
    }

    @Test
    void everyRowNamesCellsAndExercisesThatExist() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, JsonNode>> notebooks = new HashMap<>();
        for (Row r : rows) {
            String at = "COVERAGE.md line " + r.line() + " (" + r.seed() + ": " + r.lines() + ", " + r.topic() + "): ";
            if (!r.seed().matches("00[0-4]")) problems.add(at + "seed '" + r.seed() + "' is not one of 000-004");
            if (ranges(r.lines()) == null) problems.add(at + "lines '" + r.lines() + "' is not a range like 12-15 (or 12, or 3-4, 9)");
            if (r.noTopic()) {
                if (!none(r.chapter()) || !none(r.cell()) || !none(r.exercise()))
                    problems.add(at + "a 'no topic' row has — as chapter, cell and exercise");
                continue;
            }
            if (!r.chapter().matches("\\d\\d")) {
                problems.add(at + "chapter '" + r.chapter() + "' is not a two-digit chapter number (00-15)");
                continue;
            }
            if (!Course.selected("ch" + r.chapter())) continue;
            Map<String, JsonNode> editions = notebooks.computeIfAbsent(r.chapter(), nn -> {
                Map<String, JsonNode> m = new HashMap<>();
                for (String e : Course.EDITIONS) {
                    try {
                        Path p = Course.chapter(e, nn);
                        if (p != null) m.put(e, JSON.readTree(p.toFile()));
                    } catch (IOException x) {
                        throw new RuntimeException(x);
                    }
                }
                return m;
            });
            for (String e : Course.EDITIONS) {
                JsonNode nb = editions.get(e);
                if (nb == null) {
                    problems.add(at + "chapter " + r.chapter() + " has no notebook in notebooks/" + e + "/");
                    continue;
                }
                if (none(r.cell())) problems.add(at + "no cell id: a topic row names the cell that teaches it");
                else if (!cellIds(nb).contains(r.cell()))
                    problems.add(at + "cell '" + r.cell() + "' is not in notebooks/" + e + "/ chapter " + r.chapter());
                if (!none(r.exercise()))
                    for (String ex : r.exercise().split("\\s*,\\s*"))
                        if (!exerciseIds(nb).contains(ex))
                            problems.add(at + "exercise '" + ex + "' is not an exercise of notebooks/" + e + "/ chapter " + r.chapter());
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s) in notebooks/COVERAGE.md:\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyNonBlankLineOfTheNotesIsCovered() throws IOException {
        Path seeds = seeds();
        Map<String, List<String>> notes = new TreeMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = SEED_FILE.matcher(f.getFileName().toString());
                if (m.matches()) notes.put(m.group(1), Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        for (String s : List.of("000", "001", "002", "003", "004"))
            assertTrue(notes.containsKey(s), "no seed file " + s + "_*.txt in " + seeds);
        Map<String, BitSet> covered = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Row r : rows) {
            List<int[]> rs = ranges(r.lines());
            if (rs == null || !notes.containsKey(r.seed())) continue; // reported by the other test
            for (int[] range : rs) {
                if (range[0] < 1 || range[1] < range[0] || range[1] > notes.get(r.seed()).size())
                    problems.add("COVERAGE.md line " + r.line() + ": " + r.seed() + ": " + r.lines() + " is outside the file's "
                            + notes.get(r.seed()).size() + " lines");
                else covered.computeIfAbsent(r.seed(), k -> new BitSet()).set(range[0], range[1] + 1);
            }
        }
        List<String> uncovered = new ArrayList<>();
        int count = 0;
        for (var e : notes.entrySet()) {
            BitSet done = covered.getOrDefault(e.getKey(), new BitSet());
            List<String> lines = e.getValue();
            List<String> ranges = new ArrayList<>();
            int start = -1, last = -1;
            for (int n = 1; n <= lines.size(); n++) {
                boolean missing = !lines.get(n - 1).isBlank() && !done.get(n);
                if (!missing) continue;
                count++;
                if (start > 0 && onlyBlankBetween(lines, last, n)) last = n;
                else {
                    if (start > 0) ranges.add(start == last ? "" + start : start + "-" + last);
                    start = last = n;
                }
            }
            if (start > 0) ranges.add(start == last ? "" + start : start + "-" + last);
            if (!ranges.isEmpty()) uncovered.add(e.getKey() + ": " + String.join(", ", ranges));
        }
        if (!uncovered.isEmpty())
            problems.add(count + " non-blank line(s) of the notes are covered by no row of COVERAGE.md (add a row that"
                    + " teaches them, or a 'no topic' row):\n    " + String.join("\n    ", uncovered));
        assertTrue(problems.isEmpty(), String.join("\n  ", problems));
    }

    /**
     * The lecture notes: {@code ../shared/seeds} beside the repository (for a git worktree, beside
     * its main checkout too), or where {@code -Dbaeum.seeds=DIR} says.
     */
    static Path seeds() throws IOException {
        List<Path> tried = new ArrayList<>();
        String given = System.getProperty("baeum.seeds", "");
        if (!given.isBlank()) tried.add(Path.of(given).toAbsolutePath());
        tried.add(Course.ROOT.resolve("../shared/seeds").normalize());
        Path git = Course.ROOT.resolve(".git");
        if (Files.isRegularFile(git)) { // a worktree: ".git" says "gitdir: <main>/.git/worktrees/<name>"
            String line = Files.readString(git).strip();
            if (line.startsWith("gitdir:")) {
                Path main = Path.of(line.substring(7).strip()).getParent().getParent().getParent();
                tried.add(main.resolve("../shared/seeds").normalize());
            }
        }
        for (Path p : tried) if (Files.isDirectory(p)) return p;
        fail("the lecture notes are not at " + tried + " (../shared/seeds beside the repository); CoverageMapTest needs"
                + " them: put a copy of shared/ beside the clone, or give -Dbaeum.seeds=DIR");
        return null;
    }

    private static boolean onlyBlankBetween(List<String> lines, int a, int b) {
        for (int n = a + 1; n < b; n++) if (!lines.get(n - 1).isBlank()) return false;
        return true;
    }

    /** "12-15", "12", "3-4, 9" as inclusive ranges; null when malformed. */
    static List<int[]> ranges(String s) {
        List<int[]> out = new ArrayList<>();
        for (String part : s.split("\\s*,\\s*")) {
            Matcher m = RANGE.matcher(part.strip());
            if (!m.matches()) return null;
            int a = Integer.parseInt(m.group(1));
            out.add(new int[] {a, m.group(2) == null ? a : Integer.parseInt(m.group(2))});
        }
        return out;
    }

    static boolean none(String s) {
        return s.isEmpty() || s.equals("—") || s.equals("-") || s.equals("–");
    }

    private static String unquote(String s) {
        return s.replaceAll("^`|`$", "").strip();
    }

    private static Set<String> cellIds(JsonNode nb) {
        Set<String> ids = new HashSet<>();
        nb.path("cells").forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    /** The exercise ids of a notebook: the {@code metadata.baeum.exercise} of its check cells. */
    private static Set<String> exerciseIds(JsonNode nb) {
        Set<String> ids = new HashSet<>();
        nb.path("cells").forEach(c -> {
            String ex = c.path("metadata").path("baeum").path("exercise").asText("");
            if (!ex.isEmpty()) ids.add(ex);
        });
        return ids;
    }
}
