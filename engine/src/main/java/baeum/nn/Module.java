package baeum.nn;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The base class of every layer and model, as {@code torch.nn.Module}.
 *
 * <p>A module owns parameters (tensors that training changes), buffers (state such as batch-norm
 * running statistics, saved but not trained) and sub-modules. They are found in two ways:
 * <ul>
 *   <li><b>fields</b> — a subclass's instance fields, read by reflection in declaration order
 *       (superclass fields first): a field holding a {@link Module} is a sub-module; a field holding
 *       a {@code List} or array of modules gives sub-modules {@code name.0}, {@code name.1}, ...;
 *       a field holding a leaf {@link Tensor} that requires grad is a parameter. Fields are read
 *       each time, so assigning a field later is seen. A tensor field that does not require grad,
 *       or that was computed from other tensors (not a leaf), is not a parameter.</li>
 *   <li><b>registration</b> — {@link #registerParameter}, {@link #registerBuffer},
 *       {@link #registerModule}; these come after the fields, in call order.</li>
 * </ul>
 * As in PyTorch, {@link #namedParameters()} lists a module's own parameters first, then those of
 * each sub-module in order, with dotted names ({@code fc1.weight}); a tensor reachable twice is
 * listed once. (Layers of this package keep their parameters and sub-modules registered, never in
 * fields, so that field names cannot shadow PyTorch's names.)
 *
 * <pre>
 * class Net extends nn.Module {
 *     nn.Module fc1 = nn.linear(4, 8), fc2 = nn.linear(8, 3);
 *     public Tensor forward(Tensor x) { return fc2.forward(nn.relu(fc1.forward(x))); }
 * }
 * new Net().namedParameters().keySet()      // [fc1.weight, fc1.bias, fc2.weight, fc2.bias]
 * </pre>
 */
public abstract class Module {
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private boolean training = true;

    protected Module() {
        LiveModules.add(this);
    }

    /** Computes the output for {@code input}. Shapes depend on the module; see its Javadoc. */
    public abstract Tensor forward(Tensor input);

    // ---- registration ------------------------------------------------------------------------

    /**
     * Adds {@code parameter} under {@code name} (made to require grad) and returns it; it must be a
     * leaf tensor. Null removes the entry, as PyTorch's {@code register_parameter(name, None)}.
     */
    public Tensor registerParameter(String name, Tensor parameter) {
        checkName(name);
        if (parameter == null) {
            parameters.remove(name);
            return null;
        }
        if (parameter.requiresGrad() && !parameter.isLeaf()) {
            throw new TensorError(typeName() + ".registerParameter(\"" + name + "\"): the tensor was computed from"
                    + " other tensors (it is not a leaf), so it cannot be trained; register x.detach().requiresGrad_()");
        }
        if (!parameter.requiresGrad()) {
            parameter.requiresGrad_(true);
        }
        parameters.put(name, parameter);
        return parameter;
    }

    /** Adds a buffer: state saved in {@link #stateDict()} but not trained (e.g. running statistics). */
    public Tensor registerBuffer(String name, Tensor buffer) {
        checkName(name);
        buffers.put(name, buffer);
        return buffer;
    }

    /** Adds {@code module} as a sub-module under {@code name} and returns it. */
    public <M extends Module> M registerModule(String name, M module) {
        checkName(name);
        if (module == this) {
            throw new TensorError(typeName() + ".registerModule(\"" + name + "\"): a module cannot contain itself");
        }
        modules.put(name, module);
        return module;
    }

    private void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new TensorError(typeName() + ": a parameter, buffer or module name must be non-empty and"
                    + " contain no '.', got \"" + name + "\"");
        }
    }

    /** The buffer registered as {@code name}, or null. */
    protected Tensor buffer(String name) {
        return buffers.get(name);
    }

    /** The parameter registered as {@code name}, or null. */
    protected Tensor parameter(String name) {
        return parameters.get(name);
    }

    // ---- the tree -----------------------------------------------------------------------------

    /** This module's own parameters (fields, then registered), without those of sub-modules. */
    private Map<String, Tensor> ownParameters() {
        Map<String, Tensor> own = new LinkedHashMap<>();
        ModuleFields.of(this).forEach((name, value) -> {
            if (value instanceof Tensor t && t.requiresGrad() && t.isLeaf()) {
                own.put(name, t);
            }
        });
        parameters.forEach((name, t) -> addDistinct(own, name, t));
        return own;
    }

    private Map<String, Module> ownChildren() {
        Map<String, Module> own = new LinkedHashMap<>();
        ModuleFields.of(this).forEach((name, value) -> {
            if (value instanceof Module m && m != this) {
                own.put(name, m);
            }
        });
        modules.forEach((name, m) -> addDistinct(own, name, m));
        return own;
    }

    private <T> void addDistinct(Map<String, T> own, String name, T value) {
        if (own.containsValue(value)) {
            return;
        }
        if (own.containsKey(name)) {
            throw new TensorError(typeName() + ": the name \"" + name + "\" is used by a field and by a"
                    + " registered entry with a different value; rename one of them");
        }
        own.put(name, value);
    }

    /** The direct sub-modules, in order. */
    public List<Module> children() {
        return List.copyOf(ownChildren().values());
    }

    /** The direct sub-modules by name, in order. */
    public Map<String, Module> namedChildren() {
        return Collections.unmodifiableMap(ownChildren());
    }

    /** This module and every module below it, depth first, each once. */
    public List<Module> modules() {
        return List.copyOf(namedModules().values());
    }

    /** This module (name {@code ""}) and every module below it with dotted names, depth first, each once. */
    public Map<String, Module> namedModules() {
        Map<String, Module> out = new LinkedHashMap<>();
        collectModules("", this, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void collectModules(String prefix, Module m, Map<String, Module> out, Set<Module> seen) {
        if (!seen.add(m)) {
            return;
        }
        out.put(prefix, m);
        m.ownChildren().forEach((name, child) -> collectModules(prefix.isEmpty() ? name : prefix + "." + name, child, out, seen));
    }

    /** Every trainable tensor of this module and its sub-modules, in {@link #namedParameters()} order. */
    public List<Tensor> parameters() {
        return List.copyOf(namedParameters().values());
    }

    /** Every parameter with its dotted name ({@code fc1.weight}), in order; an ordered, unmodifiable map. */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        namedModules().forEach((prefix, m) -> m.ownParameters().forEach((name, t) -> {
            if (seen.add(t)) {
                out.put(prefix.isEmpty() ? name : prefix + "." + name, t);
            }
        }));
        return Collections.unmodifiableMap(out);
    }

    /** Every buffer with its dotted name, in order. */
    public Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        namedModules().forEach((prefix, m) -> m.buffers.forEach((name, t) -> {
            if (t != null) {
                out.put(prefix.isEmpty() ? name : prefix + "." + name, t);
            }
        }));
        return Collections.unmodifiableMap(out);
    }

    // ---- modes and gradients --------------------------------------------------------------------

    /** Puts this module and all sub-modules in training mode (dropout active, batch statistics). */
    public Module train() {
        return train(true);
    }

    /** Sets training mode on this module and all sub-modules; returns this. */
    public Module train(boolean mode) {
        for (Module m : modules()) {
            m.training = mode;
        }
        return this;
    }

    /** Evaluation mode: dropout off, batch-norm uses its running statistics. Same as {@code train(false)}. */
    public Module eval() {
        return train(false);
    }

    public boolean isTraining() {
        return training;
    }

    /** Clears the gradient of every parameter (sets it to null, as PyTorch's default). */
    public void zeroGrad() {
        for (Tensor p : parameters()) {
            p.zeroGrad();
        }
    }

    /** Calls {@code fn} on every sub-module (depth first) and then on this one, e.g. to initialise weights; returns this. */
    public Module apply(Consumer<? super Module> fn) {
        for (Module child : children()) {
            child.apply(fn);
        }
        fn.accept(this);
        return this;
    }

    /**
     * Converts every floating-point parameter and buffer to {@code dtype} (e.g. {@code FLOAT64} for a
     * gradient check), as PyTorch's {@code module.to(torch.float64)}; returns this. The converted
     * parameters are new leaf tensors, so build optimizers after calling this.
     */
    public Module to(DType dtype) {
        for (Module m : modules()) {
            m.parameters.replaceAll((name, p) -> StateDicts.convert(p, dtype));
            m.buffers.replaceAll((name, t) -> t == null || !t.dtype().isFloatingPoint() ? t : t.to(dtype));
            ModuleFields.replaceParameters(m, p -> StateDicts.convert(p, dtype));
        }
        return this;
    }

    // ---- state ------------------------------------------------------------------------------------

    /**
     * Parameters and buffers by dotted name, in PyTorch's order (per module: parameters, then buffers,
     * then sub-modules). The tensors are detached views sharing storage with the module.
     */
    public Map<String, Tensor> stateDict() {
        return StateDicts.of(this);
    }

    /** Copies every entry of {@code state} into this module; names and shapes must match exactly. */
    public Module loadStateDict(Map<String, Tensor> state) {
        return loadStateDict(state, true);
    }

    /**
     * Copies the entries of {@code state} into this module. With {@code strict}, a missing or an
     * unexpected name is an error; a shape mismatch always is (float32 and float64 values convert).
     */
    public Module loadStateDict(Map<String, Tensor> state, boolean strict) {
        StateDicts.load(this, state, strict);
        return this;
    }

    /** Writes {@link #stateDict()} to {@code path} in the format of {@link StateDictFile}. */
    public void save(String path) {
        StateDictFile.write(stateDict(), Path.of(path));
    }

    /** Reads a file written by {@link #save} into this module (strict) and returns this. */
    public Module load(String path) {
        return loadStateDict(StateDictFile.read(Path.of(path)));
    }

    /** Own parameters then own buffers, for {@link StateDicts}. */
    Map<String, Tensor> ownState() {
        Map<String, Tensor> own = new LinkedHashMap<>(ownParameters());
        buffers.forEach((name, t) -> {
            if (t != null) {
                own.put(name, t);
            }
        });
        return own;
    }

    // ---- printing ---------------------------------------------------------------------------------

    /** The name printed by {@link #toString()}: the class's simple name, as PyTorch. */
    protected String typeName() {
        String n = getClass().getSimpleName();
        return n.isEmpty() ? "Module" : n;
    }

    /** The settings printed inside the parentheses, e.g. {@code in_features=4, out_features=2, bias=True}. */
    protected String extraRepr() {
        return "";
    }

    /**
     * The module tree as PyTorch prints it:
     * <pre>
     * Sequential(
     *   (0): Linear(in_features=784, out_features=256, bias=True)
     *   (1): ReLU()
     * )</pre>
     */
    @Override
    public String toString() {
        return ModulePrinter.print(this, extraRepr(), ownChildren());
    }
}
