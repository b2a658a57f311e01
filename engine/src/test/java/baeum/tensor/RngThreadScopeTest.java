package baeum.tensor;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Rng.threadScope: a thread's own generator, so that two graders' seeded draws cannot interleave. */
class RngThreadScopeTest {
    private static double[] seeded(long seed) {
        manualSeed(seed);
        return randn(50).toDoubleArray();
    }

    @Test
    void twoThreadsWithScopesDrawTheirSeedsSequencesSideBySide() throws Exception {
        double[] want1 = seeded(1), want2 = seeded(2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable draw = () -> {
            try (var own = Rng.threadScope()) {
                for (int i = 0; i < 2000; i++) {
                    long s = 1 + i % 2;
                    assertArrayEquals(s == 1 ? want1 : want2, seeded(s), "round " + i);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread a = new Thread(draw), b = new Thread(draw);
        a.start();
        b.start();
        a.join();
        b.join();
        if (failure.get() != null) throw new AssertionError("a thread drew another's numbers", failure.get());
    }

    @Test
    void withoutAScopeTheGeneratorIsSharedAndAScopeLeavesItAlone() throws Exception {
        manualSeed(5);
        double first = randn(1).item();
        manualSeed(5);
        try (var own = Rng.threadScope()) {
            assertEquals(Rng.DEFAULT_SEED, Rng.initialSeed());
            manualSeed(9);
            randn(10);
        }
        assertEquals(5, Rng.initialSeed());
        assertEquals(first, randn(1).item(), "the shared generator went on where it was");
        double[] seen = new double[1];
        manualSeed(5);
        Thread t = new Thread(() -> seen[0] = randn(1).item());   // a notebook's next cell: shared
        t.start();
        t.join();
        assertEquals(first, seen[0]);
    }
}
