package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.storage.TensorError;

/**
 * Cosine annealing with warm restarts (SGDR, Loshchilov and Hutter, 2017), PyTorch's
 * {@code CosineAnnealingWarmRestarts}: the rate follows a cosine from the base rate to η_min over
 * T_i epochs, then jumps back up; the first period is T_0 and each next one is T_mult times longer.
 * <pre>
 *   lr = η_min + (lr_0 − η_min) · (1 + cos(π·T_cur / T_i)) / 2
 * </pre>
 * where T_cur counts epochs since the last restart. {@link #step(double)} accepts fractional
 * epochs, to anneal per batch: {@code sched.step(epoch + i / (double) batches)}.
 * Defaults: T_mult = 1, η_min = 0.
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var sched = optim.cosineAnnealingWarmRestarts(opt, 10).tMult(2);
 * </pre>
 */
public final class CosineAnnealingWarmRestarts extends LRScheduler {
    private final int t0;
    private int tMult = 1;
    private double etaMin, tCur, tI;

    public CosineAnnealingWarmRestarts(Optimizer optimizer, int t0) {
        super(optimizer);
        if (t0 <= 0) throw new TensorError("CosineAnnealingWarmRestarts: t0 must be > 0, got " + t0);
        this.t0 = t0;
        this.tI = t0;
        this.tCur = -1;
        start();
    }

    /** How much longer each period is than the last, an integer ≥ 1 (default 1). */
    public CosineAnnealingWarmRestarts tMult(int tMult) {
        if (tMult < 1) throw new TensorError("CosineAnnealingWarmRestarts: tMult must be >= 1, got " + tMult);
        this.tMult = tMult;
        resetCycle();
        restart("tMult");
        return this;
    }

    /** The lowest rate η_min (default 0). */
    public CosineAnnealingWarmRestarts etaMin(double etaMin) {
        this.etaMin = etaMin;
        resetCycle();
        restart("etaMin");
        return this;
    }

    private void resetCycle() {
        tI = t0;
        tCur = -1;
    }

    @Override
    public void step() {
        if (lastEpoch < 0) {
            step(0);
            return;
        }
        tCur += 1;
        if (tCur >= tI) {
            tCur -= tI;
            tI *= tMult;
        }
        lastEpoch++;
        apply(computeLr());
    }

    /** Jumps to (possibly fractional) {@code epoch}. */
    public void step(double epoch) {
        if (epoch < 0) throw new TensorError("CosineAnnealingWarmRestarts: epoch must be >= 0, got " + epoch);
        if (epoch >= t0) {
            if (tMult == 1) {
                tCur = epoch % t0;
            } else {
                int n = (int) (Math.log(epoch / t0 * (tMult - 1) + 1) / Math.log(tMult));
                tCur = epoch - t0 * (Math.pow(tMult, n) - 1) / (tMult - 1);
                tI = t0 * Math.pow(tMult, n);
            }
        } else {
            tI = t0;
            tCur = epoch;
        }
        lastEpoch = (int) Math.floor(epoch);
        apply(computeLr());
    }

    @Override
    protected double[] computeLr() {
        double[] lr = new double[baseLrs.length];
        for (int i = 0; i < lr.length; i++) {
            lr[i] = etaMin + (baseLrs[i] - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2;
        }
        return lr;
    }
}
