package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Adam family's vectorized loops equal their scalar rules bit for bit (vector body and tail, offsets). */
class FastMomentUpdatesTest {
    static final int N = FastUpdatesTest.N, PO = FastUpdatesTest.PO, GO = FastUpdatesTest.GO;
    final Random r = new Random(7);

    float[] random(int n) {
        return FastUpdatesTest.gaussian(r, n);
    }

    float[] positive(int n) {
        float[] a = random(n);
        for (int i = 0; i < n; i++) a[i] = Math.abs(a[i]);
        return a;
    }

    @Test
    void adamWithAndWithoutAmsgradAndDecay() {
        for (boolean ams : new boolean[] {false, true}) {
            for (float decay : new float[] {1f, 0.999f}) {
                float[] p = random(N + PO), g = random(N + GO), m = random(N), v = random(N), vmax = random(N);
                for (int i = 0; i < N; i++) {
                    v[i] = Math.abs(v[i]);
                    vmax[i] = Math.abs(vmax[i]);
                }
                float[] q = p.clone(), m2 = m.clone(), v2 = v.clone(), vmax2 = vmax.clone();
                FastMomentUpdates.adam(p, PO, g, GO, m, v, ams ? vmax : null, N, 0.9f, 0.999f, 0.01f, 0.3f, 1e-8f, decay);
                for (int i = 0; i < N; i++) {
                    float gi = g[GO + i];
                    m2[i] = 0.9f * m2[i] + (1 - 0.9f) * gi;
                    v2[i] = 0.999f * v2[i] + (1 - 0.999f) * gi * gi;
                    float vi = v2[i];
                    if (ams) vmax2[i] = vi = Math.max(vmax2[i], vi);
                    q[PO + i] = q[PO + i] * decay - 0.01f * m2[i] / ((float) Math.sqrt(vi) / 0.3f + 1e-8f);
                }
                assertArrayEquals(q, p);
                assertArrayEquals(m2, m);
                assertArrayEquals(v2, v);
                if (ams) assertArrayEquals(vmax2, vmax);
            }
        }
    }

    @Test
    void nadamAndRadam() {
        float[] p = random(N + PO), g = random(N + GO), m = random(N), v = positive(N);
        float[] q = p.clone(), m2 = m.clone(), v2 = v.clone();
        FastMomentUpdates.nadam(p, PO, g, GO, m, v, N, 0.9f, 0.999f, 0.002f, 1e-8f, 0.01f, 0.2f);
        for (int i = 0; i < N; i++) {
            float gi = g[GO + i];
            m2[i] = 0.9f * m2[i] + (1 - 0.9f) * gi;
            v2[i] = 0.999f * v2[i] + (1 - 0.999f) * gi * gi;
            float d = (float) Math.sqrt(v2[i] / 0.002f) + 1e-8f;
            q[PO + i] -= 0.01f * gi / d + 0.2f * m2[i] / d;
        }
        assertArrayEquals(q, p);
        assertArrayEquals(m2, m);
        assertArrayEquals(v2, v);

        for (boolean rectify : new boolean[] {false, true}) {
            p = random(N + PO);
            q = p.clone();
            FastMomentUpdates.radam(p, PO, g, GO, m, v, N, 0.9f, 0.999f, 1e-8f, rectify, 0.03f, 0.05f);
            for (int i = 0; i < N; i++) {
                float gi = g[GO + i];
                m2[i] = 0.9f * m2[i] + (1 - 0.9f) * gi;
                v2[i] = 0.999f * v2[i] + (1 - 0.999f) * gi * gi;
                q[PO + i] -= rectify ? 0.03f * m2[i] / ((float) Math.sqrt(v2[i]) + 1e-8f) : 0.05f * m2[i];
            }
            assertArrayEquals(q, p);
        }
    }

    @Test
    void adamax() {
        float[] p = random(N + PO), g = random(N + GO), m = random(N), u = positive(N);
        float[] q = p.clone(), m2 = m.clone(), u2 = u.clone();
        FastMomentUpdates.adamax(p, PO, g, GO, m, u, N, 0.9f, 0.999f, 1e-8f, 0.02f);
        for (int i = 0; i < N; i++) {
            float gi = g[GO + i];
            m2[i] = 0.9f * m2[i] + (1 - 0.9f) * gi;
            u2[i] = Math.max(0.999f * u2[i], Math.abs(gi) + 1e-8f);
            q[PO + i] -= 0.02f * m2[i] / u2[i];
        }
        assertArrayEquals(q, p);
        assertArrayEquals(m2, m);
        assertArrayEquals(u2, u);
    }
}
