package baeum.data;

/**
 * The static methods behind {@code Baeum.data}: after {@code import static baeum.Baeum.*},
 * {@code data.xxx(...)} calls the public static methods declared here (filled in by the data toolkit).
 */
public class DataFacade {
    protected DataFacade() {}
}
