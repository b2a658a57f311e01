package baeum.optim;

import baeum.kernels.FastMomentUpdates;
import java.util.List;

/**
 * Adam with Nesterov momentum (Dozat, 2016), PyTorch's {@code torch.optim.NAdam}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), at step t, with betas (β1, β2), momentum decay ψ, learning rate γ and ε:
 * <pre>
 *   μ_t     = β1·(1 − ½·0.96^(t·ψ))          μ_{t+1} = β1·(1 − ½·0.96^((t+1)·ψ))
 *   P_t     = μ_1·…·μ_t                       (kept in the state as mu_product)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   d = √(v / (1 − β2^t)) + ε
 *   θ ← θ − γ(1 − μ_t)/(1 − P_t) · g/d − γ·μ_{t+1}/(1 − P_t·μ_{t+1}) · m/d
 * </pre>
 * This is the update of PyTorch's documentation (and of PyTorch 2); PyTorch 1.13's code counted μ_t
 * twice in the last product. Defaults: lr 2e-3, betas (0.9, 0.999), eps 1e-8, weightDecay 0,
 * momentumDecay 4e-3.
 *
 * <pre>
 * jshell> var opt = optim.nadam(nn.linear(4, 3).parameters(), 2e-3)
 * </pre>
 */
public final class NAdam extends AdamBase<NAdam> {
    private double psi;

    public NAdam(List<?> params, double lr) {
        super("NAdam", lr, 0.0);
        option("momentumDecay", 4e-3, NON_NEGATIVE);
        addParams(params);
    }

    /** Momentum decay ψ (default 4e-3). */
    public NAdam momentumDecay(double momentumDecay) {
        return with("momentumDecay", momentumDecay);
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        super.beginGroup(g);
        psi = g.num("momentumDecay");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        long t = ++s.step;
        double mu = b1 * (1 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = b1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        double product = s.scalar("mu_product", 1.0) * mu;
        s.put("mu_product", product);
        float gradCoef = (float) (lr * (1 - mu) / (1 - product));
        float avgCoef = (float) (lr * muNext / (1 - product * muNext));
        float bc2 = (float) (1 - Math.pow(b2, t));
        float[] m = s.buffer("exp_avg", n);
        float[] v = s.buffer("exp_avg_sq", n);
        FastMomentUpdates.nadam(p, po, g, go, m, v, n, b1, b2, bc2, eps, gradCoef, avgCoef);
    }
}
