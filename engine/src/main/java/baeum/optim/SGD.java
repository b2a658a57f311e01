package baeum.optim;

import baeum.kernels.FastUpdates;
import java.util.List;

/**
 * Stochastic gradient descent, optionally with momentum (PyTorch's {@code torch.optim.SGD}).
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), with momentum μ, dampening τ and learning rate γ:
 * <pre>
 *   if μ ≠ 0:  b ← g                    (first step)
 *              b ← μ·b + (1 − τ)·g      (later steps)
 *              g ← g + μ·b   if nesterov,   else g ← b
 *   θ ← θ − γ·g
 * </pre>
 * Defaults: momentum 0, dampening 0, weightDecay 0, nesterov false. Nesterov needs momentum &gt; 0
 * and dampening 0.
 *
 * <pre>
 * jshell> var opt = optim.sgd(nn.linear(4, 3).parameters(), 0.1).momentum(0.9).nesterov(true)
 * </pre>
 */
public final class SGD extends Optimizer {
    private float lr, momentum, dampening;
    private boolean nesterov;

    public SGD(List<?> params, double lr) {
        super("SGD");
        option("lr", lr, NON_NEGATIVE);
        option("momentum", 0.0, NON_NEGATIVE);
        option("dampening", 0.0, v -> v instanceof Number ? null : "must be a number");
        option("weightDecay", 0.0, NON_NEGATIVE);
        option("nesterov", false, BOOL);
        addParams(params);
    }

    /** Momentum factor μ (default 0). */
    public SGD momentum(double momentum) {
        return with("momentum", momentum);
    }

    /** Dampening τ of the momentum (default 0). */
    public SGD dampening(double dampening) {
        return with("dampening", dampening);
    }

    /** L2 penalty λ added to the gradient (default 0). */
    public SGD weightDecay(double weightDecay) {
        return with("weightDecay", weightDecay);
    }

    /** Nesterov momentum (default false). */
    public SGD nesterov(boolean nesterov) {
        return with("nesterov", nesterov);
    }

    /** Ascends instead of descending (default false). */
    public SGD maximize(boolean maximize) {
        return with("maximize", maximize);
    }

    @Override
    protected void validate(ParamGroup g) {
        if (g.flag("nesterov") && (g.num("momentum") <= 0 || g.num("dampening") != 0)) {
            throw new baeum.storage.TensorError("SGD: nesterov momentum requires a momentum > 0 and zero dampening,"
                    + " got momentum " + g.num("momentum") + " and dampening " + g.num("dampening")
                    + "; e.g. optim.sgd(params, 0.1).momentum(0.9).nesterov(true)");
        }
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        lr = (float) g.lr();
        momentum = (float) g.num("momentum");
        dampening = (float) g.num("dampening");
        nesterov = g.flag("nesterov");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        s.step++;
        if (momentum == 0) {
            FastUpdates.sgd(p, po, g, go, n, lr);
        } else {
            boolean first = !s.has("momentum_buffer");
            float[] b = s.buffer("momentum_buffer", n);
            FastUpdates.sgdMomentum(p, po, g, go, b, n, lr, momentum, dampening, nesterov, first);
        }
    }
}
