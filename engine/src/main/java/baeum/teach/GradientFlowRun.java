package baeum.teach;

import baeum.tensor.GradMode;
import baeum.nn.Module;
import baeum.optim.Optimizer;
import baeum.optim.OptimizerStateDict;
import baeum.storage.DType;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers behind a {@link GradientFlow}. With an optimizer, its next step is taken for real
 * on the parameters (so the ratio is exactly what {@code opt.step()} would do, momentum and Adam's
 * scaling included), measured, and undone: the parameters' values and the optimizer's state are
 * put back.
 */
final class GradientFlowRun {
    private GradientFlowRun() {}

    static GradientFlow run(Module model, Optimizer opt) {
        // the layers: the modules that hold parameters themselves, in the order of namedParameters()
        Map<String, List<Tensor>> byOwner = new LinkedHashMap<>();
        for (var e : model.namedParameters().entrySet()) {
            String n = e.getKey();
            int dot = n.lastIndexOf('.');
            byOwner.computeIfAbsent(dot < 0 ? "" : n.substring(0, dot), k -> new ArrayList<>()).add(e.getValue());
        }
        Map<Tensor, double[]> delta = opt == null ? null : trialStep(model, opt);
        var modules = model.namedModules();
        var layers = new ArrayList<GradientFlow.Layer>();
        for (var e : byOwner.entrySet()) {
            double g = 0, w = 0, d = 0;
            boolean anyGrad = false;
            long count = 0;
            for (Tensor p : e.getValue()) {
                count += p.numel();
                w += sumSquares(p.toDoubleArray());
                if (p.grad() != null) {
                    anyGrad = true;
                    g += sumSquares(p.grad().toDoubleArray());
                }
                double[] dp = delta == null ? null : delta.get(p);
                if (dp != null) d += sumSquares(dp);
            }
            double wn = Math.sqrt(w);
            Module owner = modules.get(e.getKey());
            layers.add(new GradientFlow.Layer(e.getKey(), owner == null ? "?" : TypeNames.of(owner), count,
                    anyGrad ? Math.sqrt(g) : Double.NaN, wn, delta == null ? Double.NaN : Math.sqrt(d) / wn));
        }
        return new GradientFlow(layers, opt != null);
    }

    /**
     * Each parameter's change in {@code opt}'s next step, or null when the optimizer cannot step
     * without a closure (L-BFGS); the parameters and the optimizer are restored afterwards.
     */
    private static Map<Tensor, double[]> trialStep(Module model, Optimizer opt) {
        OptimizerStateDict state = opt.stateDict();
        Map<Tensor, double[]> before = new IdentityHashMap<>();
        for (Tensor p : model.parameters()) before.put(p, p.toDoubleArray());
        Map<Tensor, double[]> out = new IdentityHashMap<>();
        try {
            try {
                opt.step();
            } catch (RuntimeException e) {
                return null;
            }
            for (var e : before.entrySet()) {
                double[] now = e.getKey().toDoubleArray(), was = e.getValue();
                for (int i = 0; i < now.length; i++) now[i] -= was[i];
                out.put(e.getKey(), now);
            }
        } finally {
            try (var off = GradMode.disable()) {
                for (var e : before.entrySet()) {
                    Tensor p = e.getKey();
                    Tensor was = Tensor.wrap(e.getValue(), p.shapeArray().clone());
                    p.data().copy_(p.dtype() == DType.FLOAT64 ? was : was.to(p.dtype()));
                }
            }
            opt.loadStateDict(state);
        }
        return out;
    }

    private static double sumSquares(double[] a) {
        double s = 0;
        for (double v : a) s += v * v;
        return s;
    }
}
