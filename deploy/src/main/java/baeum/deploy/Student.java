package baeum.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One student of a class: logs in, starts the server, opens a released notebook from ~/course,
 * types in the answers (the teacher's solution cells, by {@code grade_id}) and runs every code
 * cell through the kernel's websocket, as "Run All" does. Records when the server was up and when
 * the first result came, counting from the login.
 */
public final class Student {

    /** What happened: times in seconds since the login; errors name the cell and what went wrong. */
    public record Run(String user, double serverSeconds, double firstResultSeconds, int cellsRun, List<String> errors) {
    }

    private final String hub;
    private final String user;
    private final String password;

    public Student(String hub, String user, String password) {
        this.hub = hub;
        this.user = user;
        this.password = password;
    }

    /**
     * @param notebook the released notebook's path on the server, e.g. {@code course/ch01_tensors.ipynb}
     * @param teacher the teacher's notebook, whose solution cells the student "types in"
     */
    public Run run(String notebook, Path teacher, Duration cellTimeout) {
        long t0 = System.nanoTime();
        double server = Double.NaN, first = Double.NaN;
        int cells = 0;
        List<String> errors = new ArrayList<>();
        try {
            HubClient c = HubClient.login(hub, user, password);
            c.startServer(Duration.ofMinutes(5));
            server = seconds(t0);
            JsonNode nb = c.get("api/contents/" + notebook).path("content");
            Map<String, String> answers = solutions(HubClient.JSON.readTree(teacher.toFile()));
            try (KernelChannel k = c.connect(c.startKernel("baeum"))) {
                for (JsonNode cell : nb.path("cells")) {
                    if (!cell.path("cell_type").asText().equals("code")) continue;
                    String id = cell.path("metadata").path("nbgrader").path("grade_id").asText("");
                    String code = answers.getOrDefault(id, source(cell));
                    KernelChannel.Result r = k.execute(code, cellTimeout);
                    cells++;
                    if (Double.isNaN(first)) first = seconds(t0);
                    if (!r.ok()) errors.add(user + " cell " + cells + ": " + r.error());
                    else if (code.contains("check") && r.text().contains("✗")) errors.add(user + " cell " + cells + ": check() failed: " + r.text());
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(user + " after " + cells + " cells: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add(user + ": interrupted");
        }
        return new Run(user, server, first, cells, errors);
    }

    /** The teacher's solution cells by grade_id. */
    static Map<String, String> solutions(JsonNode teacher) {
        Map<String, String> m = new HashMap<>();
        for (JsonNode cell : teacher.path("cells")) {
            JsonNode g = cell.path("metadata").path("nbgrader");
            if (g.path("solution").asBoolean(false)) m.put(g.path("grade_id").asText(), source(cell));
        }
        return m;
    }

    static String source(JsonNode cell) {
        return text(cell.path("source"));
    }

    /** A notebook's text: nbformat stores it as one string or as a list of lines. */
    static String text(JsonNode s) {
        if (s.isTextual()) return s.asText();
        StringBuilder sb = new StringBuilder();
        s.forEach(line -> sb.append(line.asText()));
        return sb.toString();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
