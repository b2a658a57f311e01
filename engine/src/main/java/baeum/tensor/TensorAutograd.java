package baeum.tensor;

import baeum.storage.TensorError;


/**
 * Autograd on a tensor: mark leaves with {@code requiresGrad_()}, compute, call
 * {@code backward()}, read {@code grad()}. Ops on tensors that require grad record a graph of
 * {@link Node}s (the {@code grad_fn}); backward walks it and adds into the leaves' gradients.
 */
public sealed interface TensorAutograd permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    /**
     * Asks autograd to compute {@code grad()} for this leaf at backward; returns this tensor.
     * <pre>
     * jshell> var w = ones(2).requiresGrad_()
     * $1 ==> tensor([1., 1.], requires_grad=True)
     * </pre>
     */
    default Tensor requiresGrad_() {
        return requiresGrad_(true);
    }

    /**
     * Turns gradient tracking of this leaf on or off; returns this tensor.
     * <pre>
     * jshell> ones(2).requiresGrad_(true).requiresGrad_(false).requiresGrad()
     * $1 ==> false
     * </pre>
     */
    default Tensor requiresGrad_(boolean on) {
        Tensor t = self();
        if (t.gradFn != null && !on) {
            throw new TensorError("requiresGrad_: this tensor is the result of " + t.gradFn.name()
                    + " (not a leaf), so it must require grad. Use detach() for a copy outside the graph");
        }
        if (on && !t.storage.dtype.isFloatingPoint()) {
            throw new TensorError("requiresGrad_: only floating-point tensors can require grad, but this one is "
                    + t.storage.dtype + ". Convert it first: x.to(DType.FLOAT32)");
        }
        t.requiresGrad = on;
        return t;
    }

    /**
     * True if autograd tracks this tensor.
     * <pre>
     * jshell> ones(2).requiresGrad_().requiresGrad()
     * $1 ==> true
     * </pre>
     */
    default boolean requiresGrad() {
        return self().requiresGrad;
    }

    /**
     * The accumulated gradient, or null until a backward reaches this tensor.
     * <pre>
     * jshell> var w = ones(2).requiresGrad_(); w.mul(w).sum().backward(); w.grad()
     * $1 ==> tensor([2., 2.])
     * </pre>
     * Shape: the tensor's own shape.
     */
    default Tensor grad() {
        return self().grad;
    }


    /**
     * Sets {@code grad} to null (PyTorch's {@code zero_grad(set_to_none=True)}).
     * <pre>
     * jshell> w.zeroGrad(); w.grad()
     * $1 ==> null
     * </pre>
     */
    default void zeroGrad() {
        self().grad = null;
    }

    /**
     * The node that computed this tensor, or null for a leaf.
     * <pre>
     * jshell> ones(2).requiresGrad_().mul(2).gradFn()
     * $1 ==> <MulBackward0>
     * </pre>
     */
    default Node gradFn() {
        return self().gradFn;
    }


    /**
     * True for tensors created by the user (not by an op that autograd recorded).
     * <pre>
     * jshell> ones(2).requiresGrad_().mul(2).isLeaf()
     * $1 ==> false
     * </pre>
     */
    default boolean isLeaf() {
        return self().gradFn == null;
    }

    /**
     * Keeps the gradient of this non-leaf tensor in {@code grad()} at the next backward; returns it.
     * <pre>
     * jshell> var h = ones(2).requiresGrad_().mul(3).retainGrad(); h.sum().backward(); h.grad()
     * $1 ==> tensor([1., 1.])
     * </pre>
     */
    default Tensor retainGrad() {
        Backward.retainGrad(self());
        return self();
    }

    /**
     * How many times the storage of this tensor (shared by its views) was changed in place.
     * <pre>
     * jshell> var v = zeros(2); v.add_(1); v.version()
     * $1 ==> 1
     * </pre>
     */
    default int version() {
        return self().storage.version();
    }

    /**
     * Computes the gradient of this scalar with respect to every leaf that requires grad, adding it
     * to their {@code grad()}. Frees the graph afterwards.
     *
     * <pre>
     * jshell> var x = tensor(2f).requiresGrad_(); x.mul(x).backward(); x.grad()
     * $3 ==> tensor(4.)
     * </pre>
     * Shape: this tensor has one element (a loss); pass a gradient otherwise.
     */
    default void backward() {
        Backward.run(self(), null, false);
    }

    /**
     * Backward for a non-scalar tensor: {@code gradient} is d(something)/d(this), of this tensor's shape.
     * <pre>
     * jshell> var x = ones(2).requiresGrad_(); x.mul(x).backward(tensor(1f, 10f)); x.grad()
     * $1 ==> tensor([ 2., 20.])
     * </pre>
     * Shape: {@code gradient} has this tensor's shape.
     */
    default void backward(Tensor gradient) {
        Backward.run(self(), gradient, false);
    }

    /**
     * Backward that keeps the graph when {@code retainGraph}, so that backward can run through it again.
     * <pre>
     * jshell> var z = tensor(3f).requiresGrad_(); var e = z.exp(); e.backward(null, true); e.backward(); z.grad()
     * $1 ==> tensor(40.1711)
     * </pre>
     * Shape: {@code gradient} (null for a scalar) has this tensor's shape.
     */
    default void backward(Tensor gradient, boolean retainGraph) {
        Backward.run(self(), gradient, retainGraph);
    }

    /**
     * A tensor sharing storage and version counter with this one, outside the graph.
     * <pre>
     * jshell> ones(2).requiresGrad_().mul(2).detach()
     * $1 ==> tensor([2., 2.])
     * </pre>
     * Shape: unchanged.
     */
    default Tensor detach() {
        Tensor t = self();
        return new Tensor(t.storage, t.shape, t.strides, t.offset, true);
    }

    /**
     * A tensor sharing storage with this one, outside the graph and with its own version counter
     * (PyTorch's {@code .data}): the lecture's manual update {@code w.data().sub_(w.grad().mul(lr))}.
     * <pre>
     * jshell> var w = ones(2).requiresGrad_(); w.data().add_(1); w
     * w ==> tensor([2., 2.], requires_grad=True)
     * </pre>
     * Shape: unchanged.
     */
    default Tensor data() {
        Tensor t = self();
        return new Tensor(t.storage.sameArrayNewCounter(), t.shape, t.strides, t.offset, true);
    }
}
