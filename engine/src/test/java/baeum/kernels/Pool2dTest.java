package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pooling against values worked out by hand and against a direct reference on random planes. */
class Pool2dTest {
    @Test
    void maxPoolByHandWithIndicesAndGradient() {
        // 4x4 plane, 2x2 windows, stride 2 (LeNet's pool)
        float[] x = {1, 2, 0, 0, 3, 4, 0, 9, -1, -2, 5, 5, -3, -4, 5, 6};
        float[] y = new float[4];
        int[] at = new int[4];
        Pool2d.maxForward(x, 0, 1, 4, 4, Window2d.of(2, 2, 0, 1), y, 0, at, 0);
        assertArrayEquals(new float[] {4, 9, -1, 6}, y);
        assertArrayEquals(new int[] {5, 7, 8, 15}, at);
        float[] dx = new float[16];
        Pool2d.maxBackward(new float[] {1, 2, 3, 4}, 0, at, 0, 1, 4, 4, Window2d.of(2, 2, 0, 1), dx, 0);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 1, 0, 2, 3, 0, 0, 0, 0, 0, 0, 4}, dx);
    }

    @Test
    void maxPoolPropagatesNaNAndPadsWithMinusInfinity() {
        float[] y = new float[4];
        int[] at = new int[4];
        // 2x2 plane, 2x2 window, stride 1, padding 1 -> 3x3 output; check two corners
        float[] y9 = new float[9];
        int[] at9 = new int[9];
        Pool2d.maxForward(new float[] {-5, -6, -7, -8}, 0, 1, 2, 2, Window2d.of(2, 1, 1, 1), y9, 0, at9, 0);
        assertEquals(-5f, y9[0]);
        assertEquals(-8f, y9[8]);
        Pool2d.maxForward(new float[] {1, Float.NaN, 3, 4}, 0, 1, 2, 2, Window2d.of(1, 1, 0, 1), y, 0, at, 0);
        assertEquals(Float.NaN, y[1]);
        Pool2d.maxForward(new float[] {1, Float.NaN, 3, 4}, 0, 1, 2, 2, Window2d.of(2, 1, 0, 1), y, 0, at, 0);
        assertEquals(Float.NaN, y[0]);
        assertEquals(1, at[0]);
    }

    @Test
    void avgPoolByHandWithAndWithoutPaddingInTheDivisor() {
        float[] x = {1, 2, 3, 4};
        float[] y = new float[9];
        Pool2d.avgForward(x, 0, 1, 2, 2, Window2d.of(2, 1, 1, 1), true, y, 0);
        assertArrayEquals(new float[] {0.25f, 0.75f, 0.5f, 1f, 2.5f, 1.5f, 0.75f, 1.75f, 1f}, y);
        Pool2d.avgForward(x, 0, 1, 2, 2, Window2d.of(2, 1, 1, 1), false, y, 0);
        assertArrayEquals(new float[] {1, 1.5f, 2, 2, 2.5f, 3, 3, 3.5f, 4}, y);
        float[] dx = new float[4];
        float[] ones = new float[9];
        java.util.Arrays.fill(ones, 1f);
        Pool2d.avgBackward(ones, 0, 1, 2, 2, Window2d.of(2, 1, 1, 1), true, dx, 0);
        assertArrayEquals(new float[] {1, 1, 1, 1}, dx);   // each input is in 4 windows of size 4
        assertThrows(IllegalArgumentException.class,
                () -> Pool2d.avgForward(x, 0, 1, 2, 2, Window2d.of(1, 1, 0, 2), true, y, 0));
    }

    @Test
    void randomPlanesMatchDirectReferenceAndGradientsAreAdjoint() {
        Random rnd = new Random(3);
        int planes = 300, h = 13, w = 11;   // enough work to split over the cores
        Window2d win = new Window2d(3, 2, 2, 3, 1, 1, 2, 1);
        float[] x = new float[planes * h * w];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextFloat();
        int oh = win.outH(h), ow = win.outW(w);
        float[] y = new float[planes * oh * ow], dy = new float[y.length];
        int[] at = new int[y.length];
        for (int i = 0; i < dy.length; i++) dy[i] = rnd.nextFloat();
        Pool2d.maxForward(x, 0, planes, h, w, win, y, 0, at, 0);
        float[] dx = new float[x.length];
        Pool2d.maxBackward(dy, 0, at, 0, planes, h, w, win, dx, 0);
        double inner = 0, innerDx = 0;
        for (int p = 0, o = 0; p < planes; p++) {
            for (int oy = 0; oy < oh; oy++) for (int ox = 0; ox < ow; ox++, o++) {
                float best = Float.NEGATIVE_INFINITY;
                for (int ki = 0; ki < 3; ki++) for (int kj = 0; kj < 2; kj++) {
                    int iy = oy * 2 - 1 + ki * 2, ix = ox * 3 - 1 + kj;
                    if (iy >= 0 && iy < h && ix >= 0 && ix < w) best = Math.max(best, x[p * h * w + iy * w + ix]);
                }
                assertEquals(best, y[o], "plane " + p + " out " + oy + "," + ox);
                assertEquals(best, x[p * h * w + at[o]]);
                inner += (double) dy[o] * y[o];
            }
        }
        for (int i = 0; i < x.length; i++) innerDx += (double) dx[i] * x[i];
        assertEquals(inner, innerDx, 1e-6 * Math.abs(inner));   // max pooling is linear per window choice
    }
}
