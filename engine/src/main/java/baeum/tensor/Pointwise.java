package baeum.tensor;

import baeum.ops.Elementwise;
import baeum.ops.ElementwiseRows;
import baeum.ops.UnaryKernel;
import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Storage;
import baeum.storage.TensorError;
import java.util.Arrays;

/**
 * Elementwise ops on whole tensors, without autograd: picks the result type, broadcasts, and
 * runs the {@link Elementwise} loops. float32 goes through float loops (a single loop when
 * both operands are contiguous and of one shape); other dtypes through a double-precision path.
 */
final class Pointwise {
    private Pointwise() {}

    /** The dtype of {@code a OP b}. */
    public static DType resultType(int op, DType a, DType b) {
        if (op >= Elementwise.EQ && op <= Elementwise.GE) return DType.BOOL;
        DType t = DType.promote(a, b);
        if (op == Elementwise.DIV && !t.isFloatingPoint()) return DType.FLOAT32;
        return t == DType.BOOL ? DType.INT64 : t;
    }

    /** {@code a OP b} with broadcasting; {@code name} is the op named in errors. */
    public static Tensor binary(int op, String name, Tensor a, Tensor b) {
        DType dt = resultType(op, a.dtype(), b.dtype());
        if (dt == DType.FLOAT32) {
            a = asFloat32(a);
            b = asFloat32(b);
        }
        int[] sa = a.shapeArray(), sb = b.shapeArray();
        if (dt == DType.BOOL && a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32) {
            int[] shape = Dims.broadcast(name, sa, sb);
            boolean[] o = new boolean[Dims.numel(shape)];
            int[] so = Dims.contiguousStrides(shape);
            ElementwiseRows.compare(op, shape, a.storage().f, Dims.broadcastStrides(sa, a.strideArray(), shape),
                    a.storageOffset(), b.storage().f, Dims.broadcastStrides(sb, b.strideArray(), shape), b.storageOffset(), o, so);
            return Tensor.wrap(Storage.of(o), shape, so);
        }
        if (dt == DType.FLOAT32 && a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32) {
            if (a.isContiguous() && b.isContiguous() && Arrays.equals(sa, sb)) {
                int n = Dims.numel(sa);
                float[] o = new float[n];
                Elementwise.binary(op, a.storage().f, a.storageOffset(), 1, b.storage().f, b.storageOffset(), 1, o, 0, 1, n);
                return Tensor.wrap(Storage.of(o), sa, a.strideArray());
            }
            int[] shape = Dims.broadcast(name, sa, sb);
            float[] o = new float[Dims.numel(shape)];
            int[] so = Dims.contiguousStrides(shape);
            ElementwiseRows.binary(op, shape, a.storage().f, Dims.broadcastStrides(sa, a.strideArray(), shape),
                    a.storageOffset(), b.storage().f, Dims.broadcastStrides(sb, b.strideArray(), shape), b.storageOffset(),
                    o, so, 0);
            return Tensor.wrap(Storage.of(o), shape, so);
        }
        int[] shape = Dims.broadcast(name, sa, sb);
        if (dt == DType.INT64 && a.dtype() == DType.INT64 && b.dtype() == DType.INT64
                && (op == Elementwise.ADD || op == Elementwise.SUB || op == Elementwise.MUL)) {
            return exactLongs(op, a, b, shape);
        }
        double[] o = ElementwiseRows.binary(op, broadcastDoubles(a, shape), broadcastDoubles(b, shape));
        return Tensor.wrap(Storage.fromDoubles(dt, o), shape);
    }

    /** {@code t} itself if float32, else its values converted to float32 (ints and bools never need grad). */
    static Tensor asFloat32(Tensor t) {
        if (t.dtype() == DType.FLOAT32) return t;
        return Tensor.wrap(Storage.fromDoubles(DType.FLOAT32, t.toDoubleArray()), t.shapeArray());
    }

    /** int64 add/sub/mul in long arithmetic (exact beyond 2^53, where doubles are not). */
    private static Tensor exactLongs(int op, Tensor a, Tensor b, int[] shape) {
        long[] x = contiguousCopy(broadcastView(a, shape)).storage().l, y = contiguousCopy(broadcastView(b, shape)).storage().l;
        return Tensor.wrap(Storage.of(ElementwiseRows.exactLongs(op, x, y)), shape);
    }

    /** The dtype of {@code f(a; p, q)}: ints stay ints only where the kernel says the result is integral. */
    public static DType unaryType(UnaryKernel k, DType a, double p) {
        if (a.isFloatingPoint()) return a;
        return switch (k.ints()) {
            case KEEP -> a;
            case KEEP_IF_P_WHOLE -> p == Math.rint(p) ? (a == DType.BOOL ? DType.INT64 : a) : DType.FLOAT32;
            case KEEP_IF_P_NATURAL -> p == Math.rint(p) && p >= 0 ? a : DType.FLOAT32;
            case TO_FLOAT -> DType.FLOAT32;
        };
    }

    /** {@code f(a; p, q)} elementwise into a new contiguous tensor. */
    public static Tensor unary(UnaryKernel op, Tensor a, double p, double q) {
        DType dt = unaryType(op, a.dtype(), p);
        int[] shape = a.shapeArray();
        if (dt == DType.FLOAT32 && a.dtype() == DType.FLOAT32) {
            int n = Dims.numel(shape);
            float[] o = new float[n];
            if (a.isContiguous()) {
                Elementwise.unary(op, a.storage().f, a.storageOffset(), 1, o, 0, 1, n, (float) p, (float) q);
                return Tensor.wrap(Storage.of(o), shape, a.strideArray());
            }
            int[] so = Dims.contiguousStrides(shape);
            ElementwiseRows.unary(op, shape, a.storage().f, a.strideArray(), a.storageOffset(), o, so, 0, (float) p, (float) q);
            return Tensor.wrap(Storage.of(o), shape, so);
        }
        double[] x = a.toDoubleArray();
        ElementwiseRows.unary(op, x, p, q);
        return Tensor.wrap(Storage.fromDoubles(dt, x), shape);
    }

    /** A contiguous copy of {@code a} with the same dtype. */
    public static Tensor contiguousCopy(Tensor a) {
        int[] shape = a.shapeArray();
        int n = Dims.numel(shape);
        Storage src = a.storage();
        if (a.isContiguous()) {
            Storage s = Storage.allocate(a.dtype(), n);
            switch (a.dtype()) {
                case FLOAT32 -> System.arraycopy(src.f, a.storageOffset(), s.f, 0, n);
                case FLOAT64 -> System.arraycopy(src.d, a.storageOffset(), s.d, 0, n);
                case INT64 -> System.arraycopy(src.l, a.storageOffset(), s.l, 0, n);
                case BOOL -> System.arraycopy(src.b, a.storageOffset(), s.b, 0, n);
            }
            return Tensor.wrap(s, shape, a.strideArray());
        }
        if (a.dtype() == DType.FLOAT32) return unary(UnaryKernel.copy(), a, 0, 0);
        Storage s = Storage.allocate(a.dtype(), n);
        int[] so = Dims.contiguousStrides(shape);
        ElementwiseRows.copy(shape, src, a.strideArray(), a.storageOffset(), s, so);
        return Tensor.wrap(s, shape, so);
    }

    /** {@code dst = dst OP src} in place, {@code src} broadcast to {@code dst}'s shape (no version bump). */
    public static void binaryInto(int op, String name, Tensor dst, Tensor src) {
        int[] shape = dst.shapeArray();
        int[] bs = Dims.broadcast(name, shape, src.shapeArray());
        if (!Arrays.equals(bs, shape)) {
            throw new TensorError(name + ": the result of shape " + Dims.str(bs) + " does not fit into the tensor of shape "
                    + Dims.str(shape) + " changed in place; use the out-of-place op, or make the right operand"
                    + " broadcast to the left one's shape");
        }
        int[] ss = Dims.broadcastStrides(src.shapeArray(), src.strideArray(), shape);
        if (dst.dtype() == DType.FLOAT32 && src.dtype() == DType.FLOAT32) {
            float[] d = dst.storage().f;
            ElementwiseRows.binary(op, shape, d, dst.strideArray(), dst.storageOffset(), src.storage().f, ss,
                    src.storageOffset(), d, dst.strideArray(), dst.storageOffset());
            return;
        }
        if (op != Elementwise.RIGHT) checkCast(name, resultType(op, dst.dtype(), src.dtype()), dst.dtype());
        ElementwiseRows.binaryInto(op, shape, dst.storage(), dst.strideArray(), dst.storageOffset(), src.storage(), ss,
                src.storageOffset());
    }

    /** {@code dst = f(dst; p, q)} in place (no version bump). */
    public static void unaryInto(UnaryKernel op, String name, Tensor dst, double p, double q) {
        if (dst.dtype() != DType.FLOAT32) checkCast(name, unaryType(op, dst.dtype(), p), dst.dtype());
        ElementwiseRows.unaryInto(op, dst.shapeArray(), dst.storage(), dst.strideArray(), dst.storageOffset(), p, q);
    }

    private static void checkCast(String name, DType result, DType into) {
        boolean lossy = (result.isFloatingPoint() && !into.isFloatingPoint()) || (into == DType.BOOL && result != DType.BOOL);
        if (lossy) {
            throw new TensorError(name + ": the result type " + result + " cannot be stored in place into a tensor of type "
                    + into + "; use the out-of-place op, or convert first with to(DType." + result + ")");
        }
    }

    /** The elements of {@code t} read as if expanded to {@code shape}, in row-major order. */
    public static double[] broadcastDoubles(Tensor t, int[] shape) {
        return broadcastView(t, shape).toDoubleArray();
    }

    /** {@code t} read as if expanded to {@code shape}: a view outside autograd (stride 0 on broadcast dims). */
    public static Tensor broadcastView(Tensor t, int[] shape) {
        if (Arrays.equals(t.shapeArray(), shape)) return t;
        return Tensor.asStrided(t.storage(), shape, Dims.broadcastStrides(t.shapeArray(), t.strideArray(), shape),
                t.storageOffset());
    }

    /** {@code cond ? a : b} elementwise with broadcasting of all three. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        if (cond.dtype() != DType.BOOL) {
            throw new TensorError("where: the condition must be a bool tensor (e.g. x.gt(0)), but it is " + cond.dtype());
        }
        int[] shape = Dims.broadcast("where", Dims.broadcast("where", cond.shapeArray(), a.shapeArray()), b.shapeArray());
        DType dt = DType.promote(a.dtype(), b.dtype());
        boolean[] c = contiguousCopy(broadcastView(cond, shape)).storage().b;
        if (dt == DType.FLOAT32) {
            float[] x = contiguousCopy(broadcastView(asFloat32(a), shape)).storage().f;
            float[] y = contiguousCopy(broadcastView(asFloat32(b), shape)).storage().f;
            return Tensor.wrap(Storage.of(ElementwiseRows.select(c, x, y)), shape);
        }
        double[] o = ElementwiseRows.select(c, broadcastDoubles(a, shape), broadcastDoubles(b, shape));
        return Tensor.wrap(Storage.fromDoubles(dt, o), shape);
    }
}
