package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** ASGD, Rprop and FTRL's vectorized loops equal their scalar rules bit for bit (body, tail, offsets). */
class FastClassicUpdatesTest {
    static final int N = FastUpdatesTest.N, PO = FastUpdatesTest.PO, GO = FastUpdatesTest.GO;
    final Random r = new Random(3);

    float[] random(int n) {
        return FastUpdatesTest.gaussian(r, n);
    }

    @Test
    void asgdCopiesThenAverages() {
        for (float mu : new float[] {1f, 0.25f}) {
            float[] p = random(N + PO), g = random(N + GO), ax = random(N);
            float[] q = p.clone(), ax2 = ax.clone();
            FastClassicUpdates.asgd(p, PO, g, GO, ax, N, 0.999f, 0.01f, mu);
            for (int i = 0; i < N; i++) {
                float pi = q[PO + i] * 0.999f - 0.01f * g[GO + i];
                q[PO + i] = pi;
                ax2[i] = mu == 1f ? pi : ax2[i] + (pi - ax2[i]) * mu;
            }
            assertArrayEquals(q, p);
            assertArrayEquals(ax2, ax);
        }
    }

    /** Gradients and previous gradients with equal, opposite and zero signs, step sizes hitting both bounds. */
    @Test
    void rpropAllSignCases() {
        float[] p = random(N + PO), g = random(N + GO), prev = random(N), step = new float[N];
        for (int i = 0; i < N; i++) {
            if (i % 7 == 0) g[GO + i] = 0;
            if (i % 5 == 0) prev[i] = 0;
            step[i] = (float) Math.abs(r.nextGaussian()) * 0.1f;
        }
        float[] q = p.clone(), prev2 = prev.clone(), step2 = step.clone();
        FastClassicUpdates.rprop(p, PO, g, GO, prev, step, N, 0.5f, 1.2f, 0.01f, 0.15f);
        int clampedHigh = 0, clampedLow = 0;
        for (int i = 0; i < N; i++) {
            float gi = g[GO + i], s = gi * prev2[i], d = step2[i];
            if (s > 0) {
                d *= 1.2f;
            } else if (s < 0) {
                d *= 0.5f;
                gi = 0;
            }
            d = Math.min(Math.max(d, 0.01f), 0.15f);
            if (d == 0.15f) clampedHigh++;
            if (d == 0.01f) clampedLow++;
            step2[i] = d;
            q[PO + i] -= Math.signum(gi) * d;
            prev2[i] = gi;
        }
        assertTrue(clampedHigh > 0 && clampedLow > 0, "both bounds are exercised");
        assertArrayEquals(q, p);
        assertArrayEquals(step2, step);
        assertArrayEquals(prev2, prev);
    }

    /** With λ1 = 0.5 some coordinates are set to exactly zero and others are not. */
    @Test
    void ftrlWithL1() {
        float[] p = random(N + PO), g = random(N + GO), z = random(N), acc = new float[N];
        for (int i = 0; i < N; i++) acc[i] = (float) Math.abs(r.nextGaussian());
        float[] q = p.clone(), z2 = z.clone(), acc2 = acc.clone();
        FastClassicUpdates.ftrl(p, PO, g, GO, z, acc, N, 0.1f, 1f, 0.5f, 0.2f);
        int zeros = 0;
        for (int i = 0; i < N; i++) {
            float gi = g[GO + i], ni = acc2[i] + gi * gi, sqrtNi = (float) Math.sqrt(ni);
            float sigma = (sqrtNi - (float) Math.sqrt(acc2[i])) / 0.1f;
            float zi = z2[i] + gi - sigma * q[PO + i];
            z2[i] = zi;
            acc2[i] = ni;
            q[PO + i] = Math.abs(zi) <= 0.5f ? 0f : -(zi - Math.signum(zi) * 0.5f) / ((1f + sqrtNi) / 0.1f + 0.2f);
            if (q[PO + i] == 0) zeros++;
        }
        assertTrue(zeros > 0 && zeros < N, "some but not all weights are zeroed: " + zeros);
        assertArrayEquals(q, p);
        assertArrayEquals(z2, z);
        assertArrayEquals(acc2, acc);
    }
}
