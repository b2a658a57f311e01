package baeum.optim;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameters that share hyper-parameters inside one optimizer (PyTorch's {@code param_groups}).
 * A group holds the options set on it; any other option falls back to the optimizer's defaults,
 * so {@code optim.sgd(groups, 0.1).momentum(0.9)} gives momentum 0.9 to every group that did not
 * choose its own.
 *
 * <pre>
 * jshell> var model = nn.seq(nn.linear(4, 8), nn.relu(), nn.linear(8, 3));
 * jshell> var opt = optim.sgd(List.of(optim.group(model.get(0).parameters()), optim.group(model.get(2).parameters()).lr(1e-3)), 1e-2).momentum(0.9);
 * jshell> opt.paramGroups().get(1).lr()
 * $3 ==> 0.001
 * </pre>
 */
public final class ParamGroup {
    private final List<Tensor> params;
    private final Map<String, Object> own = new TreeMap<>();
    private Optimizer owner;

    public ParamGroup(List<Tensor> params) {
        if (params == null) throw new TensorError("optim.group: params is null; pass model.parameters()");
        this.params = List.copyOf(params);
    }

    /** The parameters of this group (what {@code Module.parameters()} returned). */
    public List<Tensor> params() {
        return params;
    }

    /** Sets a numeric hyper-parameter of this group only, e.g. {@code set("momentum", 0.5)}. */
    public ParamGroup set(String name, double value) {
        return put(name, value);
    }

    /** Sets a yes/no hyper-parameter of this group only, e.g. {@code set("nesterov", true)}. */
    public ParamGroup set(String name, boolean value) {
        return put(name, value);
    }

    /** Sets a textual hyper-parameter of this group only (e.g. L-BFGS's {@code lineSearchFn}). */
    public ParamGroup set(String name, String value) {
        return put(name, value);
    }

    private ParamGroup put(String name, Object value) {
        if (owner != null) owner.checkOption(name, value);
        own.put(name, value);
        return this;
    }

    /** Sets this group's learning rate (what schedulers do every step). */
    public ParamGroup lr(double lr) {
        return set("lr", lr);
    }

    /** This group's learning rate. */
    public double lr() {
        return num("lr");
    }

    /** A numeric hyper-parameter: the group's own value, else the optimizer's default. */
    public double num(String name) {
        Object v = get(name);
        if (v instanceof Number n) return n.doubleValue();
        throw new TensorError("optim: option '" + name + "' is " + v + ", not a number");
    }

    /** A yes/no hyper-parameter: the group's own value, else the optimizer's default. */
    public boolean flag(String name) {
        Object v = get(name);
        if (v instanceof Boolean b) return b;
        throw new TensorError("optim: option '" + name + "' is " + v + ", not true/false");
    }

    /** A hyper-parameter of any kind (Double, Boolean, String or null). */
    public Object get(String name) {
        if (own.containsKey(name)) return own.get(name);
        if (owner == null || !owner.hasOption(name)) {
            throw new TensorError("optim: no option named '" + name + "'"
                    + (owner == null ? "" : "; " + owner.name() + " has: " + owner.optionNames()));
        }
        return owner.defaultOf(name);
    }

    /** True if the optimizer of this group knows the option {@code name} ("momentum", "beta1", ...). */
    public boolean has(String name) {
        return own.containsKey(name) || (owner != null && owner.hasOption(name));
    }

    /** Every hyper-parameter of this group, sorted by name (own values over defaults). */
    public Map<String, Object> options() {
        Map<String, Object> all = new TreeMap<>();
        if (owner != null) for (String k : owner.optionNames()) all.put(k, owner.defaultOf(k));
        all.putAll(own);
        return all;
    }

    Map<String, Object> ownOptions() {
        return own;
    }

    void attach(Optimizer optimizer) {
        if (owner != null && owner != optimizer) {
            throw new TensorError(optimizer.name() + ": this parameter group already belongs to another optimizer;"
                    + " make a new one with optim.group(params)");
        }
        for (var e : own.entrySet()) optimizer.checkOption(e.getKey(), e.getValue());
        owner = optimizer;
    }

    @Override
    public String toString() {
        return "ParamGroup(" + params.size() + " tensors, " + options() + ")";
    }
}
