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
 */
public record ProgressState(String id, String description, long count, long total, long elapsedNanos,
                            Map<String, Double> metrics, boolean finished) {

    public ProgressState {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Seconds since the start. */
    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }

    /** Items per second so far (0 before the first item or before time has passed). */
    public double rate() {
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
