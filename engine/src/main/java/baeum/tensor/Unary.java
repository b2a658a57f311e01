package baeum.tensor;

import static baeum.ops.Elementwise.*;

import baeum.ops.Elementwise;

/**
 * The pointwise functions of one tensor ({@code exp}, {@code log}, {@code relu}, {@code x * 2},
 * {@code x.pow(3)}...), forward by an {@link Elementwise} code, backward by the derivative
 * of that code below. Functions whose derivative is easiest from the output save the output.
 */
final class Unary extends Node {
    private final int op;
    private final double p, q;

    private Unary(int op, Tensor x, double p, double q) {
        super(name(op), x);
        this.op = op;
        this.p = p;
        this.q = q;
    }

    /** {@code f(x; p, q)} for the unary code {@code op}, recorded for backward when needed. */
    public static Tensor apply(int op, Tensor x, double p, double q) {
        Tensor out = Pointwise.unary(op, x, p, q);
        if (Node.needsGrad(x) && out.dtype().isFloatingPoint()) {
            var node = new Unary(op, x, p, q);
            switch (op) {
                case EXP, SQRT, SIGMOID, TANH, RELU, RSQRT -> node.save(0, out);
                case LOG, ABS, CLAMP, POW_S, RDIV_S, SQUARE, SIN, COS -> node.save(0, x);
                default -> { }
            }
            node.attach(out);
        }
        return out;
    }

    private static String name(int op) {
        return switch (op) {
            case NEG -> "NegBackward0";
            case EXP -> "ExpBackward0";
            case LOG -> "LogBackward0";
            case SQRT -> "SqrtBackward0";
            case RSQRT -> "RsqrtBackward0";
            case ABS -> "AbsBackward0";
            case SIGMOID -> "SigmoidBackward0";
            case TANH -> "TanhBackward0";
            case RELU -> "ReluBackward0";
            case CLAMP -> "ClampBackward1";
            case ADD_S -> "AddBackward0";
            case MUL_S -> "MulBackward0";
            case DIV_S, RDIV_S -> "DivBackward0";
            case RSUB_S -> "RsubBackward1";
            case POW_S, SQUARE -> "PowBackward0";
            case COPY -> "CloneBackward0";
            case SIN -> "SinBackward0";
            case COS -> "CosBackward0";
            case SIGN -> "SignBackward0";
            default -> throw new IllegalArgumentException("no backward for unary code " + op);
        };
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor gx = switch (op) {
            case NEG, RSUB_S -> g.neg();
            case ADD_S, COPY -> g;
            case MUL_S -> g.mul(p);
            case DIV_S -> g.div(p);
            case EXP -> g.mul(saved(0));
            case LOG -> g.div(saved(0));
            case SQRT -> g.div(saved(0).mul(2));
            case RSQRT -> g.mul(saved(0).pow(3)).mul(-0.5);
            case ABS -> g.mul(Pointwise.unary(SIGN, saved(0), 0, 0));
            case SIGMOID -> Pointwise.binary(SIGMOID_GRAD, "sigmoid backward", g, saved(0));
            case TANH -> Pointwise.binary(TANH_GRAD, "tanh backward", g, saved(0));
            case RELU -> Pointwise.binary(RELU_GRAD, "relu backward", g, saved(0));
            case CLAMP -> {
                Tensor x = saved(0);
                yield g.maskedFill(x.clamp(p, q).ne(x), 0);
            }
            case SQUARE -> g.mul(saved(0)).mul(2);
            case SIN -> g.mul(Pointwise.unary(COS, saved(0), 0, 0));
            case COS -> g.mul(Pointwise.unary(SIN, saved(0), 0, 0)).neg();
            case SIGN -> g.mul(0);
            case POW_S -> p == 0 ? g.mul(0) : g.mul(saved(0).pow(p - 1)).mul(p);
            case RDIV_S -> {
                Tensor x = saved(0);
                yield g.mul(-p).div(x.mul(x));
            }
            default -> throw new IllegalStateException("no backward for unary code " + op);
        };
        return new Tensor[] {gx};
    }
}
