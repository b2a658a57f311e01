package baeum.plot;

import java.awt.Color;

/**
 * The colours of Baeum's charts: matplotlib's "tab10" cycle for series and classes (the colours
 * students know from the lecture notes), and two colour maps: {@code viridis} (heat maps,
 * contours) and {@code blues} (confusion matrices).
 */
public final class Colors {
    private Colors() {}

    private static final Color[] TAB10 = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x472d7b), new Color(0x3b528b), new Color(0x2c728e),
        new Color(0x21918c), new Color(0x28ae80), new Color(0x5ec962), new Color(0xaddc30),
        new Color(0xfde725)};

    private static final Color[] BLUES = {
        new Color(0xf7fbff), new Color(0xdeebf7), new Color(0xc6dbef), new Color(0x9ecae1),
        new Color(0x6baed6), new Color(0x4292c6), new Color(0x2171b5), new Color(0x08519c),
        new Color(0x08306b)};

    /** The i-th colour of the series cycle (wraps around after 10). */
    public static Color series(int i) {
        return TAB10[Math.floorMod(i, TAB10.length)];
    }

    /** A colour map: a function from [0, 1] to a colour. */
    public enum ColorMap {
        VIRIDIS(Colors.VIRIDIS), BLUES(Colors.BLUES);

        private final Color[] anchors;

        ColorMap(Color[] anchors) {
            this.anchors = anchors;
        }

        /** The colour at {@code t} in [0, 1] (clamped; NaN gives light grey). */
        public Color at(double t) {
            if (Double.isNaN(t)) return new Color(0xdddddd);
            t = Math.max(0, Math.min(1, t)) * (anchors.length - 1);
            int i = Math.min((int) t, anchors.length - 2);
            double f = t - i;
            Color a = anchors[i], b = anchors[i + 1];
            return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                    mix(a.getBlue(), b.getBlue(), f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }
}
