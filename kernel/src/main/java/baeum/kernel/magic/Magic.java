package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;

/**
 * One magic command: {@code %name args} on a line of its own, or {@code %%name args} on a cell's
 * first line with the rest of the cell as {@code body}. Registered by name in {@link Magics}.
 */
@FunctionalInterface
public interface Magic {
    Outcome run(MagicCall call) throws Exception;
}
