package baeum.data;

/**
 * The static methods behind {@code Baeum.datasets}: after {@code import static baeum.Baeum.*},
 * {@code datasets.xxx(...)} calls the public static methods declared here (filled in by the data toolkit).
 */
public class DatasetsFacade {
    protected DatasetsFacade() {}
}
