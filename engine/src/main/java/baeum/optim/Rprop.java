package baeum.optim;

import baeum.kernels.FastClassicUpdates;
import java.util.List;

/**
 * Resilient backpropagation (Riedmiller and Braun, 1993), PyTorch's {@code torch.optim.Rprop}:
 * only the sign of the gradient is used; each weight has its own step size.
 *
 * <p>For each element with gradient g (after {@code maximize}) and the gradient g' kept from the
 * last step (0 at first), step sizes start at the learning rate γ:
 * <pre>
 *   g·g' &gt; 0:  Δ ← min(Δ·η+, Δmax)
 *   g·g' &lt; 0:  Δ ← max(Δ·η−, Δmin),   g ← 0     (skip this step, forget the sign)
 *   g·g' = 0:  Δ ← clamp(Δ, Δmin, Δmax)
 *   θ ← θ − sign(g)·Δ,    g' ← g
 * </pre>
 * Defaults: lr 1e-2, etas (η−, η+) = (0.5, 1.2), stepSizes (Δmin, Δmax) = (1e-6, 50).
 *
 * <pre>
 * jshell> var opt = optim.rprop(nn.linear(4, 3).parameters(), 1e-2).etas(0.5, 1.2).stepSizes(1e-6, 50)
 * </pre>
 */
public final class Rprop extends Optimizer {
    private float lr, etaMinus, etaPlus, minStep, maxStep;

    public Rprop(List<?> params, double lr) {
        super("Rprop");
        option("lr", lr, NON_NEGATIVE);
        option("etaMinus", 0.5, v -> v instanceof Number x && x.doubleValue() > 0 && x.doubleValue() < 1
                ? null : "must be in (0, 1)");
        option("etaPlus", 1.2, v -> v instanceof Number x && x.doubleValue() > 1 ? null : "must be > 1");
        option("minStepSize", 1e-6, NON_NEGATIVE);
        option("maxStepSize", 50.0, NON_NEGATIVE);
        addParams(params);
    }

    /** Multiplicative decrease and increase of the step sizes (default 0.5, 1.2). */
    public Rprop etas(double etaMinus, double etaPlus) {
        set("etaMinus", etaMinus);
        return with("etaPlus", etaPlus);
    }

    /** Smallest and largest step size (default 1e-6, 50). */
    public Rprop stepSizes(double min, double max) {
        set("minStepSize", min);
        return with("maxStepSize", max);
    }

    /** Ascends instead of descending (default false). */
    public Rprop maximize(boolean maximize) {
        return with("maximize", maximize);
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        lr = (float) g.lr();
        etaMinus = (float) g.num("etaMinus");
        etaPlus = (float) g.num("etaPlus");
        minStep = (float) g.num("minStepSize");
        maxStep = (float) g.num("maxStepSize");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        s.step++;
        float[] prev = s.buffer("prev", n);
        float[] step = s.buffer("step_size", n, lr);
        FastClassicUpdates.rprop(p, po, g, go, prev, step, n, etaMinus, etaPlus, minStep, maxStep);
    }
}
