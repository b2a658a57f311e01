package baeum.teach;

import baeum.nn.LiveModules;
import baeum.nn.Module;
import baeum.tensor.Tensor;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The names parameters have in their models ({@code 0.weight}), found from the given model or from every live one. */
final class ParamNames {
    private ParamNames() {}

    /**
     * A parameter's dotted name ({@code 3.0.weight}), its model, and the path of the module that
     * holds it ({@code 3.0}; {@code ""} when the model holds it itself).
     */
    record Name(String name, Module model, String owner) {}

    static Map<Tensor, Name> of(Module model) {
        var out = new IdentityHashMap<Tensor, Name>();
        if (model != null) add(model, out);
        else {
            List<Module> roots = LiveModules.roots();
            // bigger models first: a layer that is also a model of its own is named from the bigger one
            roots.sort((x, y) -> Integer.compare(y.parameters().size(), x.parameters().size()));
            for (Module m : roots) add(m, out);
        }
        return out;
    }

    private static void add(Module model, Map<Tensor, Name> out) {
        for (var e : model.namedParameters().entrySet()) {
            String n = e.getKey();
            int dot = n.lastIndexOf('.');
            out.putIfAbsent(e.getValue(), new Name(n, model, dot < 0 ? "" : n.substring(0, dot)));
        }
    }
}
