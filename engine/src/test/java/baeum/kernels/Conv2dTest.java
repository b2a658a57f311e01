package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** im2col convolution, forward and backward, against direct nested loops in double precision. */
class Conv2dTest {
    private final Random rnd = new Random(7);

    @Test
    void im2colDocumentedExampleAndPadding() {
        float[] col = new float[4];
        Im2col.im2col(new float[] {1, 2, 3, 4}, 0, 1, 2, 2, Window2d.of(2, 1, 0, 1), col, 0);
        assertArrayEquals(new float[] {1, 2, 3, 4}, col);
        // 1x1 plane [5], 3x3 window with padding 1: only the centre row reads the value
        float[] c9 = new float[9];
        Im2col.im2col(new float[] {5}, 0, 1, 1, 1, Window2d.of(3, 1, 1, 1), c9, 0);
        assertArrayEquals(new float[] {0, 0, 0, 0, 5, 0, 0, 0, 0}, c9);
    }

    @Test
    void unfoldedInputArraysAreReusedOnlyAfterTheyAreGivenBack() {
        var g = new Conv2d.Geometry(2, 3, 9, 9, 4, 1, Window2d.of(3, 1, 1, 1));
        float[] a = Conv2d.takeCols(g), b = Conv2d.takeCols(g);
        assertEquals(Conv2d.colsSize(g), a.length);
        assertEquals(false, a == b, "two live arrays are distinct");
        Conv2d.releaseCols(a);
        assertEquals(true, Conv2d.takeCols(g) == a, "a given-back array is handed out again");
        var other = new Conv2d.Geometry(1, 3, 9, 9, 4, 1, Window2d.of(3, 1, 1, 1));
        Conv2d.releaseCols(b);
        assertEquals(Conv2d.colsSize(other), Conv2d.takeCols(other).length, "only an array of the right size");
    }

    @Test
    void everyWindowOptionMatchesDirectLoops() {
        check(2, 1, 28, 28, 6, 1, Window2d.of(5, 1, 2, 1));                 // LeNet conv1
        check(3, 6, 14, 14, 16, 1, Window2d.of(5, 1, 0, 1));                // LeNet conv2
        check(2, 4, 9, 11, 6, 2, new Window2d(3, 2, 2, 3, 1, 2, 2, 1));     // groups, stride, dilation
        check(1, 3, 7, 6, 5, 1, new Window2d(2, 4, 3, 1, 0, 3, 1, 2));      // wide padding, ragged
        check(3, 4, 5, 5, 8, 4, Window2d.of(1, 1, 0, 1));                   // pointwise, depthwise groups
        check(2, 2, 6, 6, 3, 1, Window2d.of(1, 2, 0, 1));                   // 1x1 but strided
        check(9, 3, 16, 16, 8, 1, Window2d.of(3, 1, 1, 1));                 // big enough for both cores
    }

    @Test
    void invalidGeometryNamesTheSizes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Conv2d.Geometry(1, 3, 8, 8, 4, 2, Window2d.of(3, 1, 0, 1)));
        assertEquals(true, e.getMessage().contains("multiples of groups"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Window2d.of(5, 1, 0, 1).outH(4));
    }

    private void check(int batch, int cin, int h, int w, int cout, int groups, Window2d win) {
        var g = new Conv2d.Geometry(batch, cin, h, w, cout, groups, win);
        int oh = g.outH(), ow = g.outW(), cg = cin / groups, og = cout / groups;
        int off = 3;
        float[] x = random(off + g.inputSize()), wt = random(off + g.weightSize()),
                b = random(off + cout), dy = random(off + g.outputSize());
        float[] y = new float[off + g.outputSize()];
        Conv2d.forward(g, x, off, wt, off, b, off, y, off);
        float[] dx = new float[off + g.inputSize()], dw = new float[off + g.weightSize()],
                db = new float[off + cout];
        java.util.Arrays.fill(dx, 9f);   // overwritten, not accumulated
        Conv2d.backward(g, x, off, wt, off, dy, off, dx, off, dw, off, db, off);
        // keeping the unfolded input from forward gives the same output and gradients
        float[] cols = new float[Conv2d.colsSize(g)], y2 = new float[y.length];
        float[] dx2 = new float[dx.length], dw2 = new float[dw.length], db2 = new float[db.length];
        java.util.Arrays.fill(dx2, 9f);
        Conv2d.forward(g, x, off, wt, off, b, off, y2, off, cols);
        Conv2d.backward(g, x, off, wt, off, dy, off, dx2, off, dw2, off, db2, off, cols);
        assertArrayEquals(y, y2, g + " y with kept columns");
        assertArrayEquals(dw, dw2, g + " dw with kept columns");
        assertArrayEquals(dx, dx2, g + " dx with kept columns");

        double[] ey = new double[g.outputSize()], edx = new double[g.inputSize()],
                edw = new double[g.weightSize()], edb = new double[cout];
        for (int n = 0; n < batch; n++) for (int co = 0; co < cout; co++) {
            int gr = co / og;
            for (int oy = 0; oy < oh; oy++) for (int ox = 0; ox < ow; ox++) {
                int yi = ((n * cout + co) * oh + oy) * ow + ox;
                double s = b[off + co], gy = dy[off + yi];
                edb[co] += gy;
                for (int ci = 0; ci < cg; ci++) for (int ki = 0; ki < win.kh(); ki++)
                    for (int kj = 0; kj < win.kw(); kj++) {
                        int iy = oy * win.sh() - win.ph() + ki * win.dh();
                        int ix = ox * win.sw() - win.pw() + kj * win.dw();
                        if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                        int xi = ((n * cin + gr * cg + ci) * h + iy) * w + ix;
                        int wi = ((co * cg + ci) * win.kh() + ki) * win.kw() + kj;
                        s += x[off + xi] * wt[off + wi];
                        edx[xi] += gy * wt[off + wi];
                        edw[wi] += gy * x[off + xi];
                    }
                ey[yi] = s;
            }
        }
        String what = g.toString();
        near(what + " y", ey, y, off);
        near(what + " dx", edx, dx, off);
        near(what + " dw", edw, dw, off);
        near(what + " db", edb, db, off);
    }

    private static void near(String what, double[] expect, float[] got, int off) {
        for (int i = 0; i < expect.length; i++) {
            if (Math.abs(expect[i] - got[off + i]) > 1e-3 * (1 + Math.abs(expect[i]))) {
                throw new AssertionError(what + "[" + i + "] = " + got[off + i] + ", expected " + expect[i]);
            }
        }
    }

    private float[] random(int len) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) x[i] = rnd.nextFloat() * 2 - 1;
        return x;
    }
}
