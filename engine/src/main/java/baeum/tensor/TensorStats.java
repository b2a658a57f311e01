package baeum.tensor;

import baeum.storage.Dims;


/**
 * Statistics and tests over elements: variance and standard deviation (unbiased by default, as
 * PyTorch), product, all/any, and {@code allclose} for comparing results with tolerances.
 */
public sealed interface TensorStats permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    /**
     * The variance of all elements, unbiased (divided by n - 1) as PyTorch's default.
     * <pre>
     * jshell> tensor(1f, 2f, 3f, 4f).var()
     * $1 ==> tensor(1.6667)
     * </pre>
     * Shape: any -> {@code ()}.
     */
    default Tensor var() {
        return Stats.var(self(), new int[0], true, false);
    }

    /**
     * The unbiased variance along {@code dim}. Shape: {@code (N, C)} with 0 -> {@code (C)}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 3}, {2, 6}}).var(0)
     * $1 ==> tensor([0.5000, 4.5000])
     * </pre>
     */
    default Tensor var(int dim) {
        return Stats.var(self(), new int[] {dim}, true, false);
    }

    /** The variance along {@code dim}, divided by n - 1 if {@code unbiased}, else by n. Shape: dim removed unless keepdim.
     * <pre>jshell> tensor(1f, 2f, 3f, 4f).var(0, false, false)
     * $1 ==> tensor(1.2500)</pre> */
    default Tensor var(int dim, boolean unbiased, boolean keepdim) {
        return Stats.var(self(), new int[] {dim}, unbiased, keepdim);
    }

    /**
     * The variance over several dims. Shape: {@code (N, C, H, W)} with ({0, 2, 3}, false, true) -> {@code (1, C, 1, 1)}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 3}, {2, 6}}).var(0)
     * $1 ==> tensor([0.5000, 4.5000])
     * </pre>
     */
    default Tensor var(int[] dims, boolean unbiased, boolean keepdim) {
        return Stats.var(self(), dims, unbiased, keepdim);
    }

    /** The standard deviation of all elements, unbiased. Shape: any -> {@code ()}.
     * <pre>jshell> tensor(1f, 2f, 3f, 4f).std()
     * $1 ==> tensor(1.2910)</pre> */
    default Tensor std() {
        return var().sqrt();
    }

    /**
     * The unbiased standard deviation along {@code dim}. Shape: dim removed.
     * <pre>
     * jshell> tensor(new float[][] {{1, 3}, {2, 6}}).std(1)
     * $1 ==> tensor([1.4142, 2.8284])
     * </pre>
     */
    default Tensor std(int dim) {
        return var(dim).sqrt();
    }

    /**
     * The standard deviation along {@code dim}. Shape: dim removed unless keepdim.
     * <pre>
     * jshell> tensor(new float[][] {{1, 3}, {2, 6}}).std(1)
     * $1 ==> tensor([1.4142, 2.8284])
     * </pre>
     */
    default Tensor std(int dim, boolean unbiased, boolean keepdim) {
        return var(dim, unbiased, keepdim).sqrt();
    }

    /**
     * The product of all elements.
     * <pre>
     * jshell> tensor(1f, 2f, 3f, 4f).prod()
     * $1 ==> tensor(24.)
     * </pre>
     * Shape: any -> {@code ()}.
     */
    default Tensor prod() {
        return Prod.apply(self().reshape(-1), 0, false).reshape();
    }

    /**
     * The product along {@code dim}. Shape: {@code (2, 3)} with 1 -> {@code (2)}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 2}, {3, 4}}).prod(1)
     * $1 ==> tensor([ 2., 12.])
     * </pre>
     */
    default Tensor prod(int dim) {
        return Prod.apply(self(), dim, false);
    }

    /**
     * The product along {@code dim}, kept as size 1 when {@code keepdim}.
     * <pre>
     * jshell> tensor(new float[][] {{1, 2}, {3, 4}}).prod(1)
     * $1 ==> tensor([ 2., 12.])
     * </pre>
     * Shape: {@code (2, 3)} with (1, true) -> {@code (2, 1)}.
     */
    default Tensor prod(int dim, boolean keepdim) {
        return Prod.apply(self(), dim, keepdim);
    }

    /** True (a 0-d bool tensor) if every element is nonzero. Shape: any -> {@code ()}.
     * <pre>jshell> tensor(true, false).all()
     * $1 ==> tensor(False)</pre> */
    default Tensor all() {
        Tensor x = self();
        return x.ne(0).logicalNot().sum().eq(0);
    }

    /**
     * True along {@code dim} where every element is nonzero. Shape: dim removed.
     * <pre>
     * jshell> tensor(new float[][] {{1, 2}, {0, 4}}).all(1)
     * $1 ==> tensor([ True, False])
     * </pre>
     */
    default Tensor all(int dim) {
        return self().ne(0).logicalNot().sum(dim).eq(0);
    }

    /** True (a 0-d bool tensor) if some element is nonzero. Shape: any -> {@code ()}.
     * <pre>jshell> tensor(true, false).any()
     * $1 ==> tensor(True)</pre> */
    default Tensor any() {
        return self().ne(0).sum().gt(0);
    }

    /**
     * True along {@code dim} where some element is nonzero. Shape: dim removed.
     * <pre>
     * jshell> tensor(new float[][] {{0, 0}, {0, 4}}).any(1)
     * $1 ==> tensor([False,  True])
     * </pre>
     */
    default Tensor any(int dim) {
        return self().ne(0).sum(dim).gt(0);
    }

    /**
     * True if every element is close to the other's: {@code |a - b| <= atol + rtol * |b|}
     * (rtol 1e-5, atol 1e-8 as in PyTorch), with broadcasting; NaNs are never close.
     * <pre>
     * jshell> tensor(1f, 2f).allclose(tensor(1f, 2.000001f))
     * $1 ==> true
     * </pre>
     * Shape: both broadcast together.
     */
    default boolean allclose(Tensor other) {
        return allclose(other, 1e-5, 1e-8);
    }

    /**
     * {@link #allclose(Tensor)} with explicit tolerances.
     * <pre>
     * jshell> tensor(1f, 2f).allclose(tensor(1.01f, 2f), 0.1, 0)
     * $1 ==> true
     * </pre>
     * Shape: both broadcast together -> a boolean.
     */
    default boolean allclose(Tensor other, double rtol, double atol) {
        Tensor a = self();
        int[] shape = Dims.broadcast("allclose", a.shapeArray(), other.shapeArray());
        double[] x = baeum.tensor.Pointwise.broadcastDoubles(a, shape), y = baeum.tensor.Pointwise.broadcastDoubles(other, shape);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) continue;
            if (!(Math.abs(x[i] - y[i]) <= atol + rtol * Math.abs(y[i]))) return false;
        }
        return true;
    }
}
