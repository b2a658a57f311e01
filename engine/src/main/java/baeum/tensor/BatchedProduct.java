package baeum.tensor;

import baeum.ops.MatmulOps;
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
            int[] as = a.strideArray(), bs = b.strideArray();
            for (int i = 0; i < bt; i++) {
                MatmulOps.gemm(la < 0, lb < 0, m, n, k, a.storage().f, a.storageOffset() + i * as[0], Math.abs(la),
                        b.storage().f, b.storageOffset() + i * bs[0], Math.abs(lb), c, i * m * n, n, false);
            }
            return Tensor.wrap(Storage.of(c), out);
        }
        double[] c = new double[bt * m * n];
        int[] as = a.strideArray(), bs = b.strideArray();
        for (int i = 0; i < bt; i++) {
            MatmulOps.gemmStrided(m, n, k, a.storage(), a.storageOffset() + i * as[0], as[1], as[2],
                    b.storage(), b.storageOffset() + i * bs[0], bs[1], bs[2], c, i * m * n);
        }
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
