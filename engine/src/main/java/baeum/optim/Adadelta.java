package baeum.optim;

import baeum.kernels.FastUpdates;
import java.util.List;

/**
 * Adadelta (Zeiler, 2012), PyTorch's {@code torch.optim.Adadelta}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), with decay ρ, learning rate γ and ε:
 * <pre>
 *   v ← ρ·v + (1 − ρ)·g²
 *   Δ = √(u + ε) / √(v + ε) · g
 *   u ← ρ·u + (1 − ρ)·Δ²
 *   θ ← θ − γ·Δ
 * </pre>
 * Defaults: lr 1.0, rho 0.9, eps 1e-6, weightDecay 0.
 *
 * <pre>
 * jshell> var opt = optim.adadelta(nn.linear(4, 3).parameters(), 1.0).rho(0.95)
 * </pre>
 */
public final class Adadelta extends Optimizer {
    private float lr, rho, eps;

    public Adadelta(List<?> params, double lr) {
        super("Adadelta");
        option("lr", lr, NON_NEGATIVE);
        option("rho", 0.9, v -> v instanceof Number x && x.doubleValue() >= 0 && x.doubleValue() <= 1
                ? null : "must be in [0, 1]");
        option("eps", 1e-6, NON_NEGATIVE);
        option("weightDecay", 0.0, NON_NEGATIVE);
        addParams(params);
    }

    /** Decay ρ of the running averages (default 0.9). */
    public Adadelta rho(double rho) {
        return with("rho", rho);
    }

    /** Term added inside the square roots (default 1e-6). */
    public Adadelta eps(double eps) {
        return with("eps", eps);
    }

    /** L2 penalty λ added to the gradient (default 0). */
    public Adadelta weightDecay(double weightDecay) {
        return with("weightDecay", weightDecay);
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        lr = (float) g.lr();
        rho = (float) g.num("rho");
        eps = (float) g.num("eps");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        s.step++;
        float[] v = s.buffer("square_avg", n);
        float[] u = s.buffer("acc_delta", n);
        FastUpdates.adadelta(p, po, g, go, v, u, n, lr, rho, eps);
    }
}
