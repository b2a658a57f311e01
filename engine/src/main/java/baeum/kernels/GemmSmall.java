package baeum.kernels;

/**
 * Plain loops for tiny products (a 4x4 layer, the XOR network), where packing would cost more than
 * the arithmetic. Each operand layout gets the loop order that reads memory in sequence.
 */
final class GemmSmall {
    private GemmSmall() {}

    static void gemm(boolean tA, boolean tB, int m, int n, int k, float[] a, int aOff, int lda,
            float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate) {
        if (tB) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    float s = 0f;
                    int bj = bOff + j * ldb;
                    if (tA) {
                        for (int p = 0; p < k; p++) s += a[aOff + p * lda + i] * b[bj + p];
                    } else {
                        int ai = aOff + i * lda;
                        for (int p = 0; p < k; p++) s += a[ai + p] * b[bj + p];
                    }
                    int ci = cOff + i * ldc + j;
                    c[ci] = accumulate ? c[ci] + s : s;
                }
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            if (!accumulate) for (int j = 0; j < n; j++) c[ci + j] = 0f;
            for (int p = 0; p < k; p++) {
                float aip = tA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                int bp = bOff + p * ldb;
                for (int j = 0; j < n; j++) c[ci + j] += aip * b[bp + j];
            }
        }
    }
}
