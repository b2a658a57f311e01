package baeum.kernel;

import baeum.kernel.eval.JavaSession;
import baeum.kernel.eval.Outcome;
import baeum.kernel.magic.MagicCall;
import baeum.kernel.magic.Magics;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a cell: a first line {@code %%name args} hands the whole cell to a cell magic; otherwise
 * lines {@code %name args} run line magics, and the Java between them runs in the session, in order,
 * stopping at the first failure. Code keeps its line numbers within the cell (for errors).
 */
final class Cells {
    private static final Pattern MAGIC = Pattern.compile("^[ \\t]*(%%?)([A-Za-z_][\\w-]*)[ \\t]*(.*)$");

    private final JavaSession session;
    private final Magics magics;

    Cells(JavaSession session, Magics magics) {
        this.session = session;
        this.magics = magics;
    }

    Outcome run(String cell, String label) {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first < lines.length) {
            Matcher m = MAGIC.matcher(lines[first]);
            if (m.matches() && m.group(1).equals("%%")) {
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, lines.length));
                return magic(m.group(2), m.group(3), "\n".repeat(first + 1) + body, label);
            }
        }
        Outcome last = Outcome.Done.NOTHING;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MAGIC.matcher(lines[i]);
            if (m.matches() && m.group(1).equals("%")) {
                if (!code.toString().isBlank()) {
                    last = session.eval(code.toString(), label);
                    if (last instanceof Outcome.Failed) return last;
                }
                code.setLength(0);
                code.append("\n".repeat(i + 1));
                last = magic(m.group(2), m.group(3), null, label);
                if (last instanceof Outcome.Failed) return last;
            } else {
                code.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        if (!code.toString().isBlank()) last = session.eval(code.toString(), label);
        return last;
    }

    private Outcome magic(String name, String args, String body, String label) {
        MagicCall.Env env = new MagicCall.Env() {
            @Override
            public Outcome run(String code) {
                return Cells.this.run(code, label);
            }

            @Override
            public JavaSession session() {
                return session;
            }

            @Override
            public Magics magics() {
                return magics;
            }
        };
        try {
            return magics.run(new MagicCall(name, args, body, env));
        } catch (Exception e) {
            return Outcome.Failed.of("MagicError", "%" + name + ": " + e.getMessage());
        }
    }
}
