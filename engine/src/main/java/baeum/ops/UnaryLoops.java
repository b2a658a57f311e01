package baeum.ops;

/**
 * The fast float32 loops of the hot unary ops, each over one contiguous row: plain indexed loops
 * the JIT can vectorize, one method per op (so each is compiled on its own, and an op reaches its
 * loop through one call per row, never one per element). Each computes exactly what its
 * {@link UnaryKernel.Formula} gives rounded to float. An op without a loop here runs its formula.
 */
public final class UnaryLoops {
    private UnaryLoops() {}

    public static void copy(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        System.arraycopy(a, ao, o, oo, n);
    }

    public static void fill(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        java.util.Arrays.fill(o, oo, oo + n, p);
    }

    public static void neg(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = -a[ao + i];
    }

    public static void addScalar(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] + p;
    }

    public static void mulScalar(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * p;
    }

    public static void divScalar(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] / p;
    }

    public static void square(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * a[ao + i];
    }

    /** Branch-free; NaN stays NaN and -0 becomes 0, as the formula. */
    public static void relu(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = Math.max(a[ao + i], 0f);
    }

    public static void exp(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = (float) Math.exp(a[ao + i]);
    }

    public static void sigmoid(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) o[oo + i] = (float) (1 / (1 + Math.exp(-a[ao + i])));
    }

    /** Clamps to [p, q]; NaN stays NaN. */
    public static void clamp(float[] a, int ao, float[] o, int oo, int n, float p, float q) {
        for (int i = 0; i < n; i++) {
            float x = a[ao + i];
            o[oo + i] = x != x ? x : Math.min(Math.max(x, p), q);
        }
    }
}
