package baeum.optim;

import baeum.kernels.FastUpdates;
import java.util.List;

/**
 * RMSprop (Hinton's lecture 6e), PyTorch's {@code torch.optim.RMSprop}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), with smoothing α, momentum μ, learning rate γ and ε:
 * <pre>
 *   v ← α·v + (1 − α)·g²
 *   centered:  ḡ ← α·ḡ + (1 − α)·g,   d = √(v − ḡ²) + ε      otherwise d = √v + ε
 *   μ &gt; 0:     b ← μ·b + g/d,   θ ← θ − γ·b                  otherwise θ ← θ − γ·g/d
 * </pre>
 * Defaults: lr 1e-2, alpha 0.99, eps 1e-8, weightDecay 0, momentum 0, centered false.
 *
 * <pre>
 * jshell> var opt = optim.rmsprop(nn.linear(4, 3).parameters(), 1e-3).alpha(0.9).centered(true)
 * </pre>
 */
public final class RMSprop extends Optimizer {
    private float lr, alpha, eps, momentum;
    private boolean centered;

    public RMSprop(List<?> params, double lr) {
        super("RMSprop");
        option("lr", lr, NON_NEGATIVE);
        option("alpha", 0.99, NON_NEGATIVE);
        option("eps", 1e-8, NON_NEGATIVE);
        option("weightDecay", 0.0, NON_NEGATIVE);
        option("momentum", 0.0, NON_NEGATIVE);
        option("centered", false, BOOL);
        addParams(params);
    }

    /** Smoothing constant α of the average of g² (default 0.99). */
    public RMSprop alpha(double alpha) {
        return with("alpha", alpha);
    }

    /** Term added to the denominator (default 1e-8). */
    public RMSprop eps(double eps) {
        return with("eps", eps);
    }

    /** L2 penalty λ added to the gradient (default 0). */
    public RMSprop weightDecay(double weightDecay) {
        return with("weightDecay", weightDecay);
    }

    /** Momentum factor μ (default 0). */
    public RMSprop momentum(double momentum) {
        return with("momentum", momentum);
    }

    /** Divide by an estimate of the variance of g instead of its second moment (default false). */
    public RMSprop centered(boolean centered) {
        return with("centered", centered);
    }

    /** Ascends instead of descending (default false). */
    public RMSprop maximize(boolean maximize) {
        return with("maximize", maximize);
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        lr = (float) g.lr();
        alpha = (float) g.num("alpha");
        eps = (float) g.num("eps");
        momentum = (float) g.num("momentum");
        centered = g.flag("centered");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        s.step++;
        float[] v = s.buffer("square_avg", n);
        float[] avg = centered ? s.buffer("grad_avg", n) : null;
        float[] b = momentum > 0 ? s.buffer("momentum_buffer", n) : null;
        FastUpdates.rmsprop(p, po, g, go, v, avg, b, n, lr, alpha, eps, momentum);
    }
}
