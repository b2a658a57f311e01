package baeum.tensor;

import baeum.storage.TensorError;


/**
 * Arithmetic and math functions (comparisons are in {@link TensorCompare}). Binary ops broadcast: shapes are aligned from
 * the right and dims of size 1 stretch to match, so {@code (3, 1, 1)} times {@code (3, 5, 5)}
 * works, as in PyTorch.
 */
public sealed interface TensorMath permits Tensor {
    private Tensor self() {
        return (Tensor) this;
    }

    /**
     * Elementwise sum, with broadcasting.
     * <pre>
     * jshell> tensor(1f, 2f).add(tensor(10f))
     * $1 ==> tensor([11., 12.])
     * </pre>
     * Shape: {@code a} and {@code b} broadcast together, e.g. {@code (N, M) + (M) -> (N, M)}.
     */
    default Tensor add(Tensor other) {
        return Add.apply(self(), other, false);
    }

    /** Adds a number to every element. Shape: unchanged. <pre>jshell> tensor(1f, 2f).add(1)
     * $1 ==> tensor([2., 3.])</pre> */
    default Tensor add(double other) {
        return Unary.apply(UnaryOp.ADD_S, self(), other, 0);
    }

    /**
     * Elementwise difference, with broadcasting.
     * <pre>
     * jshell> tensor(5f, 7f).sub(tensor(1f, 2f))
     * $1 ==> tensor([4., 5.])
     * </pre>
     * Shape: broadcast of both.
     */
    default Tensor sub(Tensor other) {
        return Add.apply(self(), other, true);
    }

    /** Subtracts a number from every element. Shape: unchanged. <pre>jshell> tensor(1f).sub(3)
     * $1 ==> tensor(-2.)</pre> */
    default Tensor sub(double other) {
        return Unary.apply(UnaryOp.SUB_S, self(), -other, 0);
    }

    /** {@code other - this} for a number (PyTorch's {@code rsub}). Shape: unchanged.
     * <pre>jshell> tensor(1f, 2f).rsub(1)
     * $1 ==> tensor([ 0., -1.])</pre> */
    default Tensor rsub(double other) {
        return Unary.apply(UnaryOp.RSUB_S, self(), other, 0);
    }

    /**
     * Elementwise product, with broadcasting.
     * <pre>
     * jshell> randn(3, 5, 5).mul(tensor(0.2126f, 0.7152f, 0.0722f).view(3, 1, 1)).shape()
     * $1 ==> (3, 5, 5)
     * </pre>
     * Shape: broadcast of both, e.g. {@code (3, 5, 5) * (3, 1, 1) -> (3, 5, 5)}.
     */
    default Tensor mul(Tensor other) {
        return Mul.apply(self(), other);
    }

    /** Multiplies every element by a number. Shape: unchanged. <pre>jshell> tensor(1f, 2f).mul(3)
     * $1 ==> tensor([3., 6.])</pre> */
    default Tensor mul(double other) {
        return Unary.apply(UnaryOp.MUL_S, self(), other, 0);
    }

    /**
     * Elementwise true division (ints give floats), with broadcasting.
     * <pre>
     * jshell> tensor(1, 2).div(tensor(2))
     * $1 ==> tensor([0.5000, 1.0000])
     * </pre>
     * Shape: broadcast of both.
     */
    default Tensor div(Tensor other) {
        return Div.apply(self(), other);
    }

    /** Divides every element by a number. Shape: unchanged. <pre>jshell> tensor(1f, 2f).div(2)
     * $1 ==> tensor([0.5000, 1.0000])</pre> */
    default Tensor div(double other) {
        return Unary.apply(UnaryOp.DIV_S, self(), other, 0);
    }

    /** {@code other / this} for a number. Shape: unchanged. <pre>jshell> tensor(2f, 4f).rdiv(1)
     * $1 ==> tensor([0.5000, 0.2500])</pre> */
    default Tensor rdiv(double other) {
        return Unary.apply(UnaryOp.RDIV_S, self(), other, 0);
    }

    /**
     * Elementwise power with a tensor exponent, with broadcasting.
     * <pre>
     * jshell> tensor(2f, 3f).pow(tensor(2f, 1f))
     * $1 ==> tensor([4., 3.])
     * </pre>
     * Shape: broadcast of both.
     */
    default Tensor pow(Tensor exponent) {
        return Pow.apply(self(), exponent);
    }

    /** Every element to the power {@code exponent}. Shape: unchanged. <pre>jshell> tensor(2f, 3f).pow(2)
     * $1 ==> tensor([4., 9.])</pre> */
    default Tensor pow(double exponent) {
        return exponent == 2 ? Unary.apply(UnaryOp.SQUARE, self(), 2, 0) : Unary.apply(UnaryOp.POW_S, self(), exponent, 0);
    }

    /** Elementwise negation. Shape: unchanged. <pre>jshell> tensor(1f, -2f).neg()
     * $1 ==> tensor([-1.,  2.])</pre> */
    default Tensor neg() {
        return Unary.apply(UnaryOp.NEG, self(), 0, 0);
    }

    /**
     * PyTorch's matmul: dot product of vectors, matrix-vector, matrix-matrix, or a batch of
     * matrix products with broadcasting of the batch dims.
     * <pre>
     * jshell> ones(2, 3).matmul(ones(3, 4)).shape()
     * $1 ==> (2, 4)
     * jshell> ones(2, 3).matmul(ones(4, 5))
     * |  Exception baeum.storage.TensorError: matmul: cannot multiply (2, 3) and (4, 5): inner sizes 3 and 4 differ
     * </pre>
     * Shape: {@code (n)@(n) -> ()}, {@code (m, k)@(k) -> (m)}, {@code (m, k)@(k, n) -> (m, n)},
     * {@code (B, m, k)@(k, n) -> (B, m, n)}.
     */
    default Tensor matmul(Tensor other) {
        return Matmul.matmul(self(), other);
    }

    /** The product of two matrices. Shape: {@code (m, k)@(k, n) -> (m, n)}.
     * <pre>jshell> eye(2).mm(ones(2, 1))
     * $1 ==> tensor([[1.],
     *         [1.]])</pre> */
    default Tensor mm(Tensor other) {
        return Matmul.mm(self(), other);
    }

    /** The products of two batches of matrices. Shape: {@code (B, m, k)@(B, k, n) -> (B, m, n)}.
     * <pre>jshell> ones(4, 2, 3).bmm(ones(4, 3, 5)).shape()
     * $1 ==> (4, 2, 5)</pre> */
    default Tensor bmm(Tensor other) {
        return Matmul.bmm(self(), other);
    }

    /** e to the power of each element. Shape: unchanged. <pre>jshell> tensor(0f, 1f).exp()
     * $1 ==> tensor([1.0000, 2.7183])</pre> */
    default Tensor exp() {
        return Unary.apply(UnaryOp.EXP, self(), 0, 0);
    }

    /** Natural logarithm of each element. Shape: unchanged. <pre>jshell> tensor(1f).log()
     * $1 ==> tensor(0.)</pre> */
    default Tensor log() {
        return Unary.apply(UnaryOp.LOG, self(), 0, 0);
    }

    /** Square root of each element. Shape: unchanged. <pre>jshell> tensor(4f, 9f).sqrt()
     * $1 ==> tensor([2., 3.])</pre> */
    default Tensor sqrt() {
        return Unary.apply(UnaryOp.SQRT, self(), 0, 0);
    }

    /** 1 / sqrt of each element. Shape: unchanged. <pre>jshell> tensor(4f).rsqrt()
     * $1 ==> tensor(0.5000)</pre> */
    default Tensor rsqrt() {
        return Unary.apply(UnaryOp.RSQRT, self(), 0, 0);
    }

    /** Sine of each element (radians). Shape: unchanged. <pre>jshell> tensor(0f, (float) Math.PI / 2).sin()
     * $1 ==> tensor([0., 1.])</pre> */
    default Tensor sin() {
        return Unary.apply(UnaryOp.SIN, self(), 0, 0);
    }

    /** Cosine of each element (radians). Shape: unchanged. <pre>jshell> tensor(0f).cos()
     * $1 ==> tensor(1.)</pre> */
    default Tensor cos() {
        return Unary.apply(UnaryOp.COS, self(), 0, 0);
    }

    /** The error function {@code 2/√π ∫₀ˣ exp(-t²) dt} of each element. Shape: unchanged. <pre>jshell> tensor(0f, 1f).erf()
     * $1 ==> tensor([0.0000, 0.8427])</pre> */
    default Tensor erf() {
        return Unary.apply(UnaryOp.ERF, self(), 0, 0);
    }

    /** Each element squared (the same as {@code pow(2)}). Shape: unchanged. <pre>jshell> tensor(-2f, 3f).square()
     * $1 ==> tensor([4., 9.])</pre> */
    default Tensor square() {
        return Unary.apply(UnaryOp.SQUARE, self(), 2, 0);
    }

    /** -1, 0 or 1 by the sign of each element (its gradient is 0). Shape: unchanged. <pre>jshell> tensor(-2f, 0f, 3f).sign()
     * $1 ==> tensor([-1.,  0.,  1.])</pre> */
    default Tensor sign() {
        return Unary.apply(UnaryOp.SIGN, self(), 0, 0);
    }

    /** Absolute value of each element. Shape: unchanged. <pre>jshell> tensor(-1f, 2f).abs()
     * $1 ==> tensor([1., 2.])</pre> */
    default Tensor abs() {
        return Unary.apply(UnaryOp.ABS, self(), 0, 0);
    }

    /** Each element limited to {@code [min, max]}. Shape: unchanged. <pre>jshell> tensor(-2f, 0.5f, 3f).clamp(0, 1)
     * $1 ==> tensor([0.0000, 0.5000, 1.0000])</pre> */
    default Tensor clamp(double min, double max) {
        if (min > max) throw new TensorError("clamp: min " + min + " is greater than max " + max);
        return Unary.apply(UnaryOp.CLAMP, self(), min, max);
    }

    /** Each element at least {@code min}. Shape: unchanged. <pre>jshell> tensor(-2f, 3f).clampMin(0)
     * $1 ==> tensor([0., 3.])</pre> */
    default Tensor clampMin(double min) {
        return Unary.apply(UnaryOp.CLAMP, self(), min, Double.POSITIVE_INFINITY);
    }

    /** Each element at most {@code max}. Shape: unchanged. <pre>jshell> tensor(-2f, 3f).clampMax(0)
     * $1 ==> tensor([-2.,  0.])</pre> */
    default Tensor clampMax(double max) {
        return Unary.apply(UnaryOp.CLAMP, self(), Double.NEGATIVE_INFINITY, max);
    }

    /** The logistic function 1 / (1 + e^-x). Shape: unchanged. <pre>jshell> tensor(0f).sigmoid()
     * $1 ==> tensor(0.5000)</pre> */
    default Tensor sigmoid() {
        return Unary.apply(UnaryOp.SIGMOID, self(), 0, 0);
    }

    /** Hyperbolic tangent. Shape: unchanged. <pre>jshell> tensor(0f).tanh()
     * $1 ==> tensor(0.)</pre> */
    default Tensor tanh() {
        return Unary.apply(UnaryOp.TANH, self(), 0, 0);
    }

    /** max(x, 0). Shape: unchanged. <pre>jshell> tensor(-1f, 2f).relu()
     * $1 ==> tensor([0., 2.])</pre> */
    default Tensor relu() {
        return Unary.apply(UnaryOp.RELU, self(), 0, 0);
    }

    /**
     * e^x / sum(e^x) along {@code dim}: each slice along dim becomes positive and sums to 1.
     * <pre>
     * jshell> tensor(1f, 2f, 3f).softmax(0)
     * $1 ==> tensor([0.0900, 0.2447, 0.6652])
     * </pre>
     * Shape: unchanged.
     */
    default Tensor softmax(int dim) {
        return Softmax.apply(self(), dim, false);
    }

    /**
     * log(softmax(x)) along {@code dim}, computed stably in one pass.
     * <pre>
     * jshell> tensor(1f, 2f, 3f).logSoftmax(0)
     * $1 ==> tensor([-2.4076, -1.4076, -0.4076])
     * </pre>
     * Shape: unchanged.
     */
    default Tensor logSoftmax(int dim) {
        return Softmax.apply(self(), dim, true);
    }

    /**
     * log(sum(exp(x))) along {@code dim}, computed stably (the max is taken out first).
     * <pre>
     * jshell> tensor(1f, 2f, 3f).logsumexp(0)
     * $1 ==> tensor(3.4076)
     * </pre>
     * Shape: {@code (N, C)} with dim 1 -> {@code (N)} (or {@code (N, 1)} with keepdim).
     */
    default Tensor logsumexp(int dim, boolean keepdim) {
        Tensor x = self();
        Tensor m = x.amax(dim, true).detach();
        Tensor finite = m.maskedFill(m.abs().eq(Double.POSITIVE_INFINITY), 0);
        Tensor out = x.sub(finite).exp().sum(dim, true).log().add(finite);
        return keepdim ? out : out.squeeze(dim);
    }

    /** {@link #logsumexp(int, boolean)} without keepdim. Shape: dim removed.
     * <pre>jshell> zeros(2, 3).logsumexp(1).shape()
     * $1 ==> (2)</pre> */
    default Tensor logsumexp(int dim) {
        return logsumexp(dim, false);
    }
}
