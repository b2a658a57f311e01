package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.storage.TensorError;

/**
 * Decays the learning rate by γ every {@code stepSize} epochs (PyTorch's {@code StepLR}):
 * <pre>
 *   lr_t = lr_0 · γ^⌊t / stepSize⌋
 * </pre>
 * Default γ = 0.1.
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var sched = optim.stepLR(opt, 30).gamma(0.5);     // halve every 30 epochs
 * </pre>
 */
public final class StepLR extends LRScheduler {
    private final int stepSize;
    private double gamma = 0.1;

    public StepLR(Optimizer optimizer, int stepSize) {
        super(optimizer);
        if (stepSize <= 0) throw new TensorError("StepLR: stepSize must be > 0, got " + stepSize);
        this.stepSize = stepSize;
        start();
    }

    /** The decay factor γ (default 0.1). */
    public StepLR gamma(double gamma) {
        this.gamma = gamma;
        restart("gamma");
        return this;
    }

    @Override
    protected double[] computeLr() {
        double[] lr = new double[baseLrs.length];
        boolean decay = lastEpoch != 0 && lastEpoch % stepSize == 0;
        for (int i = 0; i < lr.length; i++) lr[i] = decay ? groupLr(i) * gamma : groupLr(i);
        return lr;
    }
}
