package baeum.kernels;

import static baeum.kernels.FastUpdates.S;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The hot loops of the Adam family (Adam/AdamW, NAdam, RAdam, Adamax) with the Vector API: each
 * updates the moving averages m ← β1·m + (1 − β1)·g and v ← β2·v + (1 − β2)·g² (Adamax: the
 * infinity norm u) and the parameter in one pass, lane by lane in the same order of operations as
 * the scalar rule in the optimizer's Javadoc (so results match it bit for bit), with a scalar tail.
 * Parameter {@code p[po..]}, gradient {@code g[go..]}, state buffers from 0.
 */
public final class FastMomentUpdates {
    private FastMomentUpdates() {
    }

    /**
     * Adam's step with the bias corrections folded in: m ← β1·m + (1 − β1)·g,
     * v ← β2·v + (1 − β2)·g², v̂ = max(vmax, v) with amsgrad (else v),
     * θ ← θ·decay − stepSize·m / (√v̂ / bc2Sqrt + ε).
     */
    public static void adam(float[] p, int po, float[] g, int go, float[] m, float[] v, float[] vmax, int n, float b1,
            float b2, float stepSize, float bc2Sqrt, float eps, float decay) {
        float c1 = 1 - b1, c2 = 1 - b2;
        boolean amsgrad = vmax != null;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var mv = FloatVector.fromArray(S, m, i).mul(b1).add(gv.mul(c1));
            var vv = FloatVector.fromArray(S, v, i).mul(b2).add(gv.mul(c2).mul(gv));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            if (amsgrad) {
                vv = vv.max(FloatVector.fromArray(S, vmax, i));
                vv.intoArray(vmax, i);
            }
            var denom = vv.lanewise(VectorOperators.SQRT).div(bc2Sqrt).add(eps);
            var pv = FloatVector.fromArray(S, p, po + i);
            if (decay != 1f) pv = pv.mul(decay);
            pv.sub(mv.mul(stepSize).div(denom)).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float mi = b1 * m[i] + c1 * gi;
            float vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            if (amsgrad) vmax[i] = vi = Math.max(vmax[i], vi);
            float pi = decay != 1f ? p[po + i] * decay : p[po + i];
            p[po + i] = pi - stepSize * mi / ((float) Math.sqrt(vi) / bc2Sqrt + eps);
        }
    }

    /** NAdam: d = √(v / bc2) + ε, θ ← θ − (gradCoef·g/d + avgCoef·m/d). */
    public static void nadam(float[] p, int po, float[] g, int go, float[] m, float[] v, int n, float b1, float b2,
            float bc2, float eps, float gradCoef, float avgCoef) {
        float c1 = 1 - b1, c2 = 1 - b2;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var mv = FloatVector.fromArray(S, m, i).mul(b1).add(gv.mul(c1));
            var vv = FloatVector.fromArray(S, v, i).mul(b2).add(gv.mul(c2).mul(gv));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            var d = vv.div(bc2).lanewise(VectorOperators.SQRT).add(eps);
            var step = gv.mul(gradCoef).div(d).add(mv.mul(avgCoef).div(d));
            FloatVector.fromArray(S, p, po + i).sub(step).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float mi = b1 * m[i] + c1 * gi;
            float vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            float d = (float) Math.sqrt(vi / bc2) + eps;
            p[po + i] -= gradCoef * gi / d + avgCoef * mi / d;
        }
    }

    /** RAdam: θ ← θ − adaptive·m/(√v + ε) when {@code rectify}, else θ ← θ − plain·m. */
    public static void radam(float[] p, int po, float[] g, int go, float[] m, float[] v, int n, float b1, float b2,
            float eps, boolean rectify, float adaptive, float plain) {
        float c1 = 1 - b1, c2 = 1 - b2;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var mv = FloatVector.fromArray(S, m, i).mul(b1).add(gv.mul(c1));
            var vv = FloatVector.fromArray(S, v, i).mul(b2).add(gv.mul(c2).mul(gv));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            var step = rectify ? mv.mul(adaptive).div(vv.lanewise(VectorOperators.SQRT).add(eps)) : mv.mul(plain);
            FloatVector.fromArray(S, p, po + i).sub(step).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float mi = b1 * m[i] + c1 * gi;
            float vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            p[po + i] -= rectify ? adaptive * mi / ((float) Math.sqrt(vi) + eps) : plain * mi;
        }
    }

    /** Adamax: m ← β1·m + (1 − β1)·g, u ← max(β2·u, |g| + ε), θ ← θ − clr·m/u. */
    public static void adamax(float[] p, int po, float[] g, int go, float[] m, float[] u, int n, float b1, float b2,
            float eps, float clr) {
        float c1 = 1 - b1;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var mv = FloatVector.fromArray(S, m, i).mul(b1).add(gv.mul(c1));
            var uv = FloatVector.fromArray(S, u, i).mul(b2).max(gv.abs().add(eps));
            mv.intoArray(m, i);
            uv.intoArray(u, i);
            FloatVector.fromArray(S, p, po + i).sub(mv.mul(clr).div(uv)).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float mi = b1 * m[i] + c1 * gi;
            float ui = Math.max(b2 * u[i], Math.abs(gi) + eps);
            m[i] = mi;
            u[i] = ui;
            p[po + i] -= clr * mi / ui;
        }
    }
}
