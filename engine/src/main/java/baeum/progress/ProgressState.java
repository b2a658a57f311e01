package baeum.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One snapshot of a progress bar, as sent to a {@link ProgressSink}.
 *
 * @param id          the bar's identity (stable over its updates), e.g. for a notebook display id
 * @param description what is counted ("epoch", "train"), or "" for none
 * @param count       items done
 * @param total       items in all, or -1 when unknown
 * @param elapsedNanos time since the bar started
 * @param metrics     values set with {@link ProgressBar#set(String, double)}, in insertion order
 * @param finished    true for the last state of the bar (sent once, never throttled away)
 * @param recentRate  items per second lately (an exponential moving average over the updates, as
 *                    tqdm shows), or NaN when not known yet
 */
public record ProgressState(String id, String description, long count, long total, long elapsedNanos,
                            Map<String, Double> metrics, boolean finished, double recentRate) {

    public ProgressState {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A state without a recent rate (the average since the start is used). */
    public ProgressState(String id, String description, long count, long total, long elapsedNanos,
                         Map<String, Double> metrics, boolean finished) {
        this(id, description, count, total, elapsedNanos, metrics, finished, Double.NaN);
    }

    /** Seconds since the start. */
    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }

    /**
     * Items per second: the recent rate while running (so that a slow first batch does not skew
     * the time remaining), the average over the whole run once finished; 0 before time has passed.
     */
    public double rate() {
        if (!finished && recentRate > 0 && Double.isFinite(recentRate)) return recentRate;
        return averageRate();
    }

    /** Items per second since the start. */
    public double averageRate() {
        return elapsedNanos <= 0 ? 0 : count / elapsedSeconds();
    }

    /** True when the total is known. */
    public boolean hasTotal() {
        return total >= 0;
    }

    /** The fraction done in [0, 1], or NaN when the total is unknown. */
    public double fraction() {
        if (!hasTotal()) return Double.NaN;
        return total == 0 ? 1 : Math.min(1, (double) count / total);
    }

    /** Estimated seconds left at the rate so far, or NaN when unknown (no total or no rate yet). */
    public double remainingSeconds() {
        double rate = rate();
        if (!hasTotal() || rate <= 0) return Double.NaN;
        return Math.max(0, total - count) / rate;
    }
}
