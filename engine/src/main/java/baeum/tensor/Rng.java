package baeum.tensor;

import java.util.Random;

/**
 * The one random generator behind every random op ({@code rand}, {@code randn}, {@code randint},
 * {@code normal_}, initializers, shuffling), so that {@code manualSeed(42)} makes a whole
 * notebook reproducible. Like PyTorch, it starts from a fixed seed.
 */
public final class Rng {
    /** PyTorch's default initial seed. */
    public static final long DEFAULT_SEED = 67280421310721L;
    private static Random random = new Random(DEFAULT_SEED);
    private static long seed = DEFAULT_SEED;

    private Rng() {}

    /** Restarts the generator from {@code s}. */
    public static void manualSeed(long s) {
        seed = s;
        random = new Random(s);
    }

    /** The seed the generator was last started from. */
    public static long initialSeed() {
        return seed;
    }

    /** The generator itself (for engine code: initializers, shuffles). */
    public static Random generator() {
        return random;
    }
}
