package baeum.ops;

import baeum.tensor.DType;
import baeum.tensor.Storage;
import baeum.tensor.Tensor;

/**
 * Matrix products. Every float32 product in the engine goes through {@link #gemm}, the one
 * entry point, which hands them to the blocked SIMD kernel {@link baeum.kernels.Gemm}.
 */
public final class MatmulOps {
    private MatmulOps() {}

    /**
     * {@code C = op(A) op(B)} (or {@code C += ...} when {@code accumulate}), row-major, where op(A)
     * is m x k and op(B) is k x n. Without transposition A is stored m x k with row stride
     * {@code lda}; with {@code transA} it is stored k x m (so op(A) = A^T). The same for B.
     */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k,
                            float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc, boolean accumulate) {
        baeum.kernels.Gemm.sgemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
    }

    /** The double-precision product on general strides (the slow path for float64 and ints). */
    public static void gemmStrided(int m, int n, int k, Storage a, int aOff, int ars, int acs,
                                   Storage b, int bOff, int brs, int bcs, double[] c, int cOff) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a.getDouble(aOff + i * ars + p * acs) * b.getDouble(bOff + p * brs + j * bcs);
                c[cOff + i * n + j] = s;
            }
        }
    }

    /**
     * The batched product of 3-D tensors {@code a} (B, m, k) and {@code b} (B, k, n) into a new
     * contiguous (B, m, n) tensor. Batch strides may be 0 (a broadcast operand is not copied).
     */
    public static Tensor bmm(Tensor a, Tensor b, DType dtype) {
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
                gemm(la < 0, lb < 0, m, n, k, a.storage().f, a.storageOffset() + i * as[0], Math.abs(la),
                        b.storage().f, b.storageOffset() + i * bs[0], Math.abs(lb), c, i * m * n, n, false);
            }
            return Tensor.wrap(Storage.of(c), out);
        }
        double[] c = new double[bt * m * n];
        int[] as = a.strideArray(), bs = b.strideArray();
        for (int i = 0; i < bt; i++) {
            gemmStrided(m, n, k, a.storage(), a.storageOffset() + i * as[0], as[1], as[2],
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
