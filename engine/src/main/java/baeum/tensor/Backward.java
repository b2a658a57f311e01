package baeum.tensor;

import baeum.storage.Shape;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The backward pass: orders the graph below a tensor topologically (an iterative depth-first
 * search, so long graphs cannot overflow the stack), then hands each node the sum of the
 * gradients of its uses, and accumulates into the {@code grad} of the leaves. Gradients of
 * broadcast inputs are summed down to the input's shape here, once for every op.
 */
final class Backward {
    /** Marks of graph walks; atomic, as backward passes may run in several threads at once. */
    private static final AtomicInteger EPOCH = new AtomicInteger();

    private Backward() {}

    /** Runs backward from {@code root} with output gradient {@code gradient} (null: 1 for a scalar). */
    public static void run(Tensor root, Tensor gradient, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw new TensorError("backward: this tensor of shape " + Shape.str(root.shapeArray())
                    + " does not require grad and has no grad_fn, so there is nothing to differentiate."
                    + " Call requiresGrad_() on the leaf tensors (the weights) before computing from them,"
                    + " and do not compute it inside noGrad()");
        }
        if (gradient == null) {
            if (root.numel() != 1) {
                throw new TensorError("backward: grad can be implicitly created only for a scalar output, but"
                        + " this tensor has shape " + Shape.str(root.shapeArray()) + " (" + root.numel()
                        + " elements). Reduce it first (e.g. loss.sum() or loss.mean()), or pass the gradient"
                        + " of the output: backward(onesLike(y))");
            }
            gradient = Tensor.full(root.shapeArray(), 1, root.dtype());
        } else if (!Arrays.equals(gradient.shapeArray(), root.shapeArray())) {
            throw new TensorError("backward: the gradient has shape " + Shape.str(gradient.shapeArray())
                    + " but the tensor has shape " + Shape.str(root.shapeArray())
                    + "; pass a gradient of the same shape as the tensor");
        }
        try (var g = GradMode.disable()) {
            Node top = root.gradFn();
            if (top == null) {
                accumulateLeaf(root, gradient);
                return;
            }
            top.gradAcc = gradient;
            top.gradOwned = false;
            ArrayList<Node> order = topologicalOrder(top);
            try {
                propagate(order, retainGraph);
            } catch (RuntimeException e) {
                for (Node n : order) n.gradAcc = null;   // no half-summed gradients left for a later backward
                throw e;
            }
        }
    }

    /** Hands each node (in topological order, consumers first) the sum of its gradients, down to the leaves. */
    private static void propagate(ArrayList<Node> order, boolean retainGraph) {
        for (int k = order.size() - 1; k >= 0; k--) {
            Node node = order.get(k);
            if ((k & 255) == 0) baeum.ops.Interrupts.check("backward");
            Tensor grad = node.gradAcc;
            node.gradAcc = null;
            if (grad == null) continue;
            if (node.retained != null) accumulateLeaf(node.retained, grad);
            Tensor[] grads = node.backward(grad);
            for (int i = 0; i < grads.length; i++) {
                Tensor gi = grads[i];
                if (gi == null || !node.needsInputGrad(i)) continue;
                int[] shape = node.inShapes[i];
                if (!Arrays.equals(gi.shapeArray(), shape)) gi = Reduce.sumTo(gi, shape);
                Node nx = node.next[i];
                if (nx != null) accumulate(nx, gi);
                else accumulateLeaf(node.leaves[i], gi);
            }
            if (!retainGraph) node.release();
        }
    }

    /** Post-order of the nodes reachable from {@code top}, each once. */
    private static ArrayList<Node> topologicalOrder(Node top) {
        int mark = EPOCH.incrementAndGet();
        var order = new ArrayList<Node>();
        var stack = new ArrayList<Node>();
        var pos = new ArrayList<Integer>();
        top.mark = mark;
        stack.add(top);
        pos.add(0);
        while (!stack.isEmpty()) {
            int s = stack.size() - 1;
            Node n = stack.get(s);
            int i = pos.get(s);
            if (i < n.next.length) {
                pos.set(s, i + 1);
                Node c = n.next[i];
                if (c != null && c.mark != mark) {
                    c.mark = mark;
                    stack.add(c);
                    pos.add(0);
                }
            } else {
                order.add(n);
                stack.remove(s);
                pos.remove(s);
            }
        }
        return order;
    }

    /**
     * Adds {@code g} to the gradient waiting at {@code node}: the first one is kept as is (it may be
     * shared with another input), the second makes a new sum the engine owns, later ones add into it.
     */
    private static void accumulate(Node node, Tensor g) {
        if (node.gradAcc == null) {
            node.gradAcc = g;
            node.gradOwned = false;
        } else if (!node.gradOwned) {
            node.gradAcc = node.gradAcc.add(g);
            node.gradOwned = true;
        } else {
            node.gradAcc.add_(g);
        }
    }

    private static void accumulateLeaf(Tensor leaf, Tensor g) {
        Tensor old = leaf.grad();
        if (old == null) leaf.setGrad(g.dtype() == leaf.dtype() ? g.copyDetached() : g.to(leaf.dtype()));
        else old.add_(g);
    }

    /** Makes backward store the gradient of the non-leaf {@code t} in {@code t.grad()}. */
    public static void retainGrad(Tensor t) {
        if (t.gradFn() != null) t.gradFn().retain(t);
    }
}
