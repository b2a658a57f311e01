package baeum.tensor;

import baeum.ops.Elementwise;

/**
 * The pointwise functions of one tensor, one line each: the forward loop (an {@link Elementwise}
 * code, whose double formula and fast float loops live in the ops layer), PyTorch's grad_fn name,
 * what backward keeps (the input, the output or nothing) and the derivative, which gives the
 * gradient of the input from the gradient {@code g} of the output, the kept tensor {@code s} and
 * the op's constants {@code p}, {@code q}. {@link Unary} records and runs them.
 *
 * <p>Adding an op such as {@code sin}: its code and formula in {@code Elementwise.apply}, a line
 * here, a method with a {@code jshell>} example in {@link TensorMath}, and a gradcheck test.
 */
enum UnaryOp {
    NEG(Elementwise.NEG, "NegBackward0", Keep.NOTHING, (g, s, p, q) -> g.neg()),
    ADD_S(Elementwise.ADD_S, "AddBackward0", Keep.NOTHING, (g, s, p, q) -> g),
    SUB_S(Elementwise.ADD_S, "SubBackward0", Keep.NOTHING, (g, s, p, q) -> g),      // x - c runs as x + (-c)
    RSUB_S(Elementwise.RSUB_S, "RsubBackward1", Keep.NOTHING, (g, s, p, q) -> g.neg()),
    MUL_S(Elementwise.MUL_S, "MulBackward0", Keep.NOTHING, (g, s, p, q) -> g.mul(p)),
    DIV_S(Elementwise.DIV_S, "DivBackward0", Keep.NOTHING, (g, s, p, q) -> g.div(p)),
    RDIV_S(Elementwise.RDIV_S, "DivBackward0", Keep.INPUT, (g, s, p, q) -> g.mul(-p).div(s.mul(s))),
    POW_S(Elementwise.POW_S, "PowBackward0", Keep.INPUT, (g, s, p, q) -> p == 0 ? g.mul(0) : g.mul(s.pow(p - 1)).mul(p)),
    SQUARE(Elementwise.SQUARE, "PowBackward0", Keep.INPUT, (g, s, p, q) -> g.mul(s).mul(2)),
    EXP(Elementwise.EXP, "ExpBackward0", Keep.OUTPUT, (g, s, p, q) -> g.mul(s)),
    LOG(Elementwise.LOG, "LogBackward0", Keep.INPUT, (g, s, p, q) -> g.div(s)),
    SQRT(Elementwise.SQRT, "SqrtBackward0", Keep.OUTPUT, (g, s, p, q) -> g.div(s.mul(2))),
    RSQRT(Elementwise.RSQRT, "RsqrtBackward0", Keep.OUTPUT, (g, s, p, q) -> g.mul(s.pow(3)).mul(-0.5)),
    ABS(Elementwise.ABS, "AbsBackward0", Keep.INPUT, (g, s, p, q) -> g.mul(Pointwise.unary(Elementwise.SIGN, s, 0, 0))),
    SIGN(Elementwise.SIGN, "SignBackward0", Keep.NOTHING, (g, s, p, q) -> g.mul(0)),
    SIN(Elementwise.SIN, "SinBackward0", Keep.INPUT, (g, s, p, q) -> g.mul(Pointwise.unary(Elementwise.COS, s, 0, 0))),
    COS(Elementwise.COS, "CosBackward0", Keep.INPUT, (g, s, p, q) -> g.mul(Pointwise.unary(Elementwise.SIN, s, 0, 0)).neg()),
    SIGMOID(Elementwise.SIGMOID, "SigmoidBackward0", Keep.OUTPUT,
            (g, s, p, q) -> Pointwise.binary(Elementwise.SIGMOID_GRAD, "sigmoid backward", g, s)),
    TANH(Elementwise.TANH, "TanhBackward0", Keep.OUTPUT,
            (g, s, p, q) -> Pointwise.binary(Elementwise.TANH_GRAD, "tanh backward", g, s)),
    RELU(Elementwise.RELU, "ReluBackward0", Keep.OUTPUT,
            (g, s, p, q) -> Pointwise.binary(Elementwise.RELU_GRAD, "relu backward", g, s)),
    CLAMP(Elementwise.CLAMP, "ClampBackward1", Keep.INPUT, (g, s, p, q) -> g.maskedFill(s.clamp(p, q).ne(s), 0)),
    COPY(Elementwise.COPY, "CloneBackward0", Keep.NOTHING, (g, s, p, q) -> g);

    /** What backward needs besides the output's gradient. */
    enum Keep { NOTHING, INPUT, OUTPUT }

    /** The input's gradient from the output's gradient {@code g}, the kept tensor {@code s} (or null) and the constants. */
    interface Derivative {
        Tensor of(Tensor g, Tensor s, double p, double q);
    }

    final int code;
    final String gradFnName;
    final Keep keep;
    final Derivative derivative;

    UnaryOp(int code, String gradFnName, Keep keep, Derivative derivative) {
        this.code = code;
        this.gradFnName = gradFnName;
        this.keep = keep;
        this.derivative = derivative;
    }
}
