package baeum.ops;

import baeum.storage.Storage;

/**
 * A batch of matrix products {@code C[i] = A[i] B[i]}, each written to its own m x n block of a
 * contiguous {@code c}. Batch strides may be 0, so a broadcast operand is read in place.
 */
public final class BatchedMatmul {
    private BatchedMatmul() {}

    /**
     * Float32 products through {@link MatmulOps#gemm}: {@code A[i]} starts at
     * {@code aOff + i * aBatch} with leading dimension {@code lda} (stored transposed when
     * {@code transA}); the same for B.
     */
    public static void floats(int batch, int m, int n, int k, boolean transA, float[] a, int aOff, int aBatch, int lda,
                              boolean transB, float[] b, int bOff, int bBatch, int ldb, float[] c) {
        for (int i = 0; i < batch; i++) {
            MatmulOps.gemm(transA, transB, m, n, k, a, aOff + i * aBatch, lda, b, bOff + i * bBatch, ldb,
                    c, i * m * n, n, false);
        }
    }

    /**
     * Double-precision products on general strides through {@link MatmulOps#gemmStrided}:
     * {@code A[i]} starts at {@code aOff + i * aBatch} with row and column strides {@code ars, acs}.
     */
    public static void doubles(int batch, int m, int n, int k, Storage a, int aOff, int aBatch, int ars, int acs,
                               Storage b, int bOff, int bBatch, int brs, int bcs, double[] c) {
        for (int i = 0; i < batch; i++) {
            MatmulOps.gemmStrided(m, n, k, a, aOff + i * aBatch, ars, acs, b, bOff + i * bBatch, brs, bcs, c, i * m * n);
        }
    }
}
