package baeum.optim;

import baeum.kernels.FastClassicUpdates;
import java.util.List;

/**
 * FTRL-Proximal, "follow the regularized leader" with per-coordinate learning rates (McMahan et
 * al., "Ad Click Prediction: a View from the Trenches", KDD 2013, Algorithm 1). PyTorch has no
 * FTRL; this follows the paper, the update TensorFlow's {@code Ftrl} also implements (with its
 * learning-rate power fixed at −½ and no initial accumulator).
 *
 * <p>For each element with gradient g (after {@code maximize}) and current value θ, with
 * learning rate α ({@code lr}), β, and the penalties λ1 ({@code l1}) and λ2 ({@code l2}); z and n
 * start at 0:
 * <pre>
 *   σ = (√(n + g²) − √n) / α
 *   z ← z + g − σ·θ
 *   n ← n + g²
 *   θ ← 0                                          if |z| ≤ λ1
 *   θ ← −(z − sign(z)·λ1) / ((β + √n)/α + λ2)      otherwise
 * </pre>
 * Because the σ·θ terms remember where θ was, the update also works from a non-zero starting
 * θ: the first step moves θ by about α·sign(g) (exactly that when β = 0 and λ1 = λ2 = 0). λ1
 * makes weights exactly zero (sparse models). Defaults: beta 1, l1 0, l2 0.
 *
 * <pre>
 * jshell> var opt = optim.ftrl(nn.linear(4, 3).parameters(), 0.1).l1(1e-3)
 * </pre>
 */
public final class Ftrl extends Optimizer {
    private float alpha, beta, l1, l2;

    public Ftrl(List<?> params, double lr) {
        super("Ftrl");
        option("lr", lr, POSITIVE);
        option("beta", 1.0, NON_NEGATIVE);
        option("l1", 0.0, NON_NEGATIVE);
        option("l2", 0.0, NON_NEGATIVE);
        addParams(params);
    }

    /** β of the per-coordinate learning rate α/(β + √n) (default 1). */
    public Ftrl beta(double beta) {
        return with("beta", beta);
    }

    /** L1 penalty λ1 (default 0). */
    public Ftrl l1(double l1) {
        return with("l1", l1);
    }

    /** L2 penalty λ2 (default 0). */
    public Ftrl l2(double l2) {
        return with("l2", l2);
    }

    @Override
    protected void beginGroup(ParamGroup g) {
        alpha = (float) g.lr();
        beta = (float) g.num("beta");
        l1 = (float) g.num("l1");
        l2 = (float) g.num("l2");
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        s.step++;
        float[] z = s.buffer("z", n);
        float[] acc = s.buffer("n", n);
        FastClassicUpdates.ftrl(p, po, g, go, z, acc, n, alpha, beta, l1, l2);
    }
}
