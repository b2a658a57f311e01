package baeum.autograd;

import baeum.ops.RowMajor;
import baeum.tensor.GradMode;
import baeum.storage.DType;
import baeum.storage.Shape;
import baeum.storage.Storage;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Checks backward against finite differences, as PyTorch's {@code gradcheck}: for float64
 * inputs that require grad, every entry of the Jacobian computed by backward must match the
 * central difference {@code (f(x + eps) - f(x - eps)) / 2 eps}. Inputs may be non-contiguous
 * (transposed, sliced, expanded-then-cloned...): each element is perturbed where it lives.
 *
 * <pre>
 * jshell> var x = randn(3, 4).to(FLOAT64).requiresGrad_()
 * jshell> baeum.autograd.GradCheck.gradcheck(in -> in[0].exp().sum(1), x)
 * $2 ==> true
 * </pre>
 */
public final class GradCheck {
    private GradCheck() {}

    /** {@link #gradcheck(Function, double, double, double, Tensor...)} with PyTorch's eps 1e-6, atol 1e-5, rtol 1e-3. */
    public static boolean gradcheck(Function<Tensor[], Tensor> f, Tensor... inputs) {
        return gradcheck(f, 1e-6, 1e-5, 1e-3, inputs);
    }

    /** True if analytic and numeric Jacobians agree; otherwise a {@link TensorError} naming the entry and both values. */
    public static boolean gradcheck(Function<Tensor[], Tensor> f, double eps, double atol, double rtol, Tensor... inputs) {
        for (Tensor t : inputs) {
            if (t.requiresGrad() && t.dtype() != DType.FLOAT64) {
                throw new TensorError("gradcheck: inputs that require grad must be FLOAT64 for finite differences to be"
                        + " accurate, but one is " + t.dtype() + " of shape " + Shape.str(t.shapeArray())
                        + "; use x.to(FLOAT64)");
            }
        }
        Tensor out = f.apply(inputs);
        double[] y0 = out.toDoubleArray();
        int m = y0.length;
        for (int k = 0; k < inputs.length; k++) {
            Tensor x = inputs[k];
            if (!x.requiresGrad()) continue;
            int n = (int) x.numel();
            double[][] analytic = new double[m][];
            for (int j = 0; j < m; j++) {
                for (Tensor t : inputs) t.zeroGrad();
                double[] oneHot = new double[m];
                oneHot[j] = 1;
                Tensor y = f.apply(inputs);
                y.backward(Tensor.wrap(Storage.of(oneHot), y.shapeArray().clone()).to(y.dtype()));
                analytic[j] = x.grad() == null ? new double[n] : x.grad().toDoubleArray();
            }
            int[] offsets = elementOffsets(x);
            Storage data = x.storage();
            for (int i = 0; i < n; i++) {
                double orig = data.getDouble(offsets[i]);
                double[] plus, minus;
                try (var g = GradMode.disable()) {
                    data.setDouble(offsets[i], orig + eps);
                    plus = f.apply(inputs).toDoubleArray();
                    data.setDouble(offsets[i], orig - eps);
                    minus = f.apply(inputs).toDoubleArray();
                } finally {
                    data.setDouble(offsets[i], orig);
                }
                for (int j = 0; j < m; j++) {
                    double numeric = (plus[j] - minus[j]) / (2 * eps);
                    double a = analytic[j][i];
                    if (!(Math.abs(a - numeric) <= atol + rtol * Math.abs(numeric))) {
                        throw new TensorError("gradcheck: d output[" + j + "] / d input" + k + "[" + i + "] of shape "
                                + Shape.str(x.shapeArray()) + ": backward gives " + a + " but finite differences give "
                                + numeric);
                    }
                }
            }
            x.zeroGrad();
        }
        return true;
    }

    /** The storage offset of each element of {@code x}, in row-major order. */
    private static int[] elementOffsets(Tensor x) {
        int[] out = RowMajor.offsets(x.shapeArray(), x.strideArray(), x.storageOffset());
        if (Arrays.stream(out).distinct().count() != out.length) {
            throw new TensorError("gradcheck: an input of shape " + Shape.str(x.shapeArray()) + " has elements that share"
                    + " memory (an expanded view); pass a clone() of it as a leaf instead");
        }
        return out;
    }
}
