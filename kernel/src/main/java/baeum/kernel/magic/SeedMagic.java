package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;

/** {@code %seed N}: seeds the engine's random generators, as {@code manualSeed(N)} does. */
final class SeedMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) {
        String n = call.args().strip();
        if (!n.matches("-?\\d+")) return Outcome.Failed.of("MagicError", "%seed needs a whole number, e.g. %seed 42");
        Outcome o = call.env().run("baeum.Baeum.manualSeed(" + n + "L);");
        if (!(o instanceof Outcome.Failed)) System.out.println("Seed set to " + n);
        return o instanceof Outcome.Failed ? o : Outcome.Done.NOTHING;
    }
}
