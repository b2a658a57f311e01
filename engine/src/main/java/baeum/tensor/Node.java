package baeum.tensor;

import baeum.storage.Shape;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.List;

/**
 * One recorded op in the define-by-run graph (PyTorch's {@code grad_fn}). A subclass holds the
 * forward (a static {@code apply}) beside its {@link #backward(Tensor)}, saves what backward
 * needs with {@link #save(int, Tensor)}, and attaches itself to its output with
 * {@link #attach(Tensor)}:
 *
 * <pre>
 * static Tensor apply(Tensor a, Tensor b) {
 *     Tensor out = ...;                                  // compute on raw arrays
 *     if (Node.needsGrad(a, b)) new Mul(a, b).attach(out);
 *     return out;
 * }
 * </pre>
 *
 * Backward returns one gradient per input (null where an input needs none), in any shape that
 * broadcasts to the input's: the engine sums it down to the input's shape, in one place.
 */
public abstract class Node {
    private final String name;
    final Node[] next;
    final Tensor[] leaves;
    final int[][] inShapes;
    Tensor gradAcc;
    boolean gradOwned;
    int mark;
    boolean released;
    Tensor retained;
    private Tensor s0, s1;
    private int v0, v1;

    /** Records the edges to {@code inputs} (their grad_fn, or themselves when they are leaves). */
    protected Node(String name, Tensor... inputs) {
        this.name = name;
        int n = inputs.length;
        next = new Node[n];
        leaves = new Tensor[n];
        inShapes = new int[n][];
        for (int i = 0; i < n; i++) {
            Tensor t = inputs[i];
            if (t == null) continue;
            inShapes[i] = t.shapeArray();
            if (t.gradFn() != null) next[i] = t.gradFn();
            else if (t.requiresGrad()) leaves[i] = t;
        }
    }

    /** The gradients of the inputs, given the gradient of the output (null for inputs that need none). */
    protected abstract Tensor[] backward(Tensor grad);

    /** True if recording is on and {@code a} requires grad. */
    public static boolean needsGrad(Tensor a) {
        return a.requiresGrad() && GradMode.isEnabled();
    }

    /** True if recording is on and {@code a} or {@code b} requires grad. */
    public static boolean needsGrad(Tensor a, Tensor b) {
        return (a.requiresGrad() || b.requiresGrad()) && GradMode.isEnabled();
    }

    /** True if recording is on and any of {@code ts} requires grad. */
    public static boolean needsGrad(Tensor... ts) {
        if (!GradMode.isEnabled()) return false;
        for (Tensor t : ts) if (t != null && t.requiresGrad()) return true;
        return false;
    }

    /** True if input {@code i} needs a gradient from this node. */
    protected final boolean needsInputGrad(int i) {
        return next[i] != null || leaves[i] != null;
    }

    /** The shape input {@code i} had when this node was recorded. */
    protected final int[] inputShape(int i) {
        return inShapes[i];
    }

    /** Makes this node the grad_fn of {@code out}; returns {@code out}. */
    public final Tensor attach(Tensor out) {
        out.setGradFn(this);
        return out;
    }

    /** Saves {@code t} for backward in slot 0 or 1, remembering its version. */
    protected final void save(int slot, Tensor t) {
        if (slot == 0) {
            s0 = t;
            v0 = t.version();
        } else {
            s1 = t;
            v1 = t.version();
        }
    }

    /** A tensor saved for backward; fails if the graph was freed or the tensor changed in place since. */
    protected final Tensor saved(int slot) {
        if (released) {
            throw new TensorError("backward: trying to go through the graph a second time, but the tensors "
                    + name + " saved were freed by the first backward(). Pass retainGraph = true to the"
                    + " first call, as in y.backward(null, true), if you need to call backward twice");
        }
        Tensor t = slot == 0 ? s0 : s1;
        int v = slot == 0 ? v0 : v1;
        if (t.version() != v) {
            String by = t.storage().lastInplaceOp();
            String what = t.gradFn() != null ? "the output of " + t.gradFn().name()
                    : t.requiresGrad() ? "a leaf that requires grad" : "an input that does not require grad";
            throw new TensorError("backward of " + name + ": a tensor of shape " + Shape.str(t.shapeArray())
                    + " (" + what + ") that " + name + " saved for backward was changed in place"
                    + (by == null ? "" : " by " + by) + " afterwards (it is at version " + t.version()
                    + "; expected version " + v + "). Use the out-of-place op"
                    + (by == null ? "" : " (" + by.substring(0, by.length() - 1) + " instead of " + by + ")")
                    + " or change a clone() of the tensor instead");
        }
        return t;
    }

    /** Frees the saved tensors (after a backward without retainGraph). */
    final void release() {
        if (s0 != null || s1 != null) {
            released = true;
            s0 = null;
            s1 = null;
        }
    }

    /** PyTorch's name for this node, e.g. {@code MulBackward0}. */
    public final String name() {
        return name;
    }

    /** The nodes this one passes gradients to (PyTorch's next_functions, without the leaves). */
    public final List<Node> nextFunctions() {
        var out = new ArrayList<Node>();
        for (Node n : next) if (n != null) out.add(n);
        return out;
    }

    /**
     * One input of a node, for tools that draw the graph: the node that made it (null for a leaf or
     * a constant), the leaf tensor when it is a leaf that requires grad (null otherwise), and its
     * shape when this node was recorded.
     */
    public record Input(Node node, Tensor leaf, Shape shape) {}

    /**
     * Every input of this node in order (skipping absent optional inputs such as a missing bias),
     * including the leaves and the constants that {@link #nextFunctions()} leaves out.
     * <pre>
     * jshell> var w = ones(2).requiresGrad_(); w.mul(ones(2)).gradFn().inputs().size()
     * $2 ==> 2
     * </pre>
     */
    public final List<Input> inputs() {
        var out = new ArrayList<Input>();
        for (int i = 0; i < next.length; i++) {
            if (inShapes[i] == null) continue;
            out.add(new Input(next[i], leaves[i], new Shape(inShapes[i])));
        }
        return out;
    }

    void retain(Tensor t) {
        retained = t;
    }

    @Override
    public String toString() {
        return "<" + name + ">";
    }
}
