package baeum.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import baeum.autograd.GradCheck;
import baeum.storage.DType;
import baeum.storage.Storage;
import baeum.tensor.Tensor;

import java.util.function.Function;

/**
 * Shared test helpers. Reference numbers in the tests were produced with PyTorch 1.13
 * (python3-torch on the build machine) from inputs and weights filled by {@link #sin}: entry
 * {@code i} (row-major) is {@code sin(0.7 i + phase) * scale}, computed in float64, printed to 9
 * significant digits. The scripts are quoted in the test classes; the tests never call Python.
 */
final class NnTesting {
    private NnTesting() {}

    /** A tensor of {@code shape} with entry i = sin(0.7 i + phase) * scale. */
    static Tensor sin(DType dtype, double phase, double scale, int... shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(0.7 * i + phase) * scale;
        }
        return Tensor.wrap(Storage.fromDoubles(dtype, v), shape);
    }

    static Tensor sin64(double phase, double scale, int... shape) {
        return sin(DType.FLOAT64, phase, scale, shape);
    }

    /** Fills {@code t} in place with the sin pattern (as the reference scripts' {@code p.copy_(sinfill(...))}). */
    static void fill(Tensor t, double phase, double scale) {
        t.data().copy_(sin(t.dtype(), phase, scale, t.shape().toArray()));
    }

    /** The reference scripts' {@code setp}: the k-th parameter gets the sin pattern with phase k and scale 0.5. */
    static void setParams(Module m) {
        int k = 0;
        for (Tensor p : m.parameters()) {
            fill(p, k++, 0.5);
        }
    }

    static void assertValues(double[] expected, Tensor actual, double tol) {
        double[] got = actual.toDoubleArray();
        assertEquals(expected.length, got.length, "number of values of " + actual.shape());
        for (int i = 0; i < got.length; i++) {
            if (!(Math.abs(got[i] - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])))) {
                fail("entry " + i + " of " + actual.shape() + ": expected " + expected[i] + " but got " + got[i]);
            }
        }
    }

    static void assertShape(Tensor t, int... shape) {
        assertEquals(java.util.Arrays.toString(shape), java.util.Arrays.toString(t.shape().toArray()));
    }

    /** Gradient check of {@code f} at float64 leaves {@code inputs} (finite differences, PyTorch's tolerances). */
    static void gradcheck(Function<Tensor[], Tensor> f, Tensor... inputs) {
        GradCheck.gradcheck(f, inputs);
    }

    /** A float64 leaf that requires grad, sin-filled. */
    static Tensor leaf(double phase, double scale, int... shape) {
        return sin64(phase, scale, shape).requiresGrad_();
    }

    /** A float64 leaf laid out transposed in memory: same values as {@link #leaf}, non-contiguous (last two dims swapped in storage). */
    static Tensor transposedLeaf(double phase, double scale, int... shape) {
        int r = shape.length;
        Tensor base = sin64(phase, scale, shape).transpose(r - 2, r - 1).contiguous();   // shape swapped, storage transposed
        Tensor view = base.transpose(r - 2, r - 1);
        view.requiresGrad_();
        return view;
    }
}
