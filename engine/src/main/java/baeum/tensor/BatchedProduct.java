package baeum.tensor;

import baeum.ops.BatchedMatmul;
import baeum.storage.DType;
import baeum.storage.Storage;

/** The batched matrix product on whole tensors, without autograd: what the {@link Matmul} node runs forward. */
final class BatchedProduct {
    private BatchedProduct() {}

    /**
     * The batched product of 3-D tensors {@code a} (B, m, k) and {@code b} (B, k, n) into a new
     * contiguous (B, m, n) tensor. Batch strides may be 0 (a broadcast operand is not copied).
     */
    static Tensor bmm(Tensor a, Tensor b, DType dtype) {
        int[] sa = a.shapeArray(), sb = b.shapeArray();
        int bt = sa[0], m = sa[1], k = sa[2], n = sb[2];
        int[] out = {bt, m, n};
        if (dtype == DType.FLOAT32 && a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32) {
            if (layout(a) == 0) a = Pointwise.contiguousCopy(a);
            if (layout(b) == 0) b = Pointwise.contiguousCopy(b);
            int la = layout(a), lb = layout(b);
            float[] c = new float[bt * m * n];
            BatchedMatmul.floats(bt, m, n, k, la < 0, a.storage().f, a.storageOffset(), a.strideArray()[0], Math.abs(la),
                    lb < 0, b.storage().f, b.storageOffset(), b.strideArray()[0], Math.abs(lb), c);
            return Tensor.wrap(Storage.of(c), out);
        }
        double[] c = new double[bt * m * n];
        int[] as = a.strideArray(), bs = b.strideArray();
        BatchedMatmul.doubles(bt, m, n, k, a.storage(), a.storageOffset(), as[0], as[1], as[2],
                b.storage(), b.storageOffset(), bs[0], bs[1], bs[2], c);
        return Tensor.wrap(Storage.fromDoubles(dtype, c), out);
    }

    /**
     * How gemm can read the matrices of the 3-D tensor {@code t} without a copy: {@code ld > 0} for
     * row-major with leading dimension ld, {@code -ld} for column-major (stored transposed), 0 if
     * neither (then copy it). Size-1 dims have no meaningful stride and fit either way.
     */
    private static int layout(Tensor t) {
        int rows = t.shapeArray()[1], cols = t.shapeArray()[2];
        int rs = t.strideArray()[1], cs = t.strideArray()[2];
        if ((rows > 1 && rs == 0) || (cols > 1 && cs == 0)) return 0;
        if (cols == 1) return Math.max(rs, 1);
        if (cs == 1) return rows == 1 ? cols : Math.max(rs, 1);
        if (rows == 1) return -Math.max(cs, 1);
        if (rs == 1) return -Math.max(cs, 1);
        return 0;
    }
}
