package baeum.kernels;

import static baeum.kernels.MicroKernels.L;
import static baeum.kernels.MicroKernels.NR;
import static baeum.kernels.MicroKernels.S;

import jdk.incubator.vector.FloatVector;

/**
 * Copies blocks of the GEMM operands into the panel layout the micro-kernels read: contiguous,
 * at a constant stride, zero-padded to whole tiles and to an even k. Reads a transposed operand
 * in place (no transposed copy of the whole matrix is ever made).
 */
final class Pack {
    private Pack() {}

    /**
     * Packs rows {@code i0 .. i0+mc} and k-columns {@code p0 .. p0+kc} of op(A) into panels of
     * {@code mr} rows: {@code dst[panel*kcp*mr + p*mr + r]}.
     */
    static void packA(boolean trans, float[] a, int aOff, int lda, int i0, int mc, int p0, int kc,
            int kcp, int mr, float[] dst) {
        for (int ir = 0; ir < mc; ir += mr) {
            int rows = Math.min(mr, mc - ir);
            int base = (ir / mr) * kcp * mr;
            if (trans) {
                for (int p = 0; p < kc; p++) {
                    int src = aOff + (p0 + p) * lda + i0 + ir;
                    int d = base + p * mr;
                    for (int r = 0; r < rows; r++) dst[d + r] = a[src + r];
                    for (int r = rows; r < mr; r++) dst[d + r] = 0f;
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    int src = aOff + (i0 + ir + r) * lda + p0;
                    for (int p = 0; p < kc; p++) dst[base + p * mr + r] = a[src + p];
                }
                for (int r = rows; r < mr; r++) {
                    for (int p = 0; p < kc; p++) dst[base + p * mr + r] = 0f;
                }
            }
            for (int p = kc; p < kcp; p++) {
                for (int r = 0; r < mr; r++) dst[base + p * mr + r] = 0f;
            }
        }
    }

    /**
     * Packs k-rows {@code p0 .. p0+kc} and columns {@code j0 .. j0+nc} of op(B) into panels of
     * {@link MicroKernels#NR} columns: {@code dst[panel*kcp*NR + p*NR + j]}. A transposed B is read
     * row by row (sequentially) and written with stride NR into the panel, which stays in L1; the
     * Vector API's gather was not compiled to a gather instruction here and ran its slow fallback.
     */
    static void packB(boolean trans, float[] b, int bOff, int ldb, int p0, int kc, int kcp, int j0,
            int nc, float[] dst) {
        for (int jr = 0; jr < nc; jr += NR) {
            int cols = Math.min(NR, nc - jr);
            int base = (jr / NR) * kcp * NR;
            if (trans) {
                int j = 0;
                for (; j + 4 <= cols; j += 4) {   // four source rows at a time: 16-byte writes
                    int s0 = bOff + (j0 + jr + j) * ldb + p0, s1 = s0 + ldb, s2 = s1 + ldb, s3 = s2 + ldb;
                    for (int p = 0; p < kc; p++) {
                        int d = base + p * NR + j;
                        dst[d] = b[s0 + p];
                        dst[d + 1] = b[s1 + p];
                        dst[d + 2] = b[s2 + p];
                        dst[d + 3] = b[s3 + p];
                    }
                }
                for (; j < cols; j++) {
                    int src = bOff + (j0 + jr + j) * ldb + p0;
                    for (int p = 0; p < kc; p++) dst[base + p * NR + j] = b[src + p];
                }
                for (j = cols; j < NR; j++) {
                    for (int p = 0; p < kc; p++) dst[base + p * NR + j] = 0f;
                }
            } else if (cols == NR) {
                for (int p = 0; p < kc; p++) {
                    int src = bOff + (p0 + p) * ldb + j0 + jr;
                    int d = base + p * NR;
                    FloatVector.fromArray(S, b, src).intoArray(dst, d);
                    FloatVector.fromArray(S, b, src + L).intoArray(dst, d + L);
                }
            } else {
                for (int p = 0; p < kc; p++) {
                    int src = bOff + (p0 + p) * ldb + j0 + jr;
                    int d = base + p * NR;
                    for (int j = 0; j < cols; j++) dst[d + j] = b[src + j];
                    for (int j = cols; j < NR; j++) dst[d + j] = 0f;
                }
            }
            for (int p = kc; p < kcp; p++) {
                for (int j = 0; j < NR; j++) dst[base + p * NR + j] = 0f;
            }
        }
    }
}
