package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;

/** {@code %lsmagic}: lists the magics with a line of help each. */
final class LsmagicMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) {
        System.out.print(call.env().magics().help());
        return Outcome.Done.NOTHING;
    }
}
