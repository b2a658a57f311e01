package baeum.teach;

import baeum.tensor.Node;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes and arrows of a {@link Graph}, read from the autograd graph behind a tensor: one box
 * per op node and per leaf (each once, however often it is used), one per constant input.
 * Layout and drawing are elsewhere ({@link GraphLayout}, {@link GraphSvg}, {@link GraphText}).
 */
final class GraphModel {
    /** Above this many ops, a graph collapses into modules unless asked otherwise. */
    static final int COLLAPSE_ABOVE = 40;

    private final List<Graph.Node> nodes;
    private final List<Graph.Edge> edges;
    /** Per box: the path of the module that holds the parameter (PARAM), or that a MODULE box stands for. */
    private final List<String> owner;
    private final List<String> detail;
    /** The class name of each module that holds parameters, by its path in the model. */
    private final Map<String, String> types;

    GraphModel(List<Graph.Node> nodes, List<Graph.Edge> edges, List<String> owner, List<String> detail,
               Map<String, String> types) {
        this.types = Map.copyOf(types);
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.owner = new ArrayList<>(owner);
        this.detail = new ArrayList<>(detail);
    }

    List<Graph.Node> nodes() {
        return nodes;
    }

    List<Graph.Edge> edges() {
        return edges;
    }

    String typeOf(String child) {
        return types.getOrDefault(child, "Module");
    }

    Map<String, String> types() {
        return types;
    }

    String owner(int id) {
        return owner.get(id);
    }

    /** A second line of text for the box (a module's parameters), or null. */
    String detail(int id) {
        return detail.get(id);
    }

    int opCount() {
        return (int) nodes.stream().filter(n -> n.kind() == Graph.Kind.OP).count();
    }

    /** The ids of the boxes that feed box {@code id}, in input order. */
    List<Integer> inputsOf(int id) {
        var out = new ArrayList<Integer>();
        for (var e : edges) if (e.to() == id) out.add(e.from());
        return out;
    }

    static GraphModel build(Tensor root, Map<Tensor, ParamNames.Name> names) {
        var b = new Builder(names);
        if (root.gradFn() == null) b.leaf(root, root.shape());
        else b.op(root.gradFn(), root.shape());
        return new GraphModel(b.nodes, b.edges, b.owner, b.detail, b.types);
    }

    private static final class Builder {
        final Map<Tensor, ParamNames.Name> names;
        final List<Graph.Node> nodes = new ArrayList<>();
        final List<Graph.Edge> edges = new ArrayList<>();
        final List<String> owner = new ArrayList<>();
        final List<String> detail = new ArrayList<>();
        final Map<Node, Integer> ops = new IdentityHashMap<>();
        final Map<Tensor, Integer> leaves = new IdentityHashMap<>();
        final Map<String, String> types = new java.util.HashMap<>();

        Builder(Map<Tensor, ParamNames.Name> names) {
            this.names = names;
        }

        int add(Graph.Kind kind, String name, Shape shape, Shape grad, String own) {
            int id = nodes.size();
            nodes.add(new Graph.Node(id, kind, name, shape, grad, kind == Graph.Kind.PARAM ? shape.numel() : 0));
            owner.add(own);
            detail.add(null);
            return id;
        }

        /** Depth first without recursion limits: deep nets have long chains. */
        int op(Node root, Shape rootShape) {
            int rootId = add(Graph.Kind.OP, root.name(), rootShape, null, null);
            ops.put(root, rootId);
            var stack = new ArrayList<Object[]>();      // {node, id, next input index}
            stack.add(new Object[] {root, rootId, 0});
            while (!stack.isEmpty()) {
                Object[] top = stack.get(stack.size() - 1);
                Node n = (Node) top[0];
                int id = (Integer) top[1];
                int i = (Integer) top[2];
                List<Node.Input> ins = n.inputs();
                if (i >= ins.size()) {
                    stack.remove(stack.size() - 1);
                    continue;
                }
                top[2] = i + 1;
                Node.Input in = ins.get(i);
                if (in.node() != null) {
                    Integer seen = ops.get(in.node());
                    if (seen != null) {
                        edges.add(new Graph.Edge(seen, id));
                        continue;
                    }
                    int child = add(Graph.Kind.OP, in.node().name(), in.shape(), null, null);
                    ops.put(in.node(), child);
                    edges.add(new Graph.Edge(child, id));
                    stack.add(new Object[] {in.node(), child, 0});
                } else if (in.leaf() != null) {
                    edges.add(new Graph.Edge(leaf(in.leaf(), in.shape()), id));
                } else if (in.shape().size() > 0) {
                    // a constant input (data without grad); 0-d constants such as the 2 of mul(2) are left out
                    edges.add(new Graph.Edge(add(Graph.Kind.INPUT, "input", in.shape(), null, null), id));
                }
            }
            return rootId;
        }

        int leaf(Tensor t, Shape shape) {
            Integer seen = leaves.get(t);
            if (seen != null) return seen;
            ParamNames.Name name = names.get(t);
            Shape grad = t.grad() == null ? null : t.grad().shape();
            if (name != null) {
                var owner = name.model().namedModules().get(name.owner());
                if (owner != null) types.putIfAbsent(name.owner(), TypeNames.of(owner));
            }
            int id = name != null ? add(Graph.Kind.PARAM, name.name(), shape, grad, name.owner())
                    : t.requiresGrad() ? add(Graph.Kind.LEAF, "tensor", shape, grad, null)
                    : add(Graph.Kind.INPUT, "input", shape, null, null);
            leaves.put(t, id);
            return id;
        }
    }
}
