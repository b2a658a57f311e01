package baeum.kernels;

import static baeum.kernels.MicroKernels.NR;
import static baeum.kernels.MicroKernels.ZEROS;

/**
 * The single-threaded blocked GEMM (Goto's loop order): for each NC-wide column block and
 * KC-deep slice, pack op(B) once; for each MC-high row block, pack op(A); then sweep the
 * micro-kernel over the tiles. Edge tiles are computed into a scratch tile and merged.
 */
final class GemmBlocked {
    private GemmBlocked() {}

    static final int KC = 256;
    static final int MC = 192;   // a multiple of every tile height (12, 8, 4)
    static final int NC = 512;

    /** Per-thread packing buffers, grown on demand. */
    private static final class Buffers {
        float[] a = new float[0];
        float[] b = new float[0];
        final float[] tile = new float[12 * NR];
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    static void gemm(boolean tA, boolean tB, int m, int n, int k, float[] a, int aOff, int lda,
            float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate,
            Thread owner) {
        Buffers buf = BUFFERS.get();
        int mr = RegisterTile.rows(m);
        int kcMax = Math.min(KC, k) + 1 & ~1;
        int mcMax = Math.min(MC, (m + mr - 1) / mr * mr);
        int ncMax = Math.min(NC, (n + NR - 1) / NR * NR);
        if (buf.a.length < kcMax * mcMax) buf.a = new float[kcMax * mcMax];
        if (buf.b.length < kcMax * ncMax) buf.b = new float[kcMax * ncMax];
        float[] ap = buf.a, bp = buf.b, tile = buf.tile;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                int kcp = kc + 1 & ~1;
                Pack.packB(tB, b, bOff, ldb, pc, kc, kcp, jc, nc, bp);
                boolean acc = accumulate || pc > 0;
                for (int ic = 0; ic < m; ic += MC) {
                    KernelInterruptedException.check(owner, "matmul");
                    int mc = Math.min(MC, m - ic);
                    Pack.packA(tA, a, aOff, lda, ic, mc, pc, kc, kcp, mr, ap);
                    for (int jr = 0; jr < nc; jr += NR) {
                        // per column strip too: before C2 compiles the micro-kernels (the first
                        // large matmul of a session) one MC x KC x NC block can take seconds
                        if ((jr & (4 * NR - 1)) == 0) KernelInterruptedException.check(owner, "matmul");
                        int cols = Math.min(NR, nc - jr);
                        int pb = (jr / NR) * kcp * NR;
                        for (int ir = 0; ir < mc; ir += mr) {
                            int rows = Math.min(mr, mc - ir);
                            int pa = (ir / mr) * kcp * mr;
                            int co = cOff + (ic + ir) * ldc + jc + jr;
                            if (rows == mr && cols == NR) {
                                if (acc) RegisterTile.kernel(mr, ap, pa, bp, pb, kcp, c, co, ldc, c, co, ldc);
                                else RegisterTile.kernel(mr, ap, pa, bp, pb, kcp, ZEROS, 0, 0, c, co, ldc);
                            } else {
                                RegisterTile.kernel(mr, ap, pa, bp, pb, kcp, ZEROS, 0, 0, tile, 0, NR);
                                merge(tile, rows, cols, c, co, ldc, acc);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void merge(float[] tile, int rows, int cols, float[] c, int co, int ldc,
            boolean acc) {
        for (int r = 0; r < rows; r++) {
            int d = co + r * ldc, s = r * NR;
            if (acc) {
                for (int j = 0; j < cols; j++) c[d + j] += tile[s + j];
            } else {
                System.arraycopy(tile, s, c, d, cols);
            }
        }
    }
}
