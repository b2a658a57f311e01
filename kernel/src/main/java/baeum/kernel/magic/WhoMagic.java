package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;
import java.util.List;

/** {@code %who}: the session's variables and their types. */
final class WhoMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) {
        List<String[]> vars = call.env().session().variables().stream().filter(v -> !v[0].startsWith("$")).toList();
        if (vars.isEmpty()) {
            System.out.println("No variables yet.");
            return Outcome.Done.NOTHING;
        }
        int width = vars.stream().mapToInt(v -> v[0].length()).max().orElse(0);
        for (String[] v : vars) System.out.printf("%-" + width + "s  %s%n", v[0], v[1]);
        return Outcome.Done.NOTHING;
    }
}
