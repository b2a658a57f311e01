package baeum.nn;

/**
 * The base of the facade's {@code nn} class ({@code public static final class nn extends NnFacade}
 * in {@code baeum.Baeum}): after {@code import static baeum.Baeum.*}, every layer, activation,
 * function and loss is {@code nn.something(...)}, initialisers are {@code nn.init.something(...)},
 * and a model class is written {@code class Net extends nn.Module}.
 *
 * <pre>{@code
 * jshell> var model = nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10));
 * jshell> nn.init.xavierUniform(((Linear) model.get(0)).weight());
 * jshell> var loss = nn.crossEntropyLoss().apply(model.forward(x), y);
 * }</pre>
 */
public class NnFacade extends NnLosses {
    protected NnFacade() {}

    /** {@code nn.init}: weight initialisation (see {@link Init}). */
    public static class init extends Init {
        protected init() {}
    }

    /**
     * {@code nn.Module}: extend it to write a model as in PyTorch (see {@link baeum.nn.Module}).
     *
     * <pre>{@code
     * jshell> class Net extends nn.Module {
     *    ...>     Linear fc1 = nn.linear(784, 256), fc2 = nn.linear(256, 10);
     *    ...>     public Tensor forward(Tensor x) { return fc2.forward(nn.relu(fc1.forward(x))); }
     *    ...> }
     * }</pre>
     */
    public abstract static class Module extends baeum.nn.Module {
        protected Module() {}
    }
}
