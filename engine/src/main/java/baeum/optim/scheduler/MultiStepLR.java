package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.storage.TensorError;
import java.util.Arrays;

/**
 * Decays the learning rate by γ at each milestone epoch (PyTorch's {@code MultiStepLR}):
 * <pre>
 *   lr_t = lr_0 · γ^(number of milestones ≤ t)
 * </pre>
 * A milestone given twice decays twice. Default γ = 0.1.
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var sched = optim.multiStepLR(opt, 30, 80);       // ×0.1 at epochs 30 and 80
 * </pre>
 */
public final class MultiStepLR extends LRScheduler {
    private final int[] milestones;
    private double gamma = 0.1;

    public MultiStepLR(Optimizer optimizer, int... milestones) {
        super(optimizer);
        if (milestones.length == 0) throw new TensorError("MultiStepLR: give at least one milestone epoch");
        this.milestones = milestones.clone();
        Arrays.sort(this.milestones);
        start();
    }

    /** The decay factor γ (default 0.1). */
    public MultiStepLR gamma(double gamma) {
        this.gamma = gamma;
        restart("gamma");
        return this;
    }

    @Override
    protected double[] computeLr() {
        int hits = 0;
        for (int m : milestones) if (m == lastEpoch) hits++;
        double[] lr = new double[baseLrs.length];
        for (int i = 0; i < lr.length; i++) lr[i] = groupLr(i) * Math.pow(gamma, hits);
        return lr;
    }
}
