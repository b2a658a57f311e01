package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.storage.TensorError;

/**
 * Scales the learning rate by a factor that moves linearly from {@code startFactor} to
 * {@code endFactor} over {@code totalIters} epochs, then stays (PyTorch's {@code LinearLR}; a
 * warm-up when the start factor is small):
 * <pre>
 *   lr_t = lr_0 · (s + (e − s) · min(t, T) / T)
 * </pre>
 * Defaults: s = 1/3, e = 1, T = 5.
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var warmup = optim.linearLR(opt).startFactor(0.5).totalIters(10);
 * jshell> opt.lr()
 * $3 ==> 0.05
 * </pre>
 */
public final class LinearLR extends LRScheduler {
    private double start = 1.0 / 3, end = 1.0;
    private int total = 5;

    public LinearLR(Optimizer optimizer) {
        super(optimizer);
        start();
    }

    /** The factor s at epoch 0, in (0, 1] (default 1/3). */
    public LinearLR startFactor(double s) {
        if (s <= 0 || s > 1) throw new TensorError("LinearLR: startFactor must be in (0, 1], got " + s);
        start = s;
        restart("startFactor");
        return this;
    }

    /** The factor e reached at epoch T, in [0, 1] (default 1). */
    public LinearLR endFactor(double e) {
        if (e < 0 || e > 1) throw new TensorError("LinearLR: endFactor must be in [0, 1], got " + e);
        end = e;
        restart("endFactor");
        return this;
    }

    /** The number of epochs T over which the factor changes (default 5). */
    public LinearLR totalIters(int t) {
        if (t <= 0) throw new TensorError("LinearLR: totalIters must be > 0, got " + t);
        total = t;
        restart("totalIters");
        return this;
    }

    @Override
    protected double[] computeLr() {
        double[] lr = new double[baseLrs.length];
        for (int i = 0; i < lr.length; i++) {
            double cur = groupLr(i);
            if (lastEpoch == 0) lr[i] = cur * start;
            else if (lastEpoch > total) lr[i] = cur;
            else lr[i] = cur * (1 + (end - start) / (total * start + (lastEpoch - 1) * (end - start)));
        }
        return lr;
    }
}
