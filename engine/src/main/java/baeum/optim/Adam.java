package baeum.optim;

import baeum.kernels.FastMomentUpdates;
import java.util.List;

/**
 * Adam (Kingma and Ba, 2015), PyTorch's {@code torch.optim.Adam}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), at step t, with betas (β1, β2), learning rate γ and ε:
 * <pre>
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   v̂max ← max(v̂max, v)                          (amsgrad only; then v̂max replaces v below)
 *   θ ← θ − γ/(1 − β1^t) · m / (√v / √(1 − β2^t) + ε)
 * </pre>
 * Defaults: betas (0.9, 0.999), eps 1e-8, weightDecay 0, amsgrad false. The options are named
 * {@code beta1} and {@code beta2} ({@code betas(b1, b2)} sets both), so that {@code oneCycleLR}
 * can cycle β1 as PyTorch does.
 *
 * <pre>
 * jshell> var opt = optim.adam(nn.linear(4, 3).parameters(), 1e-3).betas(0.9, 0.99).amsgrad(true)
 * </pre>
 */
public class Adam extends AdamBase<Adam> {
    private final boolean decoupled;
    private float wd;
    private boolean amsgrad;

    public Adam(List<?> params, double lr) {
        this("Adam", params, lr, 0.0, false);
    }

    Adam(String name, List<?> params, double lr, double weightDecay, boolean decoupled) {
        super(name, lr, weightDecay);
        this.decoupled = decoupled;
        option("amsgrad", false, BOOL);
        addParams(params);
    }

    /** The AMSGrad variant: divide by the largest v seen so far (default false). */
    public Adam amsgrad(boolean amsgrad) {
        return with("amsgrad", amsgrad);
    }

    @Override
    protected boolean coupledWeightDecay() {
        return !decoupled;
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        super.beginGroup(g);
        wd = (float) g.num("weightDecay");
        amsgrad = g.flag("amsgrad");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        long t = ++s.step;
        float[] m = s.buffer("exp_avg", n);
        float[] v = s.buffer("exp_avg_sq", n);
        float[] vmax = amsgrad ? s.buffer("max_exp_avg_sq", n) : null;
        float stepSize = (float) (lr / (1 - Math.pow(b1, t)));
        float bc2Sqrt = (float) Math.sqrt(1 - Math.pow(b2, t));
        float decay = decoupled ? 1 - lr * wd : 1f;
        FastMomentUpdates.adam(p, po, g, go, m, v, vmax, n, b1, b2, stepSize, bc2Sqrt, eps, decay);
    }
}
