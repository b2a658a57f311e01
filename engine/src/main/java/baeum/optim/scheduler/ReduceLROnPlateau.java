package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.optim.ParamGroup;
import baeum.storage.TensorError;
import java.util.List;

/**
 * Cuts the learning rate when a metric stops improving (PyTorch's {@code ReduceLROnPlateau}):
 * call {@code step(validationLoss)} once per epoch. A value is an improvement over the best so far
 * when (mode "min", threshold mode "rel") it is below best·(1 − threshold); "abs" compares with
 * best − threshold; mode "max" mirrors both. After more than {@code patience} epochs without
 * improvement every group's rate becomes max(lr·factor, minLr) (unless that changes it by less than
 * eps), then {@code cooldown} epochs pass before counting again. Defaults: mode "min", factor 0.1,
 * patience 10, threshold 1e-4, thresholdMode "rel", cooldown 0, minLr 0, eps 1e-8.
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var sched = optim.reduceLROnPlateau(opt).patience(2).factor(0.5);
 * jshell> for (double validLoss : new double[] {1.0, 0.9, 0.95, 0.93, 0.91}) sched.step(validLoss);
 * jshell> opt.lr()
 * $4 ==> 0.05
 * </pre>
 */
public final class ReduceLROnPlateau {
    private final Optimizer optimizer;
    private boolean max, relative = true;
    private double factor = 0.1, threshold = 1e-4, minLr, eps = 1e-8;
    private int patience = 10, cooldown;
    private double best = Double.POSITIVE_INFINITY;
    private int badEpochs, cooldownCounter, lastEpoch;

    public ReduceLROnPlateau(Optimizer optimizer) {
        if (optimizer == null) throw new TensorError("ReduceLROnPlateau: optimizer is null");
        this.optimizer = optimizer;
    }

    /** "min" (default: a loss) or "max" (an accuracy). */
    public ReduceLROnPlateau mode(String mode) {
        if (!mode.equals("min") && !mode.equals("max")) {
            throw new TensorError("ReduceLROnPlateau: mode must be \"min\" or \"max\", got \"" + mode + "\"");
        }
        max = mode.equals("max");
        best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return this;
    }

    /** The factor by which the rate is cut, &lt; 1 (default 0.1). */
    public ReduceLROnPlateau factor(double f) {
        if (f >= 1) throw new TensorError("ReduceLROnPlateau: factor must be < 1, got " + f);
        factor = f;
        return this;
    }

    /** Epochs without improvement tolerated before a cut (default 10). */
    public ReduceLROnPlateau patience(int p) {
        patience = p;
        return this;
    }

    /** The smallest change that counts as an improvement (default 1e-4). */
    public ReduceLROnPlateau threshold(double t) {
        threshold = t;
        return this;
    }

    /** "rel" (default) or "abs": how threshold is compared. */
    public ReduceLROnPlateau thresholdMode(String m) {
        if (!m.equals("rel") && !m.equals("abs")) {
            throw new TensorError("ReduceLROnPlateau: thresholdMode must be \"rel\" or \"abs\", got \"" + m + "\"");
        }
        relative = m.equals("rel");
        return this;
    }

    /** Epochs to wait after a cut before counting bad epochs again (default 0). */
    public ReduceLROnPlateau cooldown(int c) {
        cooldown = c;
        return this;
    }

    /** The rate is never cut below this (default 0). */
    public ReduceLROnPlateau minLr(double m) {
        minLr = m;
        return this;
    }

    /** Cuts smaller than this are skipped (default 1e-8). */
    public ReduceLROnPlateau eps(double e) {
        eps = e;
        return this;
    }

    /** Records this epoch's metric and cuts the rate if it has not improved for too long. */
    public void step(double metric) {
        lastEpoch++;
        if (isBetter(metric)) {
            best = metric;
            badEpochs = 0;
        } else {
            badEpochs++;
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            badEpochs = 0;
        }
        if (badEpochs > patience) {
            for (ParamGroup g : optimizer.paramGroups()) {
                double old = g.lr(), lr = Math.max(old * factor, minLr);
                if (old - lr > eps) g.lr(lr);
            }
            cooldownCounter = cooldown;
            badEpochs = 0;
        }
    }

    /** The metric of a one-element tensor, e.g. a validation loss. */
    public void step(baeum.tensor.Tensor metric) {
        step(metric.itemDouble());
    }

    private boolean isBetter(double a) {
        if (max) return relative ? a > best * (1 + threshold) : a > best + threshold;
        return relative ? a < best * (1 - threshold) : a < best - threshold;
    }

    /** The best metric seen so far. */
    public double best() {
        return best;
    }

    /** Epochs since the last improvement (reset by a cut). */
    public int numBadEpochs() {
        return badEpochs;
    }

    /** The learning rate of each group. */
    public List<Double> lastLr() {
        return optimizer.paramGroups().stream().map(ParamGroup::lr).toList();
    }
}
