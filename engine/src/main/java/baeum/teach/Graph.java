package baeum.teach;

import baeum.nn.Module;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import java.util.List;

/**
 * The computation graph behind a tensor, as torchviz draws it but built in: every op node with
 * its PyTorch name ({@code MulBackward0}) and output shape; leaves marked as parameters (named
 * as in their model: {@code 0.weight}), other leaves that require grad, and inputs without grad;
 * after {@code backward()}, each leaf's gradient shape. In a notebook it is an SVG laid out by
 * Baeum itself (no Graphviz); {@code toString()} is an indented tree. A big model's ops collapse
 * into one box per top-level module ({@link #expanded()} shows every op, {@link #collapsed()}
 * forces the boxes).
 *
 * <pre>
 * jshell> var w = ones(3, 4).requiresGrad_(); var b = zeros(4).requiresGrad_();
 * jshell> var g = graph(ones(2, 3).matmul(w).add(b).relu().sum());
 * jshell> g.nodes().stream().map(n -> n.name()).toList()
 * $4 ==> [SumBackward0, ReluBackward0, AddBackward0, MmBackward0, input, tensor, tensor]
 * </pre>
 *
 * Shape: each op node shows the shape of its output; leaves show their own shape.
 */
public final class Graph implements Visual {

    /** What a node of the drawing is. */
    public enum Kind {
        /** A recorded op (a grad_fn). */ OP,
        /** A leaf that is a parameter of a model. */ PARAM,
        /** A leaf that requires grad but belongs to no model. */ LEAF,
        /** An input that does not require grad (drawn dashed, no gradient flows to it). */ INPUT,
        /** A module's ops collapsed into one box. */ MODULE
    }

    /**
     * One box: its id (0 is the output), kind, name ({@code MulBackward0}, {@code 0.weight},
     * {@code input}, {@code tensor}, or for a module {@code 0: Linear}), shape (an op's output
     * shape), gradient shape (leaves after backward, else null), and parameter count (modules).
     */
    public record Node(int id, Kind kind, String name, Shape shape, Shape grad, long params) {}

    /** An arrow from the box that computes a value to the box that uses it. */
    public record Edge(int from, int to) {}

    private final Tensor root;
    private final Module model;
    private final Boolean collapse;
    private final GraphModel g;

    Graph(Tensor root, Module model, Boolean collapse) {
        this.root = root;
        this.model = model;
        this.collapse = collapse;
        GraphModel full = GraphModel.build(root, ParamNames.of(model));
        boolean c = collapse != null ? collapse : full.opCount() > GraphModel.COLLAPSE_ABOVE;
        this.g = c ? GraphCollapse.collapse(full) : full;
    }

    /** The graph of {@code t}, naming parameters from every live model. */
    public static Graph of(Tensor t) {
        return new Graph(t, null, null);
    }

    /** The graph of {@code t}, naming parameters from {@code model}. */
    public static Graph of(Tensor t, Module model) {
        return new Graph(t, model, null);
    }

    /** The same graph with every op shown, however big. */
    public Graph expanded() {
        return new Graph(root, model, false);
    }

    /** The same graph with each top-level module's ops in one box. */
    public Graph collapsed() {
        return new Graph(root, model, true);
    }

    /** The boxes; node 0 is the output, then depth first through the inputs. */
    public List<Node> nodes() {
        return g.nodes();
    }

    /** The arrows, each from an input box to the box that uses it. */
    public List<Edge> edges() {
        return g.edges();
    }

    GraphModel model() {
        return g;
    }

    @Override
    public String svg() {
        return GraphSvg.draw(g, GraphLayout.of(g));
    }

    @Override
    public String toString() {
        return GraphText.render(g);
    }
}
