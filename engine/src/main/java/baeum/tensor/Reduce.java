package baeum.tensor;

import baeum.ops.Reductions;
import baeum.storage.DType;
import baeum.storage.Dims;
import baeum.storage.Storage;

/**
 * Reductions on whole tensors, without autograd: which dims, the result's shape and dtype; the
 * loops themselves are {@link Reductions}.
 */
final class Reduce {
    private Reduce() {}

    /** Which dims {@code dims} names, as a mask (all dims when {@code dims} is empty). */
    public static boolean[] mask(String op, int[] shape, int... dims) {
        boolean[] m = new boolean[shape.length];
        if (dims.length == 0) java.util.Arrays.fill(m, true);
        for (int d : dims) {
            int w = Dims.wrap(op, d, shape.length, shape);
            if (m[w] && dims.length > 0 && countOf(dims, d, shape.length) > 1) {
                throw new baeum.storage.TensorError(op + ": dim " + d + " appears more than once in the dims to reduce");
            }
            m[w] = true;
        }
        return m;
    }

    private static int countOf(int[] dims, int d, int rank) {
        int c = 0, w = d < 0 ? d + rank : d;
        for (int x : dims) if ((x < 0 ? x + rank : x) == w) c++;
        return c;
    }

    /** The shape after reducing the dims in {@code mask}: size 1 there, or dropped unless {@code keepdim}. */
    public static int[] reducedShape(int[] shape, boolean[] mask, boolean keepdim) {
        int n = 0;
        for (int i = 0; i < shape.length; i++) if (keepdim || !mask[i]) n++;
        int[] out = new int[n];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (!mask[i]) out[j++] = shape[i];
            else if (keepdim) out[j++] = 1;
        }
        return out;
    }

    /** The dtype of a sum: floats stay, int64 and bool sum to int64. */
    public static DType sumType(DType t) {
        return t.isFloatingPoint() ? t : DType.INT64;
    }

    /** Sum over the dims in {@code mask}. */
    public static Tensor sum(Tensor a, boolean[] mask, boolean keepdim) {
        int[] shape = a.shapeArray();
        int[] keep = reducedShape(shape, mask, true);
        int[] ks = Dims.contiguousStrides(keep);
        int[] os = new int[shape.length];
        for (int i = 0; i < shape.length; i++) os[i] = mask[i] ? 0 : ks[i];
        int n = Dims.numel(keep);
        int[] outShape = keepdim ? keep : reducedShape(shape, mask, false);
        if (a.dtype() == DType.FLOAT32) {
            float[] o = new float[n];
            Reductions.sum(a.storage(), shape, a.strideArray(), a.storageOffset(), os, o);
            return Tensor.wrap(Storage.of(o), outShape);
        }
        double[] o = new double[n];
        Reductions.sum(a.storage(), shape, a.strideArray(), a.storageOffset(), os, o);
        return Tensor.wrap(Storage.fromDoubles(sumType(a.dtype()), o), outShape);
    }

    /** Sums {@code g} down to {@code shape} (the inverse of broadcasting {@code shape} up to {@code g}'s shape). */
    public static Tensor sumTo(Tensor g, int[] shape) {
        int[] gs = g.shapeArray();
        int lead = gs.length - shape.length;
        boolean[] mask = new boolean[gs.length];
        boolean any = false;
        for (int i = 0; i < gs.length; i++) {
            mask[i] = i < lead || (shape[i - lead] == 1 && gs[i] != 1);
            any |= mask[i];
        }
        Tensor s = any ? sum(g, mask, true) : g;
        return s.reshape(shape);
    }

    /**
     * Max ({@code max = true}) or min along {@code dim}: the values and the int64 index of the first
     * extreme element of each line; NaN counts as the extreme, as in PyTorch.
     */
    public static Tensor[] extreme(Tensor a, int dim, boolean keepdim, boolean max) {
        int[] shape = a.shapeArray();
        boolean[] mask = new boolean[shape.length];
        mask[dim] = true;
        int[] keep = reducedShape(shape, mask, true);
        int[] rest = keep.clone();
        int len = shape[dim], st = a.strideArray()[dim];
        int[] sa = a.strideArray().clone();
        sa[dim] = 0;
        int n = Dims.numel(keep);
        double[] vals = new double[n];
        long[] idx = new long[n];
        Reductions.extreme(a.storage(), rest, sa, a.storageOffset(), len, st, max, vals, idx);
        int[] outShape = keepdim ? keep : reducedShape(shape, mask, false);
        return new Tensor[] {Tensor.wrap(Storage.fromDoubles(a.dtype(), vals), outShape),
                Tensor.wrap(Storage.of(idx), outShape.clone())};
    }
}
