package baeum.nn;

import baeum.ops.LittleEndian;
import baeum.tensor.Where;
import baeum.tensor.Create;
import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Storage;
import baeum.tensor.Tensor;

import java.nio.ByteBuffer;

/** The few tensor constructors and raw-data helpers the nn toolkit needs, on the engine's public API. */
final class NnTensors {
    private NnTensors() {}

    static Tensor zeros(int... shape) {
        return Tensor.full(shape.clone(), 0, DType.FLOAT32);
    }

    static Tensor ones(int... shape) {
        return Tensor.full(shape.clone(), 1, DType.FLOAT32);
    }

    static Tensor full(double value, int... shape) {
        return Tensor.full(shape.clone(), value, DType.FLOAT32);
    }

    /** A float32 scalar tensor. */
    static Tensor scalar(double value) {
        return Tensor.full(new int[0], value, DType.FLOAT32);
    }

    static Tensor scalarLong(long value) {
        return Tensor.wrap(new long[] {value});
    }

    /** Wraps {@code data} (not copied) as a float32 tensor. */
    static Tensor fromFloats(float[] data, int... shape) {
        return Tensor.wrap(data, shape);
    }

    /** Values computed in double precision, as a tensor of {@code like}'s dtype and shape. */
    static Tensor fromDoublesLike(double[] data, Tensor like) {
        return Tensor.wrap(Storage.fromDoubles(like.dtype(), data), like.shapeArray().clone());
    }

    /** Values computed in double precision, as a tensor of {@code like}'s dtype with {@code shape}. */
    static Tensor fromDoublesLike(double[] data, Tensor like, int... shape) {
        return Tensor.wrap(Storage.fromDoubles(like.dtype(), data), shape.clone());
    }

    static Tensor fromLongs(long[] data, int... shape) {
        return Tensor.wrap(data, shape);
    }

    static Tensor fromBools(boolean[] data, int... shape) {
        return Tensor.wrap(data, shape);
    }

    /** U(0, 1) float32 values from the engine's generator. */
    static Tensor rand(int... shape) {
        return Create.rand(shape);
    }

    static Tensor cat(int dim, Tensor... ts) {
        return Create.cat(dim, ts);
    }

    static Tensor stack(int dim, Tensor... ts) {
        return Create.stack(dim, ts);
    }

    /** {@code a} where {@code cond}, else {@code b}, differentiable in {@code a} and {@code b}. */
    static Tensor where(Tensor cond, Tensor a, Tensor b) {
        return Where.apply("WhereBackward0", cond, a, b);
    }

    /** A row-major float copy of the values (any layout). */
    static float[] floats(Tensor t) {
        return t.toFloatArray();
    }

    /** A row-major double copy of the values (any layout). */
    static double[] doubles(Tensor t) {
        return t.toDoubleArray();
    }

    /** The values in row-major order as little-endian bytes (see {@link LittleEndian}). */
    static void writeLittleEndian(Tensor t, ByteBuffer buf) {
        Tensor c = t.detach().contiguous();
        LittleEndian.write(c.storage(), c.storageOffset(), (int) c.numel(), buf);
    }

    static Tensor readLittleEndian(ByteBuffer buf, DType dtype, int[] shape) {
        return Tensor.wrap(LittleEndian.read(buf, dtype, Dims.numel(shape)), shape);
    }
}
