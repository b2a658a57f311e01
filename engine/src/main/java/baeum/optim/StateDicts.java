package baeum.optim;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Saving and loading an optimizer's state in PyTorch's state-dict layout (copies both ways). */
final class StateDicts {
    private StateDicts() {
    }

    static OptimizerStateDict save(Optimizer opt, List<ParamGroup> groups, Map<Tensor, ParamState> state) {
        Map<Integer, Map<String, Object>> out = new LinkedHashMap<>();
        List<Map<String, Object>> outGroups = new ArrayList<>();
        int index = 0;
        for (ParamGroup g : groups) {
            Map<String, Object> options = new LinkedHashMap<>(g.options());
            List<Integer> ids = new ArrayList<>();
            for (Tensor p : g.params()) {
                ids.add(index);
                ParamState s = state.get(p);
                if (s != null && !s.isEmpty()) out.put(index, export(s, p));
                index++;
            }
            options.put("params", List.copyOf(ids));
            outGroups.add(options);
        }
        return new OptimizerStateDict(out, outGroups);
    }

    private static Map<String, Object> export(ParamState s, Tensor p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", (double) s.step);
        for (var e : s.values().entrySet()) m.put(e.getKey(), toTensorOrValue(e.getValue(), p));
        return m;
    }

    private static Object toTensorOrValue(Object v, Tensor p) {
        if (v instanceof float[] a) {
            return Tensor.wrap(a.clone(), p.shapeArray().clone());
        }
        if (v instanceof double[] a) return Tensor.wrap(a.clone(), a.length);
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object o : list) copy.add(toTensorOrValue(o, p));
            return copy;
        }
        return v;
    }

    static void load(Optimizer opt, List<ParamGroup> groups, Map<Tensor, ParamState> state, OptimizerStateDict dict) {
        String name = opt.name();
        if (dict.paramGroups().size() != groups.size()) {
            throw new TensorError(name + ".loadStateDict: the saved state has " + dict.paramGroups().size()
                    + " parameter groups but this optimizer has " + groups.size());
        }
        List<Tensor> params = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            ParamGroup g = groups.get(gi);
            Map<String, Object> saved = dict.paramGroups().get(gi);
            Object ids = saved.get("params");
            int savedSize = ids instanceof List<?> l ? l.size() : -1;
            if (savedSize != g.params().size()) {
                throw new TensorError(name + ".loadStateDict: saved group " + gi + " has " + savedSize
                        + " parameters but this optimizer's group " + gi + " has " + g.params().size());
            }
            params.addAll(g.params());
        }
        Map<Tensor, ParamState> loaded = new java.util.IdentityHashMap<>();
        for (var e : dict.state().entrySet()) {
            int i = e.getKey();
            if (i < 0 || i >= params.size()) {
                throw new TensorError(name + ".loadStateDict: state for parameter " + i + " but there are only "
                        + params.size() + " parameters");
            }
            loaded.put(params.get(i), importState(name, i, params.get(i), e.getValue()));
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            for (var o : dict.paramGroups().get(gi).entrySet()) {
                if (o.getKey().equals("params")) continue;
                Object v = o.getValue();
                if (v instanceof Number n) groups.get(gi).set(o.getKey(), n.doubleValue());
                else if (v instanceof Boolean b) groups.get(gi).set(o.getKey(), b);
                else if (v instanceof String s) groups.get(gi).set(o.getKey(), s);
            }
        }
        state.clear();
        state.putAll(loaded);
    }

    private static ParamState importState(String name, int index, Tensor p, Map<String, Object> saved) {
        ParamState s = new ParamState();
        for (var e : saved.entrySet()) {
            if (e.getKey().equals("step")) {
                s.step = ((Number) e.getValue()).longValue();
                continue;
            }
            s.put(e.getKey(), fromTensorOrValue(name, index, p, e.getKey(), e.getValue()));
        }
        return s;
    }

    private static Object fromTensorOrValue(String name, int index, Tensor p, String key, Object v) {
        if (v instanceof Tensor t) {
            if (t.dtype() == DType.FLOAT64) return t.toDoubleArray();
            if (t.shape().equals(p.shape())) return t.toFloatArray();
            throw new TensorError(name + ".loadStateDict: buffer '" + key + "' of parameter " + index + " has shape "
                    + t.shape() + " but the parameter has shape " + p.shape());
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object o : list) copy.add(fromTensorOrValue(name, index, p, key, o));
            return copy;
        }
        return v;
    }
}
