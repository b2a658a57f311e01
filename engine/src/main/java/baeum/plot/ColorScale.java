package baeum.plot;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Paint;
import java.util.Arrays;

/**
 * A {@link PaintScale} from a {@link Colors.ColorMap}: continuous, or banded by level boundaries
 * (a filled contour plot is a banded heat map).
 */
final class ColorScale implements PaintScale {
    private final Colors.ColorMap map;
    private final double lower;
    private final double upper;
    private final double[] levels;  // sorted boundaries, or null for a continuous scale

    ColorScale(Colors.ColorMap map, double lower, double upper, double[] levels) {
        this.map = map;
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
        this.levels = levels;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    /** Where {@code value} falls, from 0 (lowest colour) to 1 (highest). */
    double position(double value) {
        if (Double.isNaN(value)) return Double.NaN;
        if (levels == null) return (value - lower) / (upper - lower);
        int i = Arrays.binarySearch(levels, value);
        int band = i >= 0 ? i + 1 : -i - 1;  // number of boundaries <= value
        return levels.length == 0 ? 0.5 : (double) band / levels.length;
    }

    @Override
    public Paint getPaint(double value) {
        return map.at(position(value));
    }
}
