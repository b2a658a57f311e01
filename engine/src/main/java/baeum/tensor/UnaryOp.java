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
 * <p>The table is {@link #define}: one line per op, made the first time the op runs, so a program
 * links the formulas and derivatives (each a lambda) of the ops it uses only, not all of them when
 * the first op runs. Adding an op such as {@code sin}: its name in the list of constants, its line
 * {@code case SIN -> new Def("SinBackward0", (x, p, q) -> Math.sin(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.cos()));}
 * (the compiler refuses a constant without one), a method with a {@code jshell>} example in
 * {@link TensorMath}, and a gradcheck test.
 */
enum UnaryOp {
    NEG, ADD_S, SUB_S, RSUB_S, MUL_S, DIV_S, RDIV_S, POW_S, SQUARE, EXP, LOG, SQRT, RSQRT,
    ABS, SIGN, SIN, COS, ERF, SIGMOID, TANH, RELU, CLAMP, COPY;

    /** What backward needs besides the output's gradient. */
    enum Keep { NOTHING, INPUT, OUTPUT }

    /** The input's gradient from the output's gradient {@code g}, the kept tensor {@code s} (or null) and the constants. */
    interface Derivative {
        Tensor of(Tensor g, Tensor s, double p, double q);
    }

    /** One op's line: PyTorch's grad_fn name, the forward kernel, what backward keeps, the derivative. */
    record Def(String gradFnName, UnaryKernel kernel, Keep keep, Derivative derivative) {
        /** An op with a fast float32 loop (or null) and its rule for integer inputs. */
        Def(String gradFnName, Formula forward, FloatLoop loop, Ints ints, Keep keep, Derivative derivative) {
            this(gradFnName, new UnaryKernel(forward, loop, ints), keep, derivative);
        }

        /** An op with a float result that runs its formula. */
        Def(String gradFnName, Formula forward, Keep keep, Derivative derivative) {
            this(gradFnName, forward, null, TO_FLOAT, keep, derivative);
        }
    }

    private Def def;      // this op's line, made on first use (a race only makes an equal Def twice)

    /** This op's line of the table. */
    Def def() {
        Def d = def;
        if (d == null) def = d = define(this);
        return d;
    }

    String gradFnName() { return def().gradFnName(); }

    UnaryKernel kernel() { return def().kernel(); }

    Keep keep() { return def().keep(); }

    Derivative derivative() { return def().derivative(); }

    /** The table: one line per op. */
    private static Def define(UnaryOp op) {
        return switch (op) {
            case NEG -> new Def("NegBackward0", (x, p, q) -> -x, UnaryLoops::neg, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.neg());
            case ADD_S -> new Def("AddBackward0", (x, p, q) -> x + p, UnaryLoops::addScalar, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g);
            case SUB_S -> new Def("SubBackward0", ADD_S.kernel(), Keep.NOTHING, (g, s, p, q) -> g);     // x - c runs as x + (-c)
            case RSUB_S -> new Def("RsubBackward1", (x, p, q) -> p - x, null, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.neg());
            case MUL_S -> new Def("MulBackward0", (x, p, q) -> x * p, UnaryLoops::mulScalar, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.mul(p));
            case DIV_S -> new Def("DivBackward0", (x, p, q) -> x / p, UnaryLoops::divScalar, TO_FLOAT, Keep.NOTHING, (g, s, p, q) -> g.div(p));
            case RDIV_S -> new Def("DivBackward0", (x, p, q) -> p / x, Keep.INPUT, (g, s, p, q) -> g.mul(-p).div(s.mul(s)));
            case POW_S -> new Def("PowBackward0", (x, p, q) -> Math.pow(x, p), null, KEEP_IF_P_NATURAL, Keep.INPUT,
                    (g, s, p, q) -> p == 0 ? g.mul(0) : g.mul(s.pow(p - 1)).mul(p));
            case SQUARE -> new Def("PowBackward0", (x, p, q) -> x * x, UnaryLoops::square, KEEP_IF_P_WHOLE, Keep.INPUT, (g, s, p, q) -> g.mul(s).mul(2));
            case EXP -> new Def("ExpBackward0", (x, p, q) -> Math.exp(x), UnaryLoops::exp, TO_FLOAT, Keep.OUTPUT, (g, s, p, q) -> g.mul(s));
            case LOG -> new Def("LogBackward0", (x, p, q) -> Math.log(x), Keep.INPUT, (g, s, p, q) -> g.div(s));
            case SQRT -> new Def("SqrtBackward0", (x, p, q) -> Math.sqrt(x), Keep.OUTPUT, (g, s, p, q) -> g.div(s.mul(2)));
            case RSQRT -> new Def("RsqrtBackward0", (x, p, q) -> 1 / Math.sqrt(x), Keep.OUTPUT, (g, s, p, q) -> g.mul(s.pow(3)).mul(-0.5));
            case ABS -> new Def("AbsBackward0", (x, p, q) -> Math.abs(x), null, KEEP_IF_P_WHOLE, Keep.INPUT, (g, s, p, q) -> g.mul(s.sign()));
            case SIGN -> new Def("SignBackward0", (x, p, q) -> Math.signum(x), null, KEEP_IF_P_WHOLE, Keep.NOTHING, (g, s, p, q) -> g.mul(0));
            case SIN -> new Def("SinBackward0", (x, p, q) -> Math.sin(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.cos()));
            case COS -> new Def("CosBackward0", (x, p, q) -> Math.cos(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.sin()).neg());
            case ERF -> new Def("ErfBackward0", (x, p, q) -> Erf.erf(x), Keep.INPUT, (g, s, p, q) -> g.mul(s.square().neg().exp()).mul(2 / Math.sqrt(Math.PI)));
            case SIGMOID -> new Def("SigmoidBackward0", (x, p, q) -> 1 / (1 + Math.exp(-x)), UnaryLoops::sigmoid, TO_FLOAT, Keep.OUTPUT,
                    (g, s, p, q) -> Pointwise.binary(Elementwise.SIGMOID_GRAD, "sigmoid backward", g, s));
            case TANH -> new Def("TanhBackward0", (x, p, q) -> Math.tanh(x), Keep.OUTPUT,
                    (g, s, p, q) -> Pointwise.binary(Elementwise.TANH_GRAD, "tanh backward", g, s));
            case RELU -> new Def("ReluBackward0", (x, p, q) -> x > 0 ? x : (Double.isNaN(x) ? x : 0), UnaryLoops::relu, KEEP_IF_P_WHOLE, Keep.OUTPUT,
                    (g, s, p, q) -> Pointwise.binary(Elementwise.RELU_GRAD, "relu backward", g, s));
            case CLAMP -> new Def("ClampBackward1", (x, p, q) -> Double.isNaN(x) ? x : Math.min(Math.max(x, p), q), UnaryLoops::clamp,
                    KEEP_IF_P_WHOLE, Keep.INPUT, (g, s, p, q) -> g.maskedFill(s.clamp(p, q).ne(s), 0));
            case COPY -> new Def("CloneBackward0", UnaryKernel.copy(), Keep.NOTHING, (g, s, p, q) -> g);
        };
    }
}
