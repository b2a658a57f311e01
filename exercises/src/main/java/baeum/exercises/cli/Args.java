package baeum.exercises.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value}, flags, and positional arguments. */
final class Args {

    final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Args(String[] argv, int from, Set<String> flags) {
        for (int i = from; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) options.put(name.substring(0, eq), name.substring(eq + 1));
                else if (flags.contains(name)) options.put(name, "true");
                else if (i + 1 < argv.length) options.put(name, argv[++i]);
                else throw new IllegalArgumentException("option --" + name + " needs a value");
            } else {
                positional.add(a);
            }
        }
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
