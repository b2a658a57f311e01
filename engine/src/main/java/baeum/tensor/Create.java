package baeum.tensor;

import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Shape;
import baeum.storage.Storage;
import baeum.storage.TensorError;
import java.util.Arrays;
import java.util.Random;

/**
 * The creation functions behind the facade {@code baeum.Baeum} ({@code tensor}, {@code zeros},
 * {@code arange}, {@code randn}...), plus {@code cat}/{@code stack}. Every result is a fresh,
 * contiguous leaf that owns its storage.
 */
public final class Create {
    private Create() {}

    public static Tensor tensor(float[] values, int... shape) {
        Tensor.checkLength("tensor", values.length, shape);
        return Tensor.wrap(Storage.of(values.clone()), shape.clone());
    }

    public static Tensor fromNested(Object nested, int depth) {
        int[] shape = Nested.shapeOf(nested, depth);
        return Tensor.wrap(Storage.of(Nested.flatFloats(nested, shape)), shape);
    }

    public static Tensor ofDoubles(double[] values, DType dtype, int... shape) {
        Tensor.checkLength("tensor", values.length, shape);
        return Tensor.wrap(Storage.fromDoubles(dtype, values), shape.clone());
    }

    public static Tensor ofLongs(long[] values, int... shape) {
        Tensor.checkLength("tensor", values.length, shape);
        return Tensor.wrap(Storage.of(values.clone()), shape.clone());
    }

    public static Tensor ofBooleans(boolean[] values, int... shape) {
        Tensor.checkLength("tensor", values.length, shape);
        return Tensor.wrap(Storage.of(values.clone()), shape.clone());
    }

    public static Tensor full(int[] shape, double value, DType dtype) {
        for (int d : shape) {
            if (d < 0) throw new TensorError("full: negative size " + d + " in shape " + Shape.str(shape) + "; sizes must be >= 0");
        }
        return Tensor.full(shape, value, dtype);
    }

    /** 0, 1, ..., n-1 as int64. */
    public static Tensor arange(long n) {
        return arange(0, n, 1);
    }

    /** start, start+step, ... below end, as int64. */
    public static Tensor arange(long start, long end, long step) {
        if (step == 0) throw new TensorError("arange: step must not be 0");
        long n = Math.max(0, (end - start + step - (step > 0 ? 1 : -1)) / step);
        long[] v = new long[(int) n];
        for (int i = 0; i < n; i++) v[i] = start + i * step;
        return Tensor.wrap(Storage.of(v), new int[] {(int) n});
    }

    /** start, start+step, ... below end, as float32. */
    public static Tensor arange(double start, double end, double step) {
        if (step == 0) throw new TensorError("arange: step must not be 0");
        int n = (int) Math.max(0, Math.ceil((end - start) / step));
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) (start + i * step);
        return Tensor.wrap(Storage.of(v), new int[] {n});
    }

    public static Tensor linspace(double start, double end, int steps) {
        if (steps < 0) throw new TensorError("linspace: number of steps must be >= 0, but got " + steps);
        float[] v = new float[steps];
        double step = steps > 1 ? (end - start) / (steps - 1) : 0;
        int half = steps / 2;
        for (int i = 0; i < steps; i++) v[i] = (float) (i < half ? start + i * step : end - (steps - 1 - i) * step);
        return Tensor.wrap(Storage.of(v), new int[] {steps});
    }

    public static Tensor eye(int n, int m) {
        float[] v = new float[n * m];
        for (int i = 0; i < Math.min(n, m); i++) v[i * m + i] = 1;
        return Tensor.wrap(Storage.of(v), new int[] {n, m});
    }

    public static Tensor rand(int... shape) {
        float[] v = new float[Dims.numel(shape)];
        Random r = Rng.generator();
        for (int i = 0; i < v.length; i++) v[i] = r.nextFloat();
        return Tensor.wrap(Storage.of(v), shape.clone());
    }

    public static Tensor randn(int... shape) {
        float[] v = new float[Dims.numel(shape)];
        Random r = Rng.generator();
        for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
        return Tensor.wrap(Storage.of(v), shape.clone());
    }

    public static Tensor randint(long low, long high, int... shape) {
        if (high <= low) {
            throw new TensorError("randint: expected low < high, but got low=" + low + " and high=" + high
                    + " (high is exclusive)");
        }
        long[] v = new long[Dims.numel(shape)];
        Random r = Rng.generator();
        for (int i = 0; i < v.length; i++) v[i] = low + (long) Math.floor(r.nextDouble() * (high - low));
        return Tensor.wrap(Storage.of(v), shape.clone());
    }

    /** Joins tensors along an existing dim. */
    public static Tensor cat(int dim, Tensor... ts) {
        return Cat.apply("CatBackward0", dim, ts);
    }

    /** Joins tensors of one shape along a new dim. */
    public static Tensor stack(int dim, Tensor... ts) {
        if (ts.length == 0) throw new TensorError("stack: expected at least one tensor to stack");
        for (int i = 1; i < ts.length; i++) {
            if (!Arrays.equals(ts[i].shape, ts[0].shape)) {
                throw new TensorError("stack: expects tensors of equal shape, but got " + Shape.str(ts[0].shape)
                        + " at entry 0 and " + Shape.str(ts[i].shape) + " at entry " + i);
            }
        }
        int d = Dims.wrap("stack", dim, ts[0].dim() + 1, ts[0].shape);
        Tensor[] us = new Tensor[ts.length];
        for (int i = 0; i < ts.length; i++) us[i] = ts[i].unsqueeze(d);
        return Cat.apply("StackBackward0", d, us);
    }
}
