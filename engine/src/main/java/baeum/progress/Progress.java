package baeum.progress;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.IntStream;

/**
 * Progress bars for loops, made for {@code import static baeum.progress.Progress.*} (every Baeum
 * session has it). Wrap what a loop iterates; the bar shows how far it is, how fast it goes and
 * how long is left — in a notebook as a bar updated in place, in a terminal on one line.
 *
 * <p>The total is known when the iterable is a {@link Collection}, implements {@link Sized}, or
 * has a public {@code size()} or {@code len()} method returning an int or long; otherwise the
 * bar counts without a percentage (or pass the total yourself).
 *
 * <pre>{@code
 * jshell> for (int epoch : progress(10, "epoch")) { ... }
 * jshell> var bar = progress(loader);
 * jshell> for (var batch : bar) { ...; bar.set("loss", loss.item()); }
 * }</pre>
 */
public class Progress {
    protected Progress() {}

    /** A bar over {@code items}, with their total when it can be known. */
    public static <T> ProgressBar<T> progress(Iterable<T> items) {
        return progress(items, "");
    }

    /** A bar over {@code items} with a description shown before it. */
    public static <T> ProgressBar<T> progress(Iterable<T> items, String description) {
        return progress(items, totalOf(items), description);
    }

    /** A bar over {@code items} whose total you give (-1 for unknown). */
    public static <T> ProgressBar<T> progress(Iterable<T> items, long total, String description) {
        if (items == null) throw new IllegalArgumentException("progress: the iterable is null; pass what the loop iterates");
        return new ProgressBar<>(items, total, description, ProgressSinks.current(), System::nanoTime);
    }

    /** A bar over 0, 1, ..., n-1: {@code for (int i : progress(100)) ...}. */
    public static ProgressBar<Integer> progress(int n) {
        return progress(n, "");
    }

    /** A bar over 0, 1, ..., n-1 with a description. */
    public static ProgressBar<Integer> progress(int n, String description) {
        if (n < 0) throw new IllegalArgumentException("progress: n must be >= 0, got " + n);
        Iterable<Integer> range = () -> IntStream.range(0, n).iterator();
        return progress(range, n, description);
    }

    /** A bar over the elements of an array: {@code for (String f : progress(files)) ...}. */
    public static <T> ProgressBar<T> progress(T[] items) {
        return progress(Arrays.asList(items), items.length, "");
    }

    /**
     * How many items {@code items} gives: its {@code Collection.size()}, {@link Sized#size()},
     * or a public no-argument {@code size()}/{@code len()} returning int or long; -1 if none.
     */
    public static long totalOf(Iterable<?> items) {
        if (items instanceof Collection<?> c) return c.size();
        if (items instanceof Sized s) return s.size();
        if (items == null) return -1;
        for (String name : new String[] {"size", "len"}) {
            try {
                Method m = items.getClass().getMethod(name);
                Class<?> r = m.getReturnType();
                if (Modifier.isStatic(m.getModifiers()) || !(r == int.class || r == long.class)) continue;
                m.setAccessible(true);
                return ((Number) m.invoke(items)).longValue();
            } catch (ReflectiveOperationException | RuntimeException e) {
                // no such method, or not callable from here: the total stays unknown
            }
        }
        return -1;
    }
}
