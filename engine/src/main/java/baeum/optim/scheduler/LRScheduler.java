package baeum.optim.scheduler;

import baeum.optim.Optimizer;
import baeum.optim.ParamGroup;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.List;

/**
 * The base of the learning-rate schedulers, as PyTorch's {@code _LRScheduler}: building one
 * records each group's learning rate as its base and performs step 0; then call {@link #step()}
 * once per epoch (or per batch, for schedules counted in batches), after {@code optimizer.step()}.
 *
 * <p>Like PyTorch's, the rules are "chainable": each step computes the new rate from the current
 * one (e.g. multiplies it by γ), so the closed forms given in each class's documentation hold
 * while no one else changes the rate. Options set with the fluent setters are taken into account
 * only before the first {@code step()} (they redo step 0).
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1);
 * jshell> var sched = optim.stepLR(opt, 30).gamma(0.1);
 * jshell> for (int epoch = 0; epoch != 100; epoch++) sched.step();     // after each epoch of training
 * jshell> sched.lastEpoch()
 * $4 ==> 100
 * </pre>
 */
public abstract class LRScheduler {
    protected final Optimizer optimizer;
    protected final double[] baseLrs;
    protected int lastEpoch = -1;
    private List<Double> lastLr = List.of();

    protected LRScheduler(Optimizer optimizer) {
        if (optimizer == null) throw new TensorError(getClass().getSimpleName() + ": optimizer is null");
        this.optimizer = optimizer;
        List<ParamGroup> groups = optimizer.paramGroups();
        baseLrs = new double[groups.size()];
        for (int i = 0; i < baseLrs.length; i++) baseLrs[i] = groups.get(i).lr();
    }

    /** Advances one epoch and sets every group's learning rate. */
    public void step() {
        lastEpoch++;
        apply(computeLr());
    }

    /**
     * The learning rates for {@code lastEpoch} (already advanced), one per group, from the
     * current rates {@link #groupLr(int)} and the bases.
     */
    protected abstract double[] computeLr();

    /** Performs step 0; subclasses call it at the end of their constructor. */
    protected final void start() {
        step();
    }

    /** Redoes step 0 after an option changed; refused once training has stepped. */
    protected final void restart(String option) {
        if (lastEpoch > 0) {
            throw new TensorError(getClass().getSimpleName() + ": set " + option
                    + " before the first step() (it is part of how the schedule starts)");
        }
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < baseLrs.length; i++) groups.get(i).lr(baseLrs[i]);
        lastEpoch = -1;
        start();
    }

    protected final void apply(double[] lrs) {
        List<ParamGroup> groups = optimizer.paramGroups();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < lrs.length; i++) {
            groups.get(i).lr(lrs[i]);
            out.add(lrs[i]);
        }
        lastLr = List.copyOf(out);
    }

    /** The current learning rate of group {@code i}. */
    protected final double groupLr(int i) {
        return optimizer.paramGroups().get(i).lr();
    }

    /** The learning rate of each group after the last step (PyTorch's {@code get_last_lr()}). */
    public List<Double> lastLr() {
        return lastLr;
    }

    /** The index of the last step (0 right after construction). */
    public int lastEpoch() {
        return lastEpoch;
    }

    /** The optimizer whose learning rates this scheduler sets. */
    public Optimizer optimizer() {
        return optimizer;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(lastEpoch=" + lastEpoch + ", lr=" + lastLr + ")";
    }
}
