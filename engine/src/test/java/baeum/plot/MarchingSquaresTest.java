package baeum.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MarchingSquaresTest {

    @Test
    void contourOfAConeIsACircleOfTheLevelsRadius() {
        int n = 41;
        var xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = -2 + 4.0 * i / (n - 1);
        var z = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) z[j][i] = Math.hypot(xs[i], xs[j]);
        double[] s = MarchingSquares.segments(xs, xs, z, 1.0);
        assertTrue(s.length / 4 > 20, "a circle crosses many cells");
        for (int k = 0; k < s.length; k += 2) {
            // linear interpolation of a cone is exact along grid edges up to the chord error
            assertEquals(1.0, Math.hypot(s[k], s[k + 1]), 0.01, "point " + k / 2 + " lies on the circle");
        }
    }

    @Test
    void planeGivesAStraightLineThroughTheInterpolatedCrossing() {
        double[] xs = {0, 1};
        double[][] z = {{0, 1}, {0, 1}};  // z = x
        double[] s = MarchingSquares.segments(xs, xs, z, 0.25);
        assertArrayEquals(new double[] {0.25, 0, 0.25, 1}, s, 1e-12);
        assertEquals(0, MarchingSquares.segments(xs, xs, z, 2).length, "a level above every value draws nothing");
    }
}
