package baeum.progress;

/**
 * An {@link Iterable} that knows how many items it will give, so that a progress bar can show
 * the total, a percentage and the time remaining. {@link java.util.Collection}s already do; a
 * data loader implements this with its number of batches (PyTorch's {@code len(loader)}).
 *
 * <p>{@code int size()} has the same signature as {@code Collection.size()}, so a class can be
 * both without conflict.
 *
 * <pre>{@code
 * jshell> class Batches implements Iterable<Integer>, Sized { ... public int size() { return 10; } }
 * jshell> for (var b : progress(new Batches())) { ... }   // shows "3/10"
 * }</pre>
 */
public interface Sized {
    /** The number of items one iteration gives. */
    int size();
}
