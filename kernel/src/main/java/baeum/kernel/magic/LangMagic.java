package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;

/**
 * {@code %lang ko} / {@code %lang en}: the language of the teaching tools' labels and of
 * {@code check()}'s report, as {@code language("ko")} sets it; {@code %lang} alone shows the one
 * in force.
 */
final class LangMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) {
        String l = call.args().strip();
        if (l.isEmpty()) return call.env().run("baeum.Baeum.language()");
        if (!l.equals("ko") && !l.equals("en")) {
            return Outcome.Failed.of("MagicError", "%lang needs ko or en, e.g. %lang ko (한국어) or %lang en (English)");
        }
        Outcome o = call.env().run("baeum.Baeum.language(\"" + l + "\");");
        if (!(o instanceof Outcome.Failed)) System.out.println(l.equals("ko") ? "언어: 한국어" : "Language: English");
        return o instanceof Outcome.Failed ? o : Outcome.Done.NOTHING;
    }
}
