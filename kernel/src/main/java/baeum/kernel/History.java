package baeum.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The session's inputs (and text outputs), answering history_request's tail, range and search. */
final class History {
    private record Entry(int line, String input, String output) {}

    static final int SESSION = 1;
    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String input, String output) {
        entries.add(new Entry(line, input, output));
    }

    synchronized ArrayNode query(JsonNode request) {
        boolean withOutput = request.path("output").asBoolean(false);
        String access = request.path("hist_access_type").asText("tail");
        List<Entry> picked = new ArrayList<>();
        switch (access) {
            case "range" -> {
                int start = request.path("start").asInt(0), stop = request.path("stop").asInt(Integer.MAX_VALUE);
                for (Entry e : entries) if (e.line >= start && e.line < stop) picked.add(e);
            }
            case "search" -> {
                String glob = request.path("pattern").asText("*");
                Pattern p = Pattern.compile(glob.replace("\\", "\\\\").replace(".", "\\.").replace("*", ".*")
                        .replace("?", "."), Pattern.DOTALL);
                boolean unique = request.path("unique").asBoolean(false);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    Entry e = entries.get(i);
                    if (p.matcher(e.input).matches() && (!unique || seen.add(e.input))) picked.addFirst(e);
                }
                int n = request.path("n").asInt(0);
                if (n > 0 && picked.size() > n) picked = picked.subList(picked.size() - n, picked.size());
            }
            default -> {
                int n = request.path("n").asInt(10);
                picked = entries.subList(Math.max(0, entries.size() - n), entries.size());
            }
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Entry e : picked) {
            ArrayNode row = out.addArray().add(SESSION).add(e.line);
            if (withOutput) row.addArray().add(e.input).add(e.output);
            else row.add(e.input);
        }
        return out;
    }
}
