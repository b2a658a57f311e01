package baeum.teach;

import baeum.tensor.GradMode;
import baeum.nn.Module;
import baeum.nn.Sequential;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward pass behind a {@link Summary}: a batch of zeros (so the random generator is not
 * touched) through the model in eval mode and without recording, layer by layer inside every
 * {@code Sequential} so that each layer's output shape is seen; afterwards every module's
 * train/eval mode and every buffer (batch-norm statistics) are put back as they were.
 */
final class SummaryRun {
    private SummaryRun() {}

    static Summary run(Module model, Shape batch) {
        DType dtype = DType.FLOAT32;
        for (Tensor p : model.parameters()) {
            if (p.dtype() == DType.FLOAT64) dtype = DType.FLOAT64;
        }
        Map<Module, Boolean> modes = new LinkedHashMap<>();
        for (Module m : model.namedModules().values()) modes.put(m, m.isTraining());
        Map<String, Tensor> saved = new LinkedHashMap<>();
        model.namedBuffers().forEach((k, v) -> saved.put(k, v.clone()));
        List<Summary.Row> rows = new ArrayList<>();
        long[] activations = {0};
        Tensor x = Tensor.full(batch.toArray(), 0, dtype);
        try (var off = GradMode.disable()) {
            model.eval();
            walk(model, "", 0, x, rows, activations);
        } finally {
            for (var e : modes.entrySet()) e.getKey().train(e.getValue());   // parents first, so children end as they were
            try (var off = GradMode.disable()) {
                var now = model.namedBuffers();
                saved.forEach((k, v) -> {
                    Tensor b = now.get(k);
                    if (b != null) b.copy_(v);
                });
            }
        }
        long total = 0, trainable = 0, bytes = 0;
        for (Tensor p : model.parameters()) {
            total += p.numel();
            if (p.requiresGrad()) trainable += p.numel();
            bytes += p.numel() * size(p.dtype());
        }
        return new Summary(batch, rows, total, trainable, bytes, activations[0], x.numel() * size(dtype),
                dtype.torchName().replace("torch.", ""));
    }

    /** Adds the rows of {@code m} (and below); returns its output. */
    private static Tensor walk(Module m, String name, int depth, Tensor x, List<Summary.Row> rows, long[] act) {
        int at = rows.size();
        rows.add(null);
        Tensor out;
        if (m instanceof Sequential seq && !seq.namedChildren().isEmpty()) {
            out = x;
            for (var e : seq.namedChildren().entrySet()) {
                String child = name.isEmpty() ? e.getKey() : name + "." + e.getKey();
                try {
                    out = walk(e.getValue(), child, depth + 1, out, rows, act);
                } catch (TensorError err) {
                    throw new TensorError("summary: layer (" + child + ") " + TypeNames.of(e.getValue())
                            + " cannot take the output of the layer before it, of shape " + out.shape() + ": "
                            + err.getMessage());
                }
            }
        } else {
            if (name.isEmpty()) {
                try {
                    out = m.forward(x);
                } catch (TensorError err) {
                    throw new TensorError("summary: the model cannot take a batch of shape " + x.shape()
                            + " (summary(model, sizes...) adds a batch of 1 in front of the sizes): " + err.getMessage());
                }
            } else {
                out = m.forward(x);
            }
            if (m.namedChildren().isEmpty()) act[0] += out.numel() * size(out.dtype());
            else {
                Map<String, Shape> traced = traced(m, x);
                for (var e : m.namedChildren().entrySet()) {
                    unseen(e.getValue(), e.getKey(), name.isEmpty() ? "" : name + ".", depth + 1, rows, traced);
                }
            }
        }
        rows.set(at, row(m, name, depth, out.shape()));
        return out;
    }

    /**
     * Rows for the layers inside a model whose forward Baeum cannot follow layer by layer (a class
     * with its own {@code forward}): a layer that holds parameters gets the output shape read from
     * the graph of one traced pass; a layer without parameters cannot be told apart there and gets none.
     */
    private static void unseen(Module m, String path, String prefix, int depth, List<Summary.Row> rows, Map<String, Shape> traced) {
        rows.add(row(m, prefix + path, depth, traced.get(path)));
        for (var e : m.namedChildren().entrySet()) unseen(e.getValue(), path + "." + e.getKey(), prefix, depth + 1, rows, traced);
    }

    /**
     * Output shapes of the modules inside {@code m} that hold parameters (by their path in
     * {@code m}): one pass that records the graph (thrown away at once, no backward), whose ops
     * are grouped by the parameters they use, as {@code graph(t).collapsed()} does.
     */
    private static Map<String, Shape> traced(Module m, Tensor x) {
        Map<String, Shape> out = new java.util.HashMap<>();
        try (var on = GradMode.enable()) {
            Tensor y = m.forward(x.clone().requiresGrad_());
            GraphModel g = GraphCollapse.collapse(GraphModel.build(y, ParamNames.of(m)));
            for (var n : g.nodes()) {
                if (n.kind() == Graph.Kind.MODULE && n.shape() != null) out.put(g.owner(n.id()), n.shape());
            }
        } catch (RuntimeException e) {
            // a model that cannot run twice or with a recording input: leave the shapes out
        }
        return out;
    }

    private static Summary.Row row(Module m, String name, int depth, Shape out) {
        long p = 0, t = 0;
        for (Tensor q : m.parameters()) {
            p += q.numel();
            if (q.requiresGrad()) t += q.numel();
        }
        return new Summary.Row(name, TypeNames.of(m), depth, out, p, t, !m.namedChildren().isEmpty());
    }

    static long size(DType d) {
        return switch (d) {
            case BOOL -> 1;
            case INT64, FLOAT64 -> 8;
            case FLOAT32 -> 4;
        };
    }
}
