package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The vectorized loops give, bit for bit, what the scalar rules of the Javadoc give, on lengths
 * that use both the vector body and the scalar tail, with parameter and gradient at different
 * offsets of their arrays.
 */
class FastUpdatesTest {
    static final int N = 203, PO = 3, GO = 7;
    final Random r = new Random(42);

    float[] random(int n) {
        return gaussian(r, n);
    }

    /** n draws from N(0, 1) as floats (shared by the Fast*UpdatesTest classes). */
    static float[] gaussian(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) r.nextGaussian();
        return a;
    }

    @Test
    void sgdAndMomentum() {
        float[] p = random(N + PO), g = random(N + GO), q = p.clone();
        FastUpdates.sgd(p, PO, g, GO, N, 0.1f);
        for (int i = 0; i < N; i++) q[PO + i] -= 0.1f * g[GO + i];
        assertArrayEquals(q, p);

        for (boolean nesterov : new boolean[] {false, true}) {
            float[] b = random(N), b2 = b.clone();
            p = random(N + PO);
            q = p.clone();
            for (boolean first : new boolean[] {true, false}) {
                float damp = nesterov ? 0 : 0.1f;
                FastUpdates.sgdMomentum(p, PO, g, GO, b, N, 0.1f, 0.9f, damp, nesterov, first);
                for (int i = 0; i < N; i++) {
                    float gi = g[GO + i];
                    float bi = first ? gi : 0.9f * b2[i] + (1 - damp) * gi;
                    b2[i] = bi;
                    q[PO + i] -= 0.1f * (nesterov ? gi + 0.9f * bi : bi);
                }
                assertArrayEquals(q, p);
                assertArrayEquals(b2, b);
            }
        }
    }

    @Test
    void prepareAppliesMaximizeAndWeightDecay() {
        float[] p = random(N + PO), g = random(N + GO), out = new float[N], expected = new float[N];
        FastUpdates.prepare(out, g, GO, p, PO, N, -1f, 0.01f);
        for (int i = 0; i < N; i++) expected[i] = -1f * g[GO + i] + 0.01f * p[PO + i];
        assertArrayEquals(expected, out);
    }

    @Test
    void rmspropVariants() {
        for (boolean centered : new boolean[] {false, true}) {
            for (float mom : new float[] {0f, 0.5f}) {
                float[] p = random(N + PO), g = random(N + GO), v = random(N), avg = random(N), b = random(N);
                for (int i = 0; i < N; i++) v[i] = Math.abs(v[i]) + 1;
                float[] q = p.clone(), v2 = v.clone(), avg2 = avg.clone(), b2 = b.clone();
                FastUpdates.rmsprop(p, PO, g, GO, v, centered ? avg : null, mom > 0 ? b : null, N, 0.01f, 0.9f, 1e-8f, mom);
                for (int i = 0; i < N; i++) {
                    float gi = g[GO + i];
                    v2[i] = 0.9f * v2[i] + (1 - 0.9f) * gi * gi;
                    float d;
                    if (centered) {
                        avg2[i] = 0.9f * avg2[i] + (1 - 0.9f) * gi;
                        d = (float) Math.sqrt(v2[i] - avg2[i] * avg2[i]) + 1e-8f;
                    } else {
                        d = (float) Math.sqrt(v2[i]) + 1e-8f;
                    }
                    if (mom > 0) {
                        b2[i] = mom * b2[i] + gi / d;
                        q[PO + i] -= 0.01f * b2[i];
                    } else {
                        q[PO + i] -= 0.01f * gi / d;
                    }
                }
                assertArrayEquals(q, p, "centered " + centered + ", momentum " + mom);
                assertArrayEquals(v2, v);
                if (centered) assertArrayEquals(avg2, avg);
                if (mom > 0) assertArrayEquals(b2, b);
            }
        }
    }

    @Test
    void adagrad() {
        float[] p = random(N + PO), g = random(N + GO), s = random(N);
        for (int i = 0; i < N; i++) s[i] = Math.abs(s[i]);
        float[] q = p.clone(), s2 = s.clone();
        FastUpdates.adagrad(p, PO, g, GO, s, N, 0.05f, 1e-10f);
        for (int i = 0; i < N; i++) {
            float gi = g[GO + i];
            s2[i] = s2[i] + gi * gi;
            q[PO + i] -= 0.05f * gi / ((float) Math.sqrt(s2[i]) + 1e-10f);
        }
        assertArrayEquals(q, p);
        assertArrayEquals(s2, s);
    }

    @Test
    void adadelta() {
        float[] p = random(N + PO), g = random(N + GO), v = random(N), u = random(N);
        for (int i = 0; i < N; i++) {
            v[i] = Math.abs(v[i]);
            u[i] = Math.abs(u[i]);
        }
        float[] q = p.clone(), v2 = v.clone(), u2 = u.clone();
        FastUpdates.adadelta(p, PO, g, GO, v, u, N, 0.5f, 0.9f, 1e-6f);
        for (int i = 0; i < N; i++) {
            float gi = g[GO + i];
            v2[i] = 0.9f * v2[i] + (1 - 0.9f) * gi * gi;
            float delta = (float) Math.sqrt(u2[i] + 1e-6f) / (float) Math.sqrt(v2[i] + 1e-6f) * gi;
            u2[i] = 0.9f * u2[i] + (1 - 0.9f) * delta * delta;
            q[PO + i] -= 0.5f * delta;
        }
        assertArrayEquals(q, p);
        assertArrayEquals(v2, v);
        assertArrayEquals(u2, u);
    }
}
