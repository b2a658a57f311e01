package baeum.optim;

/**
 * What the Adam family shares (Adam, AdamW, NAdam, RAdam, Adamax): the options lr, betas (named
 * {@code beta1} and {@code beta2}, so that {@code oneCycleLR} can cycle β1), eps and weightDecay,
 * their fluent setters, and the fields the update loops read.
 *
 * @param <T> the optimizer itself, so that the setters chain with its own type
 */
public abstract class AdamBase<T extends AdamBase<T>> extends Optimizer {
    protected float lr, b1, b2, eps;

    /** Declares lr, beta1 0.9, beta2 0.999, eps 1e-8 and weightDecay; the subclass then adds its own options and the params. */
    AdamBase(String name, double lr, double weightDecay) {
        super(name);
        option("lr", lr, NON_NEGATIVE);
        option("beta1", 0.9, UNIT);
        option("beta2", 0.999, UNIT);
        option("eps", 1e-8, NON_NEGATIVE);
        option("weightDecay", weightDecay, NON_NEGATIVE);
    }

    /** Decay rates (β1, β2) of the moving averages (default 0.9, 0.999). */
    public T betas(double beta1, double beta2) {
        set("beta1", beta1);
        return with("beta2", beta2);
    }

    /** Term added to the denominator for numerical stability (default 1e-8). */
    public T eps(double eps) {
        return with("eps", eps);
    }

    /** Weight decay λ (default 0; 1e-2 for AdamW). */
    public T weightDecay(double weightDecay) {
        return with("weightDecay", weightDecay);
    }

    /** Ascends instead of descending (default false). */
    public T maximize(boolean maximize) {
        return with("maximize", maximize);
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        lr = (float) g.lr();
        b1 = (float) g.num("beta1");
        b2 = (float) g.num("beta2");
        eps = (float) g.num("eps");
    }
}
