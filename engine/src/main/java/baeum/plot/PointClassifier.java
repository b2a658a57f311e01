package baeum.plot;

/**
 * A rule that puts a point of the plane in a class, for {@link ScatterPlot#regions(PointClassifier)}.
 *
 * <pre>{@code jshell> scatter(xs, ys, labels).regions((x, y) -> x * x + y * y < 1 ? 0 : 1) }</pre>
 */
@FunctionalInterface
public interface PointClassifier {
    /** The class index of the point (x, y). */
    int classify(double x, double y);
}
