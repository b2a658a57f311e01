package baeum.optim;

/**
 * The static methods behind {@code Baeum.optim}: after {@code import static baeum.Baeum.*},
 * {@code optim.xxx(...)} calls the public static methods declared here (filled in by the optim toolkit).
 */
public class OptimFacade {
    protected OptimFacade() {}
}
