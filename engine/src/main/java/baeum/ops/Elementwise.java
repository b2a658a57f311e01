package baeum.ops;

/**
 * The elementwise loops on raw arrays. A binary op is an {@code int} code, switched on once per
 * row (never per element on the float32 contiguous path), so the JIT sees plain indexed loops it
 * can vectorize; {@link #apply(int, double, double)} defines what every code means, and the float
 * loops are that definition unrolled for speed. A unary op is a {@link UnaryKernel} (its formula
 * and, for the hot ones, a fast loop in {@link UnaryLoops}), which {@link #unary} runs.
 */
public final class Elementwise {
    private Elementwise() {}

    // binary codes: out = f(x, y)
    public static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, POW = 4, MAXIMUM = 5, MINIMUM = 6;
    /** Backward helpers: x is the incoming gradient, y the saved value. */
    public static final int RELU_GRAD = 7, SIGMOID_GRAD = 8, TANH_GRAD = 9;
    /** out = y: copies the right operand (with broadcasting and dtype conversion), for {@code copy_}. */
    public static final int RIGHT = 16;
    // comparisons: out = x OP y as 1 or 0
    public static final int EQ = 10, NE = 11, LT = 12, LE = 13, GT = 14, GE = 15;
    /** What each code means, in double precision (the generic path and the reference). */
    public static double apply(int op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case POW -> Math.pow(x, y);
            case MAXIMUM -> Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.max(x, y);
            case MINIMUM -> Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.min(x, y);
            case RELU_GRAD -> y > 0 ? x : 0;
            case SIGMOID_GRAD -> x * y * (1 - y);
            case TANH_GRAD -> x * (1 - y * y);
            case RIGHT -> y;
            case EQ -> x == y ? 1 : 0;
            case NE -> x != y ? 1 : 0;
            case LT -> x < y ? 1 : 0;
            case LE -> x <= y ? 1 : 0;
            case GT -> x > y ? 1 : 0;
            case GE -> x >= y ? 1 : 0;
            default -> throw new IllegalArgumentException("not a binary op code: " + op);
        };
    }

    /** {@code o[oo + i*so] = x OP y} for a row of {@code n} float32 elements. */
    public static void binary(int op, float[] a, int ao, int as, float[] b, int bo, int bs,
                              float[] o, int oo, int os, int n) {
        if (as == 1 && bs == 1 && os == 1) {
            binaryContiguous(op, a, ao, b, bo, o, oo, n);
            return;
        }
        if (as == 1 && bs == 0 && os == 1 && op <= DIV) {
            float y = b[bo];
            switch (op) {
                case ADD -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] + y; }
                case SUB -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] - y; }
                case MUL -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * y; }
                default -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] / y; }
            }
            return;
        }
        if (as == 0 && bs == 1 && os == 1 && op <= DIV) {
            float x = a[ao];
            switch (op) {
                case ADD -> { for (int i = 0; i < n; i++) o[oo + i] = x + b[bo + i]; }
                case SUB -> { for (int i = 0; i < n; i++) o[oo + i] = x - b[bo + i]; }
                case MUL -> { for (int i = 0; i < n; i++) o[oo + i] = x * b[bo + i]; }
                default -> { for (int i = 0; i < n; i++) o[oo + i] = x / b[bo + i]; }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            o[oo + i * os] = (float) apply(op, a[ao + i * as], b[bo + i * bs]);
        }
    }

    private static void binaryContiguous(int op, float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
        switch (op) {
            case ADD -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] + b[bo + i]; }
            case SUB -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] - b[bo + i]; }
            case MUL -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * b[bo + i]; }
            case DIV -> { for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] / b[bo + i]; }
            case RELU_GRAD -> { for (int i = 0; i < n; i++) o[oo + i] = reluGrad(a[ao + i], b[bo + i]); }
            case SIGMOID_GRAD -> {
                for (int i = 0; i < n; i++) { float y = b[bo + i]; o[oo + i] = a[ao + i] * y * (1f - y); }
            }
            case TANH_GRAD -> {
                for (int i = 0; i < n; i++) { float y = b[bo + i]; o[oo + i] = a[ao + i] * (1f - y * y); }
            }
            default -> { for (int i = 0; i < n; i++) o[oo + i] = (float) apply(op, a[ao + i], b[bo + i]); }
        }
    }

    /**
     * {@code y > 0 ? g : 0} without a branch on the sign, which is a coin flip on real activations
     * (a mispredicted branch per element made relu's backward a hot spot of a LeNet epoch): the
     * gradient's bits are masked with all ones when y's bits are a positive int. −0 and NaN (whose
     * bits would pass) take a rare, well-predicted branch.
     */
    private static float reluGrad(float g, float y) {
        int bits = Float.floatToRawIntBits(y);
        int pass = -bits >> 31;                               // all ones iff bits > 0
        if (bits == Integer.MIN_VALUE || y != y) pass = 0;    // −0 (−bits overflows), NaN
        return Float.intBitsToFloat(Float.floatToRawIntBits(g) & pass);
    }

    /** {@code o[oo + i*os] = x OP y ? true : false} for a row of float32 elements. */
    public static void compare(int op, float[] a, int ao, int as, float[] b, int bo, int bs,
                               boolean[] o, int oo, int os, int n) {
        for (int i = 0; i < n; i++) {
            o[oo + i * os] = apply(op, a[ao + i * as], b[bo + i * bs]) != 0;
        }
    }

    /**
     * {@code o[oo + i*os] = f(a[ao + i*as]; p, q)} for a row of {@code n} float32 elements: the
     * kernel's fast loop when it has one and the output row is contiguous (a strided input row, as
     * of a transpose, is gathered into the output first and the loop runs there in place), else
     * its formula per element.
     */
    public static void unary(UnaryKernel k, float[] a, int ao, int as, float[] o, int oo, int os, int n, float p, float q) {
        UnaryKernel.FloatLoop loop = k.floats();
        if (loop != null && os == 1) {
            if (as != 1) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i * as];
                if (k == UnaryKernel.copy()) return;
                loop.run(o, oo, o, oo, n, p, q);
                return;
            }
            loop.run(a, ao, o, oo, n, p, q);
            return;
        }
        UnaryKernel.Formula f = k.formula();
        for (int i = 0; i < n; i++) {
            o[oo + i * os] = (float) f.at(a[ao + i * as], p, q);
        }
    }
}
