package baeum.progress;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * A progress bar around an {@link Iterable}: iterating the bar iterates the source and counts
 * each finished item, showing count/total, rate, elapsed and remaining time and any values
 * given with {@link #set(String, double)}. Updates go to the session's {@link ProgressSink}
 * (a terminal line, or an HTML bar in a notebook), at most a few per second; the last state is
 * always shown when the iteration ends or the bar is closed.
 *
 * <pre>{@code
 * jshell> var bar = progress(loader, "train");
 * jshell> for (var batch : bar) {
 *    ...>     var loss = step(batch);
 *    ...>     bar.set("loss", loss.item());
 *    ...> }
 * train: 100%|#########################| 938/938 [00:41, 22.8 it/s, loss=0.3120]
 * }</pre>
 *
 * @param <T> the items
 */
public final class ProgressBar<T> implements Iterable<T>, AutoCloseable {
    private final Iterable<T> source;
    private final long total;
    private final ProgressSink sink;
    private final LongSupplier clock;
    private final String id = "baeum-progress-" + UUID.randomUUID();
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private String description;
    private long count;
    private long start;
    private long lastEmit;
    private boolean started;
    private boolean emitted;
    private boolean finished;
    private boolean failedOnce;
    /** Exponential moving average of the rate between updates (tqdm's smoothing 0.3). */
    private double recentRate = Double.NaN;
    private long lastEmitCount;
    static final double SMOOTHING = 0.3;

    /**
     * A bar over {@code source} with a known {@code total} (or -1), showing to {@code sink}, timed
     * by {@code clock} (nanoseconds; {@code System::nanoTime} normally, a fake one in tests).
     */
    public ProgressBar(Iterable<T> source, long total, String description, ProgressSink sink, LongSupplier clock) {
        this.source = source;
        this.total = total;
        this.description = description == null ? "" : description;
        this.sink = sink;
        this.clock = clock;
    }

    /** Records a value shown next to the bar (e.g. the last loss); returns this bar. */
    public ProgressBar<T> set(String name, double value) {
        synchronized (this) {
            metrics.put(name, value);
        }
        return this;
    }

    /** Records the value of a one-element tensor (e.g. the loss) shown next to the bar. */
    public ProgressBar<T> set(String name, baeum.tensor.Tensor value) {
        return set(name, value.itemDouble());
    }

    /** Changes the description shown before the bar. */
    public ProgressBar<T> description(String text) {
        this.description = text == null ? "" : text;
        return this;
    }

    /** Counts one item done, for bars driven by hand ({@code progress(total)} without a loop). */
    public void step() {
        step(1);
    }

    /** Counts {@code n} items done. */
    public synchronized void step(long n) {
        startIfNeeded();
        count += n;
        maybeEmit();
    }

    /** Shows the final state, once; later calls do nothing. Iterating to the end calls it. */
    @Override
    public synchronized void close() {
        if (finished) return;
        startIfNeeded();
        finished = true;
        emit();
    }

    /** Items done so far. */
    public synchronized long count() {
        return count;
    }

    /** The total, or -1 when unknown. */
    public long total() {
        return total;
    }

    /** True once the final state was shown. */
    public synchronized boolean finished() {
        return finished;
    }

    /** A snapshot of the bar now. */
    public synchronized ProgressState state() {
        long elapsed = started ? clock.getAsLong() - start : 0;
        return new ProgressState(id, description, count, total, elapsed, metrics, finished, recentRate);
    }

    /** Starts a pass over the source (a new pass starts counting again from zero). */
    @Override
    public Iterator<T> iterator() {
        Iterator<T> it = source.iterator();
        synchronized (this) {
            count = 0;
            started = false;
            emitted = false;
            recentRate = Double.NaN;
            finished = false;
            startIfNeeded();
            emit();
        }
        return new Iterator<>() {
            private boolean handedOut;

            @Override
            public boolean hasNext() {
                if (handedOut) {
                    handedOut = false;
                    step(1);
                }
                boolean more = it.hasNext();
                if (!more) close();
                return more;
            }

            @Override
            public T next() {
                if (handedOut) {
                    handedOut = false;
                    step(1);
                }
                T item = it.next();  // throws NoSuchElementException at the end, as the source does
                handedOut = true;
                return item;
            }
        };
    }

    private void startIfNeeded() {
        if (!started) {
            started = true;
            start = clock.getAsLong();
        }
    }

    private void maybeEmit() {
        if (!emitted || clock.getAsLong() - lastEmit >= sink.intervalNanos()) emit();
    }

    private void emit() {
        long now = clock.getAsLong();
        if (emitted && now > lastEmit && count > lastEmitCount) {
            double rate = (count - lastEmitCount) / ((now - lastEmit) / 1e9);
            recentRate = Double.isNaN(recentRate) ? rate : SMOOTHING * rate + (1 - SMOOTHING) * recentRate;
        }
        lastEmit = now;
        lastEmitCount = count;
        emitted = true;
        ProgressState s = state();
        try {
            sink.update(s);
        } catch (RuntimeException e) {
            // a broken display must not break the training loop; say so once per bar on stderr
            if (!failedOnce) System.err.println("progress: the progress display failed: " + e);
            failedOnce = true;
        }
    }

    @Override
    public String toString() {
        return ProgressFormat.line(state(), 25);
    }
}
