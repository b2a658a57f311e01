package baeum.optim;

import baeum.kernels.FastMomentUpdates;
import java.util.List;

/**
 * Adamax, Adam with the infinity norm (Kingma and Ba, 2015), PyTorch's {@code torch.optim.Adamax}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), at step t, with betas (β1, β2), learning rate γ and ε:
 * <pre>
 *   m ← β1·m + (1 − β1)·g
 *   u ← max(β2·u, |g| + ε)
 *   θ ← θ − γ/(1 − β1^t) · m/u
 * </pre>
 * Defaults: lr 2e-3, betas (0.9, 0.999), eps 1e-8, weightDecay 0.
 *
 * <pre>
 * jshell> var opt = optim.adamax(nn.linear(4, 3).parameters(), 2e-3)
 * </pre>
 */
public final class Adamax extends AdamBase<Adamax> {
    public Adamax(List<?> params, double lr) {
        super("Adamax", lr, 0.0);
        addParams(params);
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        long t = ++s.step;
        float clr = (float) (lr / (1 - Math.pow(b1, t)));
        float[] m = s.buffer("exp_avg", n);
        float[] u = s.buffer("exp_inf", n);
        FastMomentUpdates.adamax(p, po, g, go, m, u, n, b1, b2, eps, clr);
    }
}
