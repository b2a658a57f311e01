package baeum.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The hot loops of SGD, RMSprop, Adagrad and Adadelta (and the gradient preparation every
 * optimizer shares), written with the Vector API so that a step over an MLP's 235k parameters
 * costs tens of microseconds rather than a millisecond ({@link FastMomentUpdates} has the Adam
 * family).
 * Each does, lane by lane and in the same order of operations, exactly what the scalar rule in the
 * optimizer's Javadoc says, so results match the scalar form bit for bit; a scalar tail handles
 * the last elements. Arrays are addressed with separate offsets: parameter {@code p[po..]},
 * gradient {@code g[go..]}, state buffers from 0.
 */
public final class FastUpdates {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private FastUpdates() {
    }

    /** out[i] = sign·g[go + i] + wd·p[po + i]: the gradient after maximize (sign −1) and L2 weight decay. */
    public static void prepare(float[] out, float[] g, int go, float[] p, int po, int n, float sign, float wd) {
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i).mul(sign);
            gv.add(FloatVector.fromArray(S, p, po + i).mul(wd)).intoArray(out, i);
        }
        for (; i < n; i++) out[i] = sign * g[go + i] + wd * p[po + i];
    }

    /** θ ← θ − lr·g. */
    public static void sgd(float[] p, int po, float[] g, int go, int n, float lr) {
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            FloatVector.fromArray(S, p, po + i).sub(gv.mul(lr)).intoArray(p, po + i);
        }
        for (; i < n; i++) p[po + i] -= lr * g[go + i];
    }

    /**
     * b ← g (first step) or μ·b + (1 − τ)·g; θ ← θ − lr·(g + μ·b) with nesterov, else θ − lr·b.
     */
    public static void sgdMomentum(float[] p, int po, float[] g, int go, float[] b, int n, float lr, float momentum,
            float dampening, boolean nesterov, boolean first) {
        float keep = 1 - dampening;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var bv = first ? gv : FloatVector.fromArray(S, b, i).mul(momentum).add(gv.mul(keep));
            bv.intoArray(b, i);
            var d = nesterov ? gv.add(bv.mul(momentum)) : bv;
            FloatVector.fromArray(S, p, po + i).sub(d.mul(lr)).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float bi = first ? gi : momentum * b[i] + keep * gi;
            b[i] = bi;
            p[po + i] -= lr * (nesterov ? gi + momentum * bi : bi);
        }
    }

    /**
     * RMSprop: v ← α·v + (1 − α)·g²; d = √(v − ḡ²) + ε with ḡ ← α·ḡ + (1 − α)·g when {@code avg}
     * is given (centered), else √v + ε; with a momentum buffer b: b ← μ·b + g/d, θ ← θ − lr·b;
     * else θ ← θ − lr·g/d.
     */
    public static void rmsprop(float[] p, int po, float[] g, int go, float[] v, float[] avg, float[] b, int n, float lr,
            float alpha, float eps, float momentum) {
        float c = 1 - alpha;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var vv = FloatVector.fromArray(S, v, i).mul(alpha).add(gv.mul(c).mul(gv));
            vv.intoArray(v, i);
            FloatVector d;
            if (avg != null) {
                var av = FloatVector.fromArray(S, avg, i).mul(alpha).add(gv.mul(c));
                av.intoArray(avg, i);
                d = vv.sub(av.mul(av)).lanewise(VectorOperators.SQRT).add(eps);
            } else {
                d = vv.lanewise(VectorOperators.SQRT).add(eps);
            }
            var pv = FloatVector.fromArray(S, p, po + i);
            if (b != null) {
                var bv = FloatVector.fromArray(S, b, i).mul(momentum).add(gv.div(d));
                bv.intoArray(b, i);
                pv.sub(bv.mul(lr)).intoArray(p, po + i);
            } else {
                pv.sub(gv.mul(lr).div(d)).intoArray(p, po + i);
            }
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float vi = alpha * v[i] + c * gi * gi;
            v[i] = vi;
            float d;
            if (avg != null) {
                float ai = alpha * avg[i] + c * gi;
                avg[i] = ai;
                d = (float) Math.sqrt(vi - ai * ai) + eps;
            } else {
                d = (float) Math.sqrt(vi) + eps;
            }
            if (b != null) {
                float bi = momentum * b[i] + gi / d;
                b[i] = bi;
                p[po + i] -= lr * bi;
            } else {
                p[po + i] -= lr * gi / d;
            }
        }
    }

    /** Adagrad: s ← s + g², θ ← θ − clr·g / (√s + ε). */
    public static void adagrad(float[] p, int po, float[] g, int go, float[] sum, int n, float clr, float eps) {
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var sv = FloatVector.fromArray(S, sum, i).add(gv.mul(gv));
            sv.intoArray(sum, i);
            var pv = FloatVector.fromArray(S, p, po + i);
            pv.sub(gv.mul(clr).div(sv.lanewise(VectorOperators.SQRT).add(eps))).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float si = sum[i] + gi * gi;
            sum[i] = si;
            p[po + i] -= clr * gi / ((float) Math.sqrt(si) + eps);
        }
    }

    /**
     * Adadelta: v ← ρ·v + (1 − ρ)·g², Δ = √(u + ε)/√(v + ε)·g, u ← ρ·u + (1 − ρ)·Δ², θ ← θ − lr·Δ.
     */
    public static void adadelta(float[] p, int po, float[] g, int go, float[] v, float[] u, int n, float lr, float rho,
            float eps) {
        float c = 1 - rho;
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += S.length()) {
            var gv = FloatVector.fromArray(S, g, go + i);
            var vv = FloatVector.fromArray(S, v, i).mul(rho).add(gv.mul(c).mul(gv));
            vv.intoArray(v, i);
            var uv = FloatVector.fromArray(S, u, i);
            var delta = uv.add(eps).lanewise(VectorOperators.SQRT).div(vv.add(eps).lanewise(VectorOperators.SQRT)).mul(gv);
            uv.mul(rho).add(delta.mul(c).mul(delta)).intoArray(u, i);
            FloatVector.fromArray(S, p, po + i).sub(delta.mul(lr)).intoArray(p, po + i);
        }
        for (; i < n; i++) {
            float gi = g[go + i];
            float vi = rho * v[i] + c * gi * gi;
            v[i] = vi;
            float delta = (float) Math.sqrt(u[i] + eps) / (float) Math.sqrt(vi + eps) * gi;
            u[i] = rho * u[i] + c * delta * delta;
            p[po + i] -= lr * delta;
        }
    }
}
