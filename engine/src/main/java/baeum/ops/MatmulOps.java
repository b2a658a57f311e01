package baeum.ops;

import baeum.storage.Storage;

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
}
