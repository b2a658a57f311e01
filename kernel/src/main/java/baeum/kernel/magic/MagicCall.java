package baeum.kernel.magic;

import baeum.kernel.eval.JavaSession;
import baeum.kernel.eval.Outcome;

/**
 * A magic's invocation: its name, its arguments, the cell body for a cell magic ({@code null} for a
 * line magic), and what a magic may use: the session and the kernel's way to run code.
 */
public record MagicCall(String name, String args, String body, Env env) {

    /** What the kernel lends to magics. */
    public interface Env {
        /** Runs code as a cell would (magics included), labelled like the cell. */
        Outcome run(String code);

        JavaSession session();

        Magics magics();
    }

    public boolean isCell() {
        return body != null;
    }

    /** The code a magic works on: the cell body, or the rest of the line. */
    public String code() {
        return isCell() ? body : args;
    }
}
