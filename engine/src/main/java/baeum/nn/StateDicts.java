package baeum.nn;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a module's state dict and copies a state dict back into a module, as PyTorch's {@code load_state_dict}. */
final class StateDicts {
    private StateDicts() {}

    /** Per module in depth-first order: its parameters, then its buffers; names dotted; values detached. */
    static Map<String, Tensor> of(Module module) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        live(module).forEach((name, t) -> out.put(name, t.detach()));
        return out;
    }

    private static Map<String, Tensor> live(Module module) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        module.namedModules().forEach((prefix, m) -> m.ownState().forEach((name, t) ->
                out.putIfAbsent(prefix.isEmpty() ? name : prefix + "." + name, t)));
        return out;
    }

    static void load(Module module, Map<String, Tensor> state, boolean strict) {
        Map<String, Tensor> targets = live(module);
        List<String> missing = new ArrayList<>();
        for (String name : targets.keySet()) {
            if (!state.containsKey(name)) {
                missing.add(name);
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (String name : state.keySet()) {
            if (!targets.containsKey(name)) {
                unexpected.add(name);
            }
        }
        if (strict && (!missing.isEmpty() || !unexpected.isEmpty())) {
            throw new TensorError("loadStateDict: the state does not match " + module.typeName()
                    + (missing.isEmpty() ? "" : "; missing keys " + missing)
                    + (unexpected.isEmpty() ? "" : "; unexpected keys " + unexpected)
                    + "; check that the model is built the same way, or pass strict=false to load only the names that match");
        }
        for (var e : targets.entrySet()) {
            Tensor source = state.get(e.getKey());
            if (source == null) {
                continue;
            }
            Tensor target = e.getValue();
            if (!source.shape().equals(target.shape()) || source.dtype().isFloatingPoint() != target.dtype().isFloatingPoint()
                    || !source.dtype().isFloatingPoint() && source.dtype() != target.dtype()) {
                throw new TensorError("loadStateDict: size mismatch for " + e.getKey() + ": the state has "
                        + source.dtype() + " " + source.shape() + ", the model has " + target.dtype() + " "
                        + target.shape() + "; build the model with the same sizes as the one that was saved");
            }
        }
        for (var e : targets.entrySet()) {
            Tensor source = state.get(e.getKey());
            if (source != null) {
                e.getValue().data().copy_(source);
            }
        }
    }

    /** {@code p} as a new leaf of {@code dtype} keeping its requires-grad flag (unchanged if not floating or already so). */
    static Tensor convert(Tensor p, DType dtype) {
        if (p == null || !p.dtype().isFloatingPoint() || p.dtype() == dtype) {
            return p;
        }
        return p.detach().to(dtype).requiresGrad_(p.requiresGrad());
    }
}
