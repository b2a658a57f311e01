package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.storage.TensorError;

/**
 * Cosine annealing from the base rate down to η_min over T_max epochs (PyTorch's
 * {@code CosineAnnealingLR}, SGDR without restarts):
 * <pre>
 *   lr_t = η_min + (lr_0 − η_min) · (1 + cos(π·t / T_max)) / 2
 * </pre>
 * After T_max epochs the rate climbs back along the same cosine. Default η_min = 0.
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var sched = optim.cosineAnnealingLR(opt, 50).etaMin(1e-5);
 * </pre>
 */
public final class CosineAnnealingLR extends LRScheduler {
    private final int tMax;
    private double etaMin;

    public CosineAnnealingLR(Optimizer optimizer, int tMax) {
        super(optimizer);
        if (tMax <= 0) throw new TensorError("CosineAnnealingLR: tMax must be > 0, got " + tMax);
        this.tMax = tMax;
        start();
    }

    /** The lowest rate η_min (default 0). */
    public CosineAnnealingLR etaMin(double etaMin) {
        this.etaMin = etaMin;
        restart("etaMin");
        return this;
    }

    @Override
    protected double[] computeLr() {
        double[] lr = new double[baseLrs.length];
        for (int i = 0; i < lr.length; i++) {
            double cur = groupLr(i);
            if (lastEpoch == 0) {
                lr[i] = cur;
            } else if ((lastEpoch - 1 - tMax) % (2 * tMax) == 0) {
                lr[i] = cur + (baseLrs[i] - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
            } else {
                lr[i] = (1 + Math.cos(Math.PI * lastEpoch / tMax)) / (1 + Math.cos(Math.PI * (lastEpoch - 1) / tMax))
                        * (cur - etaMin) + etaMin;
            }
        }
        return lr;
    }
}
