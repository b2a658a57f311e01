package baeum.nn;

/**
 * The static methods behind {@code Baeum.nn}: after {@code import static baeum.Baeum.*},
 * {@code nn.xxx(...)} calls the public static methods declared here (filled in by the nn toolkit).
 */
public class NnFacade {
    protected NnFacade() {}
}
