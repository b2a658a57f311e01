package baeum.ops;

/**
 * A pointwise function of one element as the loops run it: its {@link Formula} in double
 * precision (the definition: the generic path, float64 tensors and strided rows use it), an
 * optional {@link FloatLoop} that computes the same values over a contiguous float32 row faster
 * (the hot ops: relu, exp, sigmoid, the scalar arithmetic, ...; see {@link UnaryLoops}), and
 * what it makes of integer inputs. The autograd table {@code baeum.tensor.UnaryOp} holds one per
 * line, beside the op's name and derivative.
 *
 * <pre>
 * jshell> var sin = new baeum.ops.UnaryKernel((x, p, q) -> Math.sin(x), null, baeum.ops.UnaryKernel.Ints.TO_FLOAT);
 * jshell> sin.formula().at(Math.PI / 2, 0, 0)
 * $2 ==> 1.0
 * </pre>
 */
public record UnaryKernel(Formula formula, FloatLoop floats, Ints ints) {
    /** {@code f(x; p, q)} in double precision; p and q are the op's constants (a scalar operand, clamp bounds). */
    @FunctionalInterface
    public interface Formula {
        double at(double x, double p, double q);
    }

    /** {@code o[oo + i] = f(a[ao + i]; p, q)} for {@code i < n}: a contiguous float32 row (a may be o). */
    @FunctionalInterface
    public interface FloatLoop {
        void run(float[] a, int ao, float[] o, int oo, int n, float p, float q);
    }

    /** The result type for an integer (or bool) input. */
    public enum Ints {
        /** Always a float result (exp, log, division, ...). */
        TO_FLOAT,
        /** Integers stay integers (bool becomes int64) when the constant p is a whole number (neg, abs, x + 2, ...). */
        KEEP_IF_P_WHOLE,
        /** The input's type when p is a whole number ≥ 0 (a power). */
        KEEP_IF_P_NATURAL,
        /** Always the input's type (a copy). */
        KEEP
    }

    /** The identity: copies (and makes contiguous) a tensor's elements. */
    public static UnaryKernel copy() {
        return Fixed.COPY;
    }

    /** Sets every element to p (for {@code fill_}). */
    public static UnaryKernel fill() {
        return Fixed.FILL;
    }

    /** Made when first asked for, so that a program which never copies or fills links no lambda for them. */
    private static final class Fixed {
        static final UnaryKernel COPY = new UnaryKernel((x, p, q) -> x, UnaryLoops::copy, Ints.KEEP);
        static final UnaryKernel FILL = new UnaryKernel((x, p, q) -> p, UnaryLoops::fill, Ints.KEEP_IF_P_WHOLE);
    }
}
