package baeum.data;

import baeum.storage.TensorError;

/**
 * Stops training when a validation metric has not improved for {@code patience} epochs. Call
 * {@link #step(double)} once per epoch; it returns true when training should stop. An improvement
 * is a value below best − minDelta (mode "min", for a loss) or above best + minDelta (mode "max",
 * for an accuracy).
 *
 * <pre>
 * jshell> var stopper = data.earlyStopping(2);
 * jshell> for (double validLoss : new double[] {0.9, 0.7, 0.8, 0.75, 0.6}) if (stopper.step(validLoss)) break;
 * jshell> stopper.bestEpoch()                // stopped after 0.8 and 0.75 did not beat 0.7
 * $3 ==> 1
 * </pre>
 */
public final class EarlyStopping {
    private final int patience;
    private double minDelta;
    private boolean max;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1, epoch = -1, bad;

    public EarlyStopping(int patience) {
        if (patience < 0) throw new TensorError("earlyStopping: patience must be >= 0, got " + patience);
        this.patience = patience;
    }

    /** The smallest change that counts as an improvement (default 0). */
    public EarlyStopping minDelta(double d) {
        if (d < 0) throw new TensorError("earlyStopping: minDelta must be >= 0, got " + d);
        minDelta = d;
        return this;
    }

    /** "min" (default) or "max". */
    public EarlyStopping mode(String mode) {
        if (!mode.equals("min") && !mode.equals("max")) {
            throw new TensorError("earlyStopping: mode must be \"min\" or \"max\", got \"" + mode + "\"");
        }
        max = mode.equals("max");
        best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return this;
    }

    /** Records this epoch's metric; true when {@code patience} epochs in a row brought no improvement. */
    public boolean step(double metric) {
        epoch++;
        boolean better = max ? metric > best + minDelta : metric < best - minDelta;
        if (better) {
            best = metric;
            bestEpoch = epoch;
            bad = 0;
        } else {
            bad++;
        }
        return shouldStop();
    }

    /** True once the metric has gone {@code patience} epochs in a row without improving (at least one). */
    public boolean shouldStop() {
        return bad >= patience && epoch >= 0 && bad > 0;
    }

    /** The best metric so far. */
    public double best() {
        return best;
    }

    /** The epoch (counted from 0) of the best metric, -1 before the first step. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** Epochs since the last improvement. */
    public int counter() {
        return bad;
    }

    @Override
    public String toString() {
        return "EarlyStopping(patience=" + patience + ", best=" + best + " at epoch " + bestEpoch + ", counter=" + bad + ")";
    }
}
