package baeum.plot;

/**
 * Contour lines of a function sampled on a grid, by marching squares: for each cell and level,
 * the edges where the level is crossed are found and joined by a segment whose ends are placed
 * by linear interpolation.
 */
final class MarchingSquares {
    private MarchingSquares() {}

    /**
     * Segments of the contour {@code z = level} as {x1, y1, x2, y2, ...} in data coordinates.
     *
     * @param xs grid x values (columns), ascending
     * @param ys grid y values (rows), ascending
     * @param z  {@code z[j][i]} is the value at {@code (xs[i], ys[j])}
     */
    static double[] segments(double[] xs, double[] ys, double[][] z, double level) {
        var out = new DoubleList();
        for (int j = 0; j + 1 < ys.length; j++) {
            for (int i = 0; i + 1 < xs.length; i++) {
                double a = z[j][i], b = z[j][i + 1], c = z[j + 1][i + 1], d = z[j + 1][i];
                if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) continue;
                int index = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (index == 0 || index == 15) continue;
                double x0 = xs[i], x1 = xs[i + 1], y0 = ys[j], y1 = ys[j + 1];
                // crossing points on the four edges: bottom (a-b), right (b-c), top (d-c), left (a-d)
                double bx = lerp(x0, x1, a, b, level), ry = lerp(y0, y1, b, c, level);
                double tx = lerp(x0, x1, d, c, level), ly = lerp(y0, y1, a, d, level);
                switch (index) {
                    case 1, 14 -> out.add(bx, y0, x0, ly);
                    case 2, 13 -> out.add(bx, y0, x1, ry);
                    case 3, 12 -> out.add(x0, ly, x1, ry);
                    case 4, 11 -> out.add(x1, ry, tx, y1);
                    case 6, 9 -> out.add(bx, y0, tx, y1);
                    case 7, 8 -> out.add(x0, ly, tx, y1);
                    case 5, 10 -> {
                        // saddle: decide by the cell's centre value which corners connect
                        boolean centreAbove = (a + b + c + d) / 4 > level;
                        if ((index == 5) == centreAbove) {
                            out.add(bx, y0, x1, ry);
                            out.add(x0, ly, tx, y1);
                        } else {
                            out.add(bx, y0, x0, ly);
                            out.add(x1, ry, tx, y1);
                        }
                    }
                    default -> throw new AssertionError(index);
                }
            }
        }
        return out.toArray();
    }

    private static double lerp(double p0, double p1, double v0, double v1, double level) {
        double t = v1 == v0 ? 0.5 : (level - v0) / (v1 - v0);
        return p0 + (p1 - p0) * t;
    }

    private static final class DoubleList {
        private double[] data = new double[64];
        private int size;

        void add(double x1, double y1, double x2, double y2) {
            if (size + 4 > data.length) data = java.util.Arrays.copyOf(data, data.length * 2);
            data[size++] = x1;
            data[size++] = y1;
            data[size++] = x2;
            data[size++] = y2;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
