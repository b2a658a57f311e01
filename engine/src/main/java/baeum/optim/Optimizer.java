package baeum.optim;

import baeum.kernels.FastUpdates;
import baeum.tensor.GradMode;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The base of every optimizer: parameter groups, per-parameter state, {@link #step()},
 * {@link #zeroGrad()} and the state dict, as in PyTorch's {@code torch.optim.Optimizer}.
 *
 * <p>Hyper-parameters are named options with PyTorch's defaults. Each optimizer offers them as
 * fluent setters that change the default of every group ({@code optim.sgd(params, 0.1)
 * .momentum(0.9).nesterov(true)}); a group can override any of them
 * ({@code optim.group(head.parameters()).lr(1e-3)}). A value out of range (a negative learning
 * rate, a beta outside [0, 1)) is refused at once with a message that names the option.
 *
 * <p>{@code step()} runs without recording the graph and updates each parameter's float array in
 * place. Before the optimizer's own rule sees the gradient g, two options common to most
 * optimizers are applied: {@code maximize} (g = -g) and, for optimizers with an L2
 * {@code weightDecay} λ, g = g + λ·θ.
 *
 * <pre>
 * jshell> var w = tensor(1f, 2f).requiresGrad_(); var opt = optim.sgd(List.of(w), 0.1);
 * jshell> opt.zeroGrad(); w.pow(2).sum().backward(); opt.step(); w      // w − 0.1·2w
 * w ==> tensor([0.8000, 1.6000], requires_grad=True)
 * </pre>
 */
public abstract class Optimizer {
    private final String name;
    private final Map<String, Object> defaults = new LinkedHashMap<>();
    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final List<ParamGroup> groups = new ArrayList<>();
    private final Map<Tensor, ParamState> state = new IdentityHashMap<>();
    private float[] scratch = new float[0];

    /** Validates one option value: returns null if fine, else what is wrong ("must be >= 0"). */
    @FunctionalInterface
    protected interface Check {
        String problem(Object value);
    }

    protected static final Check NON_NEGATIVE = v -> v instanceof Number n && n.doubleValue() >= 0 ? null : "must be >= 0";
    protected static final Check POSITIVE = v -> v instanceof Number n && n.doubleValue() > 0 ? null : "must be > 0";
    protected static final Check UNIT = v -> v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() < 1
            ? null : "must be in [0, 1)";
    protected static final Check BOOL = v -> v instanceof Boolean ? null : "must be true or false";

    protected Optimizer(String name) {
        this.name = name;
        option("maximize", false, BOOL);
    }

    /** Declares option {@code key} with its default (PyTorch's) and its check. Constructors only. */
    protected final void option(String key, Object defaultValue, Check check) {
        checks.put(key, check);
        checkOption(key, defaultValue);
        defaults.put(key, defaultValue);
    }

    /**
     * Adds the parameters; the subclass calls this after declaring its options. {@code params} is
     * either a list of tensors (one group) or a list of {@link ParamGroup}s, as in PyTorch.
     */
    protected final void addParams(List<?> params) {
        if (params == null || params.isEmpty()) {
            throw new TensorError(name + ": got an empty parameter list; pass model.parameters()");
        }
        if (params.get(0) instanceof ParamGroup) {
            for (Object g : params) {
                if (!(g instanceof ParamGroup pg)) throw mixed();
                addParamGroup(pg);
            }
            return;
        }
        List<Tensor> tensors = new ArrayList<>();
        for (Object t : params) {
            if (!(t instanceof Tensor tt)) throw mixed();
            tensors.add(tt);
        }
        addParamGroup(new ParamGroup(tensors));
    }

    private TensorError mixed() {
        return new TensorError(name + ": params must be a list of tensors (model.parameters()) or a list of"
                + " parameter groups (optim.group(...)), not a mix or other objects");
    }

    /** Adds a group (PyTorch's {@code add_param_group}); its parameters must not be in another group. */
    public void addParamGroup(ParamGroup group) {
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ParamGroup g : groups) seen.addAll(g.params());
        for (Tensor p : group.params()) {
            if (p == null) throw new TensorError(name + ": a parameter is null");
            if (p.dtype() != DType.FLOAT32) {
                throw new TensorError(name + ": parameters must be float32, got a " + p.dtype() + " tensor of shape "
                        + p.shape() + "; convert it with p.to(DType.FLOAT32)");
            }
            if (!p.isLeaf()) {
                throw new TensorError(name + ": can't optimize a non-leaf tensor of shape " + p.shape()
                        + " (the result of " + p.gradFn().name() + "); optimize the leaf it was computed from");
            }
            if (!seen.add(p)) {
                throw new TensorError(name + ": a parameter of shape " + p.shape()
                        + " appears in more than one parameter group (or twice in one); give each tensor once");
            }
        }
        group.attach(this);
        groups.add(group);
    }

    /** The groups of parameters, each with its hyper-parameters. */
    public List<ParamGroup> paramGroups() {
        return Collections.unmodifiableList(groups);
    }

    /** The optimizer's name as PyTorch prints it ("SGD", "Adam"). */
    public String name() {
        return name;
    }

    /** The learning rate of the first group. */
    public double lr() {
        return groups.get(0).lr();
    }

    /** Sets option {@code key} for every group that has no value of its own; returns this optimizer. */
    public Optimizer set(String key, Object value) {
        if (value instanceof Integer i) value = i.doubleValue();
        if (!checks.containsKey(key)) throw unknown(key);
        checkOption(key, value);
        defaults.put(key, value);
        return this;
    }

    /** The fluent form of {@link #set} for subclasses: {@code return with("momentum", m);}. */
    @SuppressWarnings("unchecked")
    protected final <T extends Optimizer> T with(String key, Object value) {
        return (T) set(key, value);
    }

    boolean hasOption(String key) {
        return checks.containsKey(key);
    }

    Object defaultOf(String key) {
        return defaults.get(key);
    }

    Set<String> optionNames() {
        return new TreeMap<>(defaults).keySet();
    }

    void checkOption(String key, Object value) {
        Check c = checks.get(key);
        if (c == null) throw unknown(key);
        String problem = c.problem(value);
        if (problem != null) {
            throw new TensorError(name + ": " + key + " " + problem + ", got " + value
                    + (key.equals("lr") ? " (a negative learning rate would climb the loss)" : ""));
        }
    }

    private TensorError unknown(String key) {
        return new TensorError(name + ": unknown option '" + key + "'; the options are " + optionNames());
    }

    /** Sets every gradient to null (PyTorch's {@code zero_grad()}), so the next backward starts afresh. */
    public void zeroGrad() {
        zeroGrad(true);
    }

    /** With {@code setToNone} false, fills existing gradients with zeros instead of dropping them. */
    public void zeroGrad(boolean setToNone) {
        for (ParamGroup g : groups) {
            for (Tensor p : g.params()) {
                if (setToNone) p.zeroGrad();
                else if (p.grad() != null) {
                    try (var off = GradMode.disable()) {
                        p.grad().zero_();
                    }
                }
            }
        }
    }

    /** Evaluates {@code closure} (which computes the loss and calls backward), then steps; returns the loss. */
    public Tensor step(Supplier<Tensor> closure) {
        Tensor loss;
        try (var on = GradMode.enable()) {
            loss = closure.get();
        }
        step();
        return loss;
    }

    /** Updates every parameter that has a gradient, by this optimizer's rule. */
    public void step() {
        try (var off = GradMode.disable()) {
            for (ParamGroup group : groups) {
                validate(group);
                beginGroup(group);
                boolean maximize = group.flag("maximize");
                double wd = coupledWeightDecay() ? group.num("weightDecay") : 0;
                for (Tensor p : group.params()) {
                    if (p.grad() != null) stepParam(p, maximize, (float) wd);
                }
            }
        }
    }

    private void stepParam(Tensor p, boolean maximize, float wd) {
        Tensor grad = p.grad();
        if (grad.dtype() != DType.FLOAT32) {
            throw new TensorError(name + ": gradient of a parameter of shape " + p.shape() + " is " + grad.dtype()
                    + "; expected float32");
        }
        if (!grad.isContiguous()) grad = grad.copyDetached();
        int n = (int) p.numel();
        boolean direct = p.isContiguous();
        float[] pa = direct ? p.storage().f : p.toFloatArray();
        int po = direct ? p.storageOffset() : 0;
        float[] ga = grad.storage().f;
        int go = grad.storageOffset();
        if (maximize || wd != 0) {
            if (scratch.length < n) scratch = new float[n];
            float sign = maximize ? -1f : 1f;
            FastUpdates.prepare(scratch, ga, go, pa, po, n, sign, wd);
            ga = scratch;
            go = 0;
        }
        update(state.computeIfAbsent(p, k -> new ParamState()), pa, po, ga, go, n);
        if (!direct) p.data().copy_(Tensor.wrap(pa, p.shapeArray().clone()));
        p.storage().bumpVersion(name + ".step");
    }

    /** True (the default) if option {@code weightDecay} is an L2 penalty added to the gradient. */
    protected boolean coupledWeightDecay() {
        return checks.containsKey("weightDecay");
    }

    /** Checks options that depend on each other (e.g. nesterov needs momentum); called before each group's update. */
    protected void validate(ParamGroup group) {
    }

    /** Reads the group's hyper-parameters into fields before its parameters are updated. */
    protected abstract void beginGroup(ParamGroup group);

    /**
     * Updates {@code n} parameter values {@code p[po..]} in place from the prepared gradient
     * {@code g[go..]} (maximize and L2 weight decay already applied); {@code s.step} counts updates.
     */
    protected abstract void update(ParamState s, float[] p, int po, float[] g, int go, int n);

    /** The state of parameter {@code p} (created empty if needed). */
    protected final ParamState stateOf(Tensor p) {
        return state.computeIfAbsent(p, k -> new ParamState());
    }

    /** PyTorch's {@code state_dict()}: per-parameter state (copies) and each group's options. */
    public OptimizerStateDict stateDict() {
        return StateDicts.save(this, groups, state);
    }

    /** Restores a state saved by {@link #stateDict()} from an optimizer of the same kind over parameters of the same shapes. */
    public void loadStateDict(OptimizerStateDict dict) {
        StateDicts.load(this, groups, state, dict);
    }

    static String shapeOf(Tensor p) {
        return Shape.str(p.shapeArray());
    }

    /** PyTorch's printout: the name, then each group's options sorted by name. */
    @Override
    public String toString() {
        var sb = new StringBuilder(name).append(" (\n");
        for (int i = 0; i < groups.size(); i++) {
            sb.append("Parameter Group ").append(i).append('\n');
            for (var e : groups.get(i).options().entrySet()) {
                sb.append("    ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
        return sb.append(')').toString();
    }
}
