package baeum.optim;

import baeum.kernels.FastMomentUpdates;
import java.util.List;

/**
 * Rectified Adam (Liu et al., 2020), PyTorch's {@code torch.optim.RAdam}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), at step t, with betas (β1, β2), learning rate γ and ε:
 * <pre>
 *   m ← β1·m + (1 − β1)·g              v ← β2·v + (1 − β2)·g²
 *   m̂ = m / (1 − β1^t)
 *   ρ∞ = 2/(1 − β2) − 1                 ρ_t = ρ∞ − 2t·β2^t / (1 − β2^t)
 *   if ρ_t &gt; 5:  r = √((ρ_t − 4)(ρ_t − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ_t))
 *               θ ← θ − γ·m̂·r·√(1 − β2^t) / (√v + ε)
 *   else:        θ ← θ − γ·m̂            (variance not yet reliable: plain momentum step)
 * </pre>
 * Defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weightDecay 0.
 *
 * <pre>
 * jshell> var opt = optim.radam(nn.linear(4, 3).parameters(), 1e-3)
 * </pre>
 */
public final class RAdam extends AdamBase<RAdam> {
    public RAdam(List<?> params, double lr) {
        super("RAdam", lr, 0.0);
        addParams(params);
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        long t = ++s.step;
        double bc1 = 1 - Math.pow(b1, t);
        double bc2 = 1 - Math.pow(b2, t);
        double rhoInf = 2 / (1 - (double) b2) - 1;
        double rhoT = rhoInf - 2 * t * Math.pow(b2, t) / bc2;
        boolean rectify = rhoT > 5;
        double rect = rectify
                ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 0;
        float plain = (float) (lr / bc1);
        float adaptive = (float) (lr / bc1 * rect * Math.sqrt(bc2));
        float[] m = s.buffer("exp_avg", n);
        float[] v = s.buffer("exp_avg_sq", n);
        FastMomentUpdates.radam(p, po, g, go, m, v, n, b1, b2, eps, rectify, adaptive, plain);
    }
}
