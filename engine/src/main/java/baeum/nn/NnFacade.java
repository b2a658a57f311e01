package baeum.nn;

/**
 * The base of the facade's {@code nn} class ({@code public static final class nn extends NnFacade}
 * in {@code baeum.Baeum}): after {@code import static baeum.Baeum.*}, every layer, activation,
 * function and loss is {@code nn.something(...)}, initialisers are {@code nn.init.something(...)},
 * and a model class is written {@code class Net extends nn.Module}.
 *
 * <pre>
 * jshell> var model = nn.seq(nn.linear(784, 256), nn.relu(), nn.linear(256, 10));
 * jshell> model.apply(m -> { if (m instanceof baeum.nn.Linear l) nn.init.zeros(l.bias()); }).parameters().get(1).sum().item()
 * $2 ==> 0.0
 * jshell> nn.crossEntropyLoss().apply(model.forward(zeros(2, 784)), tensor(3L, 1L)).shape()
 * $3 ==> ()
 * </pre>
 */
public class NnFacade extends NnLosses {
    protected NnFacade() {}

    /**
     * {@code nn.Parameter(t)}: a trainable leaf sharing {@code data}'s values (a {@link Module}
     * subclass's field holding it is one of the module's parameters).
     * Shape: as {@code data}.
     *
     * <pre>
     * jshell> nn.parameter(zeros(2, 3)).requiresGrad()
     * $1 ==> true
     * </pre>
     */
    public static baeum.tensor.Tensor parameter(baeum.tensor.Tensor data) {
        return data.detach().requiresGrad_();
    }

    /** {@code nn.init}: weight initialisation (see {@link Init}). */
    public static class init extends Init {
        protected init() {}
    }

    /**
     * {@code nn.Module}: the type of every built-in layer, and the class to extend to write a model
     * as in PyTorch (see {@link baeum.nn.Module} for how parameters are found). A field or variable
     * of type {@code nn.Module} holds any layer: {@code nn.Module act = nn.relu();}.
     *
     * <pre>
     * class Net extends nn.Module {
     *     nn.Module fc1 = nn.linear(784, 256), fc2 = nn.linear(256, 10);
     *     public Tensor forward(Tensor x) { return fc2.forward(nn.relu(fc1.forward(x))); }
     * }
     * </pre>
     */
    public abstract static class Module extends baeum.nn.Module {
        protected Module() {}
    }
}
