package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;

/**
 * {@code %timeit CODE} and {@code %%timeit}: times the code inside one snippet (so that an interrupt
 * stops it and no JShell overhead is measured) through {@link Timeit#measure}.
 */
final class TimeitMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) {
        String code = call.code().strip();
        if (code.isEmpty()) return Outcome.Failed.of("MagicError", "%timeit needs code to time, e.g. %timeit x.matmul(y)");
        String helper = Timeit.class.getName() + ".measure";
        if (!call.isCell()) {
            String stripped = code.endsWith(";") ? code.substring(0, code.length() - 1) : code;
            Outcome asValue = call.env().run(helper + "(() -> (Object) (" + stripped + "));");
            if (!(asValue instanceof Outcome.Failed f) || !f.isCompileError()) return Outcome.Done.NOTHING;
        }
        Outcome asStatements = call.env().run(helper + "(() -> { " + code + (code.endsWith(";") || code.endsWith("}") ? "" : ";")
                + "\n return null; });");
        return asStatements instanceof Outcome.Failed ? asStatements : Outcome.Done.NOTHING;
    }
}
