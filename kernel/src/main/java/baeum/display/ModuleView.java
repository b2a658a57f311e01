package baeum.display;

import baeum.nn.Module;
import baeum.tensor.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Module} as the {@link ModuleTree} sees it. */
record ModuleView(Module module) implements ModuleTree.View {

    @Override
    public String description() {
        if (!module.namedChildren().isEmpty()) {
            String simple = module.getClass().getSimpleName();
            return simple.isEmpty() ? "Module" : simple;
        }
        return ValueText.safeToString(module).replace("\n", " ");
    }

    @Override
    public Map<String, ModuleTree.View> children() {
        var out = new LinkedHashMap<String, ModuleTree.View>();
        module.namedChildren().forEach((name, child) -> out.put(name, new ModuleView(child)));
        return out;
    }

    @Override
    public long parameters() {
        long n = 0;
        for (Tensor p : module.parameters()) n += p.numel();
        return n;
    }

    @Override
    public long trainable() {
        long n = 0;
        for (Tensor p : module.parameters()) if (p.requiresGrad()) n += p.numel();
        return n;
    }

    @Override
    public String text() {
        return ValueText.safeToString(module);
    }
}
