package baeum.kernels;

import static baeum.kernels.MicroKernels.L;
import static baeum.kernels.MicroKernels.S;

import jdk.incubator.vector.FloatVector;

/**
 * {@code C = A·Bᵀ} (or {@code C += A·Bᵀ}) as dot products of rows, for products whose rows are
 * long and few — a convolution's weight gradient {@code dY·colsᵀ} (6 x 784 by 25 x 784 in LeNet) —
 * where packing Bᵀ would cost more than the arithmetic. A 4x4 tile of C keeps 16 vector
 * accumulators as named locals; edges take one dot product at a time.
 *
 * <p>Shape: A (m, k) with row stride lda, B (n, k) with row stride ldb, C (m, n) with ldc.
 */
final class GemmDot {
    private GemmDot() {}

    static void gemm(int m, int n, int k, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
            float[] c, int cOff, int ldc, boolean accumulate) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int j = 0;
            for (; j + 4 <= n; j += 4) tile(k, a, aOff + i * lda, lda, b, bOff + j * ldb, ldb, c, cOff + i * ldc + j, ldc, accumulate);
            for (; j < n; j++) {
                for (int r = 0; r < 4; r++) store(c, cOff + (i + r) * ldc + j, dot(k, a, aOff + (i + r) * lda, b, bOff + j * ldb), accumulate);
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) store(c, cOff + i * ldc + j, dot(k, a, aOff + i * lda, b, bOff + j * ldb), accumulate);
        }
    }

    private static void store(float[] c, int at, float v, boolean accumulate) {
        c[at] = accumulate ? c[at] + v : v;
    }

    private static float dot(int k, float[] a, int ao, float[] b, int bo) {
        var acc = FloatVector.zero(S);
        int p = 0, kv = S.loopBound(k);
        for (; p < kv; p += L) acc = FloatVector.fromArray(S, a, ao + p).fma(FloatVector.fromArray(S, b, bo + p), acc);
        float s = VectorMath.sum(acc);
        for (; p < k; p++) s += a[ao + p] * b[bo + p];
        return s;
    }

    private static void tile(int k, float[] a, int ao, int lda, float[] b, int bo, int ldb, float[] c, int co, int ldc, boolean accumulate) {
        FloatVector c00 = FloatVector.zero(S), c01 = FloatVector.zero(S), c02 = FloatVector.zero(S), c03 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S), c11 = FloatVector.zero(S), c12 = FloatVector.zero(S), c13 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S), c21 = FloatVector.zero(S), c22 = FloatVector.zero(S), c23 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S), c31 = FloatVector.zero(S), c32 = FloatVector.zero(S), c33 = FloatVector.zero(S);
        int p = 0, kv = S.loopBound(k);
        for (; p < kv; p += L) {
            FloatVector a0 = FloatVector.fromArray(S, a, ao + 0 * lda + p);
            FloatVector a1 = FloatVector.fromArray(S, a, ao + 1 * lda + p);
            FloatVector a2 = FloatVector.fromArray(S, a, ao + 2 * lda + p);
            FloatVector a3 = FloatVector.fromArray(S, a, ao + 3 * lda + p);
            FloatVector b0 = FloatVector.fromArray(S, b, bo + 0 * ldb + p);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + 1 * ldb + p);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * ldb + p);
            FloatVector b3 = FloatVector.fromArray(S, b, bo + 3 * ldb + p);
            c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01); c02 = a0.fma(b2, c02); c03 = a0.fma(b3, c03);
            c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11); c12 = a1.fma(b2, c12); c13 = a1.fma(b3, c13);
            c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21); c22 = a2.fma(b2, c22); c23 = a2.fma(b3, c23);
            c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31); c32 = a3.fma(b2, c32); c33 = a3.fma(b3, c33);
        }
        float[] t = {
            VectorMath.sum(c00), VectorMath.sum(c01), VectorMath.sum(c02), VectorMath.sum(c03),
            VectorMath.sum(c10), VectorMath.sum(c11), VectorMath.sum(c12), VectorMath.sum(c13),
            VectorMath.sum(c20), VectorMath.sum(c21), VectorMath.sum(c22), VectorMath.sum(c23),
            VectorMath.sum(c30), VectorMath.sum(c31), VectorMath.sum(c32), VectorMath.sum(c33),
        };
        for (; p < k; p++) {
            for (int r = 0; r < 4; r++) {
                float av = a[ao + r * lda + p];
                for (int q = 0; q < 4; q++) t[r * 4 + q] += av * b[bo + q * ldb + p];
            }
        }
        for (int r = 0; r < 4; r++) {
            for (int q = 0; q < 4; q++) store(c, co + r * ldc + q, t[r * 4 + q], accumulate);
        }
    }
}
