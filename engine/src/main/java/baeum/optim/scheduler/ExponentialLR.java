package baeum.optim.scheduler;

import baeum.optim.Optimizer;

/**
 * Multiplies the learning rate by γ every epoch (PyTorch's {@code ExponentialLR}):
 * <pre>
 *   lr_t = lr_0 · γ^t
 * </pre>
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var sched = optim.exponentialLR(opt, 0.5); sched.step(); sched.step();
 * jshell> sched.lastLr()
 * $4 ==> [0.025]
 * </pre>
 */
public final class ExponentialLR extends LRScheduler {
    private final double gamma;

    public ExponentialLR(Optimizer optimizer, double gamma) {
        super(optimizer);
        this.gamma = gamma;
        start();
    }

    @Override
    protected double[] computeLr() {
        double[] lr = new double[baseLrs.length];
        for (int i = 0; i < lr.length; i++) lr[i] = lastEpoch == 0 ? groupLr(i) : groupLr(i) * gamma;
        return lr;
    }
}
