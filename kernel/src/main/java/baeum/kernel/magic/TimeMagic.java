package baeum.kernel.magic;

import baeum.kernel.eval.Outcome;

/** {@code %time CODE} and {@code %%time}: runs the code once and prints the wall time. */
final class TimeMagic implements Magic {
    @Override
    public Outcome run(MagicCall call) {
        long start = System.nanoTime();
        Outcome o = call.env().run(call.code());
        System.out.println("Wall time: " + Timeit.format((System.nanoTime() - start) / 1e9));
        return o;
    }
}
