package baeum.optim;

import baeum.kernels.FastClassicUpdates;
import java.util.List;

/**
 * Averaged stochastic gradient descent (Polyak and Juditsky, 1992), PyTorch's
 * {@code torch.optim.ASGD}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), at step t, with learning rate γ, decay term λ_d ({@code lambd}), power α and
 * averaging start t0; η starts at γ and μ at 1:
 * <pre>
 *   θ ← θ·(1 − λ_d·η) − η·g
 *   ax ← ax + μ·(θ − ax)      (ax ← θ while μ = 1)
 *   η ← γ / (1 + λ_d·γ·t)^α
 *   μ ← 1 / max(1, t − t0)
 * </pre>
 * {@code ax}, the running average of θ, is in the state (see {@link #averaged}). Defaults:
 * lr 1e-2, lambd 1e-4, alpha 0.75, t0 1e6, weightDecay 0.
 *
 * <pre>
 * jshell> var opt = optim.asgd(nn.linear(4, 3).parameters(), 1e-2).t0(100)
 * </pre>
 */
public final class ASGD extends Optimizer {
    private double lr, lambd, alpha, t0;

    public ASGD(List<?> params, double lr) {
        super("ASGD");
        option("lr", lr, NON_NEGATIVE);
        option("lambd", 1e-4, NON_NEGATIVE);
        option("alpha", 0.75, NON_NEGATIVE);
        option("t0", 1e6, NON_NEGATIVE);
        option("weightDecay", 0.0, NON_NEGATIVE);
        addParams(params);
    }

    /** Decay term λ_d (default 1e-4). */
    public ASGD lambd(double lambd) {
        return with("lambd", lambd);
    }

    /** Power α of the step-size decay (default 0.75). */
    public ASGD alpha(double alpha) {
        return with("alpha", alpha);
    }

    /** The step after which averaging starts (default 1e6). */
    public ASGD t0(double t0) {
        return with("t0", t0);
    }

    /** L2 penalty λ added to the gradient (default 0). */
    public ASGD weightDecay(double weightDecay) {
        return with("weightDecay", weightDecay);
    }

    /** The running average ax of parameter {@code p} (a copy), or null before its first step. */
    public baeum.tensor.Tensor averaged(baeum.tensor.Tensor p) {
        Object ax = stateOf(p).get("ax");
        return ax instanceof float[] a ? baeum.tensor.Tensor.wrap(a.clone(), p.shapeArray().clone()) : null;
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        lr = g.lr();
        lambd = g.num("lambd");
        alpha = g.num("alpha");
        t0 = g.num("t0");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        long t = ++s.step;
        double eta = s.scalar("eta", lr);
        double mu = s.scalar("mu", 1.0);
        float[] ax = s.buffer("ax", n);
        FastClassicUpdates.asgd(p, po, g, go, ax, n, (float) (1 - lambd * eta), (float) eta, (float) mu);
        s.put("eta", lr / Math.pow(1 + lambd * lr * t, alpha));
        s.put("mu", 1 / Math.max(1, t - t0));
    }
}
