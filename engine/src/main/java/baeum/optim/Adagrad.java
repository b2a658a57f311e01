package baeum.optim;

import baeum.kernels.FastUpdates;
import java.util.List;

/**
 * Adagrad (Duchi et al., 2011), PyTorch's {@code torch.optim.Adagrad}.
 *
 * <p>For each parameter θ with gradient g (after {@code maximize} and weight decay
 * g ← g + λθ), at step t, with learning rate γ, learning-rate decay η and ε:
 * <pre>
 *   γ_t = γ / (1 + (t − 1)·η)
 *   s ← s + g²                       (s starts at initialAccumulatorValue)
 *   θ ← θ − γ_t · g / (√s + ε)
 * </pre>
 * Defaults: lr 1e-2, lrDecay 0, weightDecay 0, initialAccumulatorValue 0, eps 1e-10.
 *
 * <pre>
 * jshell> var opt = optim.adagrad(nn.linear(4, 3).parameters(), 1e-2).lrDecay(1e-4)
 * </pre>
 */
public final class Adagrad extends Optimizer {
    private float lr, eps, init;
    private double lrDecay;

    public Adagrad(List<?> params, double lr) {
        super("Adagrad");
        option("lr", lr, NON_NEGATIVE);
        option("lrDecay", 0.0, NON_NEGATIVE);
        option("weightDecay", 0.0, NON_NEGATIVE);
        option("initialAccumulatorValue", 0.0, NON_NEGATIVE);
        option("eps", 1e-10, NON_NEGATIVE);
        addParams(params);
    }

    /** Learning-rate decay η (default 0). */
    public Adagrad lrDecay(double lrDecay) {
        return with("lrDecay", lrDecay);
    }

    /** L2 penalty λ added to the gradient (default 0). */
    public Adagrad weightDecay(double weightDecay) {
        return with("weightDecay", weightDecay);
    }

    /** Starting value of the sum of squares s (default 0). */
    public Adagrad initialAccumulatorValue(double value) {
        return with("initialAccumulatorValue", value);
    }

    /** Term added to the denominator (default 1e-10). */
    public Adagrad eps(double eps) {
        return with("eps", eps);
    }

    /** Ascends instead of descending (default false). */
    public Adagrad maximize(boolean maximize) {
        return with("maximize", maximize);
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        lr = (float) g.lr();
        lrDecay = g.num("lrDecay");
        eps = (float) g.num("eps");
        init = (float) g.num("initialAccumulatorValue");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        long t = ++s.step;
        float clr = (float) (lr / (1 + (t - 1) * lrDecay));
        float[] sum = s.buffer("sum", n, init);
        FastUpdates.adagrad(p, po, g, go, sum, n, clr, eps);
    }
}
