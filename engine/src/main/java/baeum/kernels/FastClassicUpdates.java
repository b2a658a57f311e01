package baeum.kernels;

import static baeum.kernels.FastUpdates.S;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The loops of ASGD, Rprop and FTRL-Proximal with the Vector API, branches done with lane masks:
 * lane by lane the same operations in the same order as the scalar rule in each optimizer's
 * Javadoc (so results match it bit for bit), with a scalar tail. Parameter {@code p[po..]},
 * gradient {@code g[go..]}, state buffers from 0.
 */
public final class FastClassicUpdates {
    private FastClassicUpdates() {
    }

    /** ASGD: θ ← θ·decay − η·g; ax ← θ when μ = 1, else ax + (θ − ax)·μ. */
    public static void asgd(float[] p, int po, float[] g, int go, float[] ax, int n, float decay, float eta, float mu) {
        boolean copy = mu == 1f;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var pv = FloatVector.fromArray(S, p, po + i).mul(decay).sub(FloatVector.fromArray(S, g, go + i).mul(eta));
            pv.intoArray(p, po + i);
            if (copy) {
                pv.intoArray(ax, i);
            } else {
                var av = FloatVector.fromArray(S, ax, i);
                av.add(pv.sub(av).mul(mu)).intoArray(ax, i);
            }
        }
        for (; i < n; i++) {
            float pi = p[po + i] * decay - eta * g[go + i];
            p[po + i] = pi;
            ax[i] = copy ? pi : ax[i] + (pi - ax[i]) * mu;
        }
    }

    /**
     * Rprop: with s = g·g', Δ ← Δ·η+ (s &gt; 0) or Δ·η− and g ← 0 (s &lt; 0); Δ ← clamp(Δ, Δmin, Δmax);
     * θ ← θ − sign(g)·Δ; g' ← g.
     */
    public static void rprop(float[] p, int po, float[] g, int go, float[] prev, float[] step, int n, float etaMinus,
            float etaPlus, float minStep, float maxStep) {
        int i = 0;
        var zero = FloatVector.zero(S);
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var s = gv.mul(FloatVector.fromArray(S, prev, i));
            VectorMask<Float> up = s.compare(VectorOperators.GT, 0f), down = s.compare(VectorOperators.LT, 0f);
            var d = FloatVector.fromArray(S, step, i);
            d = d.blend(d.mul(etaPlus), up).blend(d.mul(etaMinus), down).max(minStep).min(maxStep);
            d.intoArray(step, i);
            gv = gv.blend(zero, down);
            var sign = zero.blend(1f, gv.compare(VectorOperators.GT, 0f)).blend(-1f, gv.compare(VectorOperators.LT, 0f));
            FloatVector.fromArray(S, p, po + i).sub(sign.mul(d)).intoArray(p, po + i);
            gv.intoArray(prev, i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float sign = gi * prev[i];
            float d = step[i];
            if (sign > 0) {
                d *= etaPlus;
            } else if (sign < 0) {
                d *= etaMinus;
                gi = 0;
            }
            d = Math.min(Math.max(d, minStep), maxStep);
            step[i] = d;
            p[po + i] -= Math.signum(gi) * d;
            prev[i] = gi;
        }
    }

    /**
     * FTRL-Proximal: σ = (√(n + g²) − √n)/α, z ← z + g − σ·θ, n ← n + g², θ ← 0 if |z| ≤ λ1 else
     * −(z − sign(z)·λ1) / ((β + √n)/α + λ2).
     */
    public static void ftrl(float[] p, int po, float[] g, int go, float[] z, float[] acc, int n, float alpha, float beta,
            float l1, float l2) {
        int i = 0;
        var zero = FloatVector.zero(S);
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var av = FloatVector.fromArray(S, acc, i);
            var nv = av.add(gv.mul(gv));
            var sqrtN = nv.lanewise(VectorOperators.SQRT);
            var sigma = sqrtN.sub(av.lanewise(VectorOperators.SQRT)).div(alpha);
            var pv = FloatVector.fromArray(S, p, po + i);
            var zv = FloatVector.fromArray(S, z, i).add(gv).sub(sigma.mul(pv));
            zv.intoArray(z, i);
            nv.intoArray(acc, i);
            var signedL1 = FloatVector.broadcast(S, l1).blend(-l1, zv.compare(VectorOperators.LT, 0f));
            var w = zv.sub(signedL1).neg().div(sqrtN.add(beta).div(alpha).add(l2));
            w.blend(zero, zv.abs().compare(VectorOperators.LE, l1)).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float ni = acc[i] + gi * gi;
            float sqrtNi = (float) Math.sqrt(ni);
            float sigma = (sqrtNi - (float) Math.sqrt(acc[i])) / alpha;
            float zi = z[i] + gi - sigma * p[po + i];
            z[i] = zi;
            acc[i] = ni;
            p[po + i] = Math.abs(zi) <= l1 ? 0f : -(zi - Math.signum(zi) * l1) / ((beta + sqrtNi) / alpha + l2);
        }
    }
}
