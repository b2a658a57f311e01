package baeum.tensor;

import static baeum.ops.UnaryKernel.Ints.KEEP_IF_P_NATURAL;
import static baeum.ops.UnaryKernel.Ints.KEEP_IF_P_WHOLE;
import static baeum.ops.UnaryKernel.Ints.TO_FLOAT;

import baeum.ops.Elementwise;
import baeum.ops.Erf;
import baeum.ops.UnaryKernel;
import baeum.ops.UnaryKernel.FloatLoop;
import baeum.ops.UnaryKernel.Formula;
import baeum.ops.UnaryKernel.Ints;
import baeum.ops.UnaryLoops;

/**
 * The pointwise functions of one tensor, one line each: PyTorch's grad_fn name; the forward
 * formula {@code f(x; p, q)} in double precision (p, q: the op's constants), for the hot ops with
 * the fast float32 loop of {@link UnaryLoops} that computes the same, and with what integer inputs
 * become (a float result unless said otherwise); what backward keeps (the input, the output or
 * nothing); and the derivative, which gives the gradient of the input from the gradient {@code g}
 * of the output, the kept tensor {@code s} and the constants. {@link Unary} records and runs them.
 *
 * <p>Adding an op such as {@code sin}: a line here,
 * {@code SIN("SinBackward0", (x, p, q) -> Math.sin(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.cos()))},
 * a method with a {@code jshell>} example in {@link TensorMath}, and a gradcheck test.
 */
enum UnaryOp {
    NEG("NegBackward0", (x, p, q) -> -x, UnaryLoops::neg, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.neg()),
    ADD_S("AddBackward0", (x, p, q) -> x + p, UnaryLoops::addScalar, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g),
    SUB_S("SubBackward0", ADD_S.kernel, Keep.NOTHING, (g, s, p, q) -> g),                   // x - c runs as x + (-c)
    RSUB_S("RsubBackward1", (x, p, q) -> p - x, null, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.neg()),
    MUL_S("MulBackward0", (x, p, q) -> x * p, UnaryLoops::mulScalar, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.mul(p)),
    DIV_S("DivBackward0", (x, p, q) -> x / p, UnaryLoops::divScalar, TO_FLOAT, Keep.NOTHING, (g, s, p, q) -> g.div(p)),
    RDIV_S("DivBackward0", (x, p, q) -> p / x, Keep.INPUT, (g, s, p, q) -> g.mul(-p).div(s.mul(s))),
    POW_S("PowBackward0", (x, p, q) -> Math.pow(x, p), null, KEEP_IF_P_NATURAL, Keep.INPUT,
            (g, s, p, q) -> p == 0 ? g.mul(0) : g.mul(s.pow(p - 1)).mul(p)),
    SQUARE("PowBackward0", (x, p, q) -> x * x, UnaryLoops::square, KEEP_IF_P_WHOLE, Keep.INPUT, (g, s, p, q) -> g.mul(s).mul(2)),
    EXP("ExpBackward0", (x, p, q) -> Math.exp(x), UnaryLoops::exp, TO_FLOAT, Keep.OUTPUT, (g, s, p, q) -> g.mul(s)),
    LOG("LogBackward0", (x, p, q) -> Math.log(x), Keep.INPUT, (g, s, p, q) -> g.div(s)),
    SQRT("SqrtBackward0", (x, p, q) -> Math.sqrt(x), Keep.OUTPUT, (g, s, p, q) -> g.div(s.mul(2))),
    RSQRT("RsqrtBackward0", (x, p, q) -> 1 / Math.sqrt(x), Keep.OUTPUT, (g, s, p, q) -> g.mul(s.pow(3)).mul(-0.5)),
    ABS("AbsBackward0", (x, p, q) -> Math.abs(x), null, KEEP_IF_P_WHOLE, Keep.INPUT, (g, s, p, q) -> g.mul(s.sign())),
    SIGN("SignBackward0", (x, p, q) -> Math.signum(x), null, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.mul(0)),
    SIN("SinBackward0", (x, p, q) -> Math.sin(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.cos())),
    COS("CosBackward0", (x, p, q) -> Math.cos(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.sin()).neg()),
    ERF("ErfBackward0", (x, p, q) -> Erf.erf(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.square().neg().exp()).mul(2 / Math.sqrt(Math.PI))),
    SIGMOID("SigmoidBackward0", (x, p, q) -> 1 / (1 + Math.exp(-x)), UnaryLoops::sigmoid, TO_FLOAT, Keep.OUTPUT,
            (g, s, p, q) -> Pointwise.binary(Elementwise.SIGMOID_GRAD, "sigmoid backward", g, s)),
    TANH("TanhBackward0", (x, p, q) -> Math.tanh(x), Keep.OUTPUT,
            (g, s, p, q) -> Pointwise.binary(Elementwise.TANH_GRAD, "tanh backward", g, s)),
    RELU("ReluBackward0", (x, p, q) -> x > 0 ? x : (Double.isNaN(x) ? x : 0), UnaryLoops::relu, KEEP_IF_P_WHOLE, Keep.OUTPUT,
            (g, s, p, q) -> Pointwise.binary(Elementwise.RELU_GRAD, "relu backward", g, s)),
    CLAMP("ClampBackward1", (x, p, q) -> Double.isNaN(x) ? x : Math.min(Math.max(x, p), q), UnaryLoops::clamp,
            KEEP_IF_P_WHOLE, Keep.INPUT, (g, s, p, q) -> g.maskedFill(s.clamp(p, q).ne(s), 0)),
    COPY("CloneBackward0", UnaryKernel.COPY, Keep.NOTHING, (g, s, p, q) -> g);

    /** What backward needs besides the output's gradient. */
    enum Keep { NOTHING, INPUT, OUTPUT }

    /** The input's gradient from the output's gradient {@code g}, the kept tensor {@code s} (or null) and the constants. */
    interface Derivative {
        Tensor of(Tensor g, Tensor s, double p, double q);
    }

    final String gradFnName;
    final UnaryKernel kernel;
    final Keep keep;
    final Derivative derivative;

    UnaryOp(String gradFnName, UnaryKernel kernel, Keep keep, Derivative derivative) {
        this.gradFnName = gradFnName;
        this.kernel = kernel;
        this.keep = keep;
        this.derivative = derivative;
    }

    /** An op with a fast float32 loop (or null) and its rule for integer inputs. */
    UnaryOp(String gradFnName, Formula forward, FloatLoop loop, Ints ints, Keep keep, Derivative derivative) {
        this(gradFnName, new UnaryKernel(forward, loop, ints), keep, derivative);
    }

    /** An op with a float result that runs its formula. */
    UnaryOp(String gradFnName, Formula forward, Keep keep, Derivative derivative) {
        this(gradFnName, forward, null, TO_FLOAT, keep, derivative);
    }
}
