package baeum.exercises;

import baeum.tensor.Tensor;
import java.util.Arrays;

/**
 * Assertions on tensors for graded tests, with messages a student can act on: the shapes, the
 * first differing position and both values.
 *
 * <pre>
 * jshell> TensorAssert.assertClose(tensor(0.5f), s.tensor("sigmoid", tensor(0f)))
 * </pre>
 */
public final class TensorAssert {

    /** float32 tolerances: |actual - expected| <= atol + rtol * |expected|. */
    public static final double RTOL = 1e-4, ATOL = 1e-5;

    private TensorAssert() {
    }

    public static void assertClose(Tensor expected, Tensor actual) {
        assertClose(expected, actual, RTOL, ATOL);
    }

    /**
     * Fails unless {@code actual} has {@code expected}'s shape and values within the tolerances
     * (NaN only where expected has NaN).
     */
    public static void assertClose(Tensor expected, Tensor actual, double rtol, double atol) {
        if (actual == null) throw new AssertionError("expected a tensor of shape " + expected.shape() + " but got null");
        if (!expected.shape().equals(actual.shape()))
            throw new AssertionError("expected shape " + expected.shape() + " but got shape " + actual.shape()
                    + "\n  expected: " + preview(expected) + "\n  actual:   " + preview(actual));
        float[] e = expected.toFloatArray(), a = actual.toFloatArray();
        for (int i = 0; i < e.length; i++) {
            boolean ok = Float.isNaN(e[i]) ? Float.isNaN(a[i])
                    : Float.isInfinite(e[i]) ? e[i] == a[i] : Math.abs(a[i] - e[i]) <= atol + rtol * Math.abs(e[i]);
            if (!ok) {
                throw new AssertionError("values differ at " + Arrays.toString(unravel(i, expected.shape().toArray()))
                        + ": expected " + e[i] + " but got " + a[i] + " (shape " + expected.shape() + ")"
                        + "\n  expected: " + preview(expected) + "\n  actual:   " + preview(actual));
            }
        }
    }

    private static int[] unravel(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = flat % shape[d];
            flat /= shape[d];
        }
        return idx;
    }

    private static String preview(Tensor t) {
        String s = t.toString().replace("\n", " ").replaceAll(" +", " ");
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
