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
    static final class Buffers {
        float[] a = new float[0];
        float[] b = new float[0];
        final float[] tile = new float[12 * NR];

        float[] a(int size) {
            if (a.length < size) a = new float[size];
            return a;
        }

        float[] b(int size) {
            if (b.length < size) b = new float[size];
            return b;
        }
    }

    static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** The packed depth of a KC slice of {@code kc} steps: even, as the kernels step k by two. */
    static int padded(int kc) {
        return kc + 1 & ~1;
    }

    static void gemm(boolean tA, boolean tB, int m, int n, int k, float[] a, int aOff, int lda,
            float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate,
            Thread owner) {
        Buffers buf = BUFFERS.get();
        int mr = RegisterTile.rows(m);
        int kcMax = padded(Math.min(KC, k));
        float[] ap = buf.a(kcMax * Math.min(MC, (m + mr - 1) / mr * mr));
        float[] bp = buf.b(kcMax * Math.min(NC, (n + NR - 1) / NR * NR));
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                int kcp = padded(kc);
                Pack.packB(tB, b, bOff, ldb, pc, kc, kcp, jc, nc, bp, 0);
                boolean acc = accumulate || pc > 0;
                for (int ic = 0; ic < m; ic += MC) {
                    KernelInterruptedException.check(owner, "matmul");
                    int mc = Math.min(MC, m - ic);
                    Pack.packA(tA, a, aOff, lda, ic, mc, pc, kc, kcp, mr, ap);
                    sweep(mr, ap, mc, bp, nc, kcp, c, cOff + ic * ldc + jc, ldc, acc, buf.tile, owner);
                }
            }
        }
    }

    /**
     * Runs the micro-kernel over a packed block: {@code mc} rows of A panels by {@code nc} columns
     * of B panels, into C at {@code co} ({@code C = A·B}, or {@code C += A·B} when {@code acc}).
     */
    static void sweep(int mr, float[] ap, int mc, float[] bp, int nc, int kcp, float[] c, int co,
            int ldc, boolean acc, float[] tile, Thread owner) {
        for (int jr = 0; jr < nc; jr += NR) {
            // per column strip too: before C2 compiles the micro-kernels (the first large
            // matmul of a session) one MC x KC x NC block can take seconds
            if ((jr & (4 * NR - 1)) == 0) KernelInterruptedException.check(owner, "matmul");
            int cols = Math.min(NR, nc - jr);
            int pb = (jr / NR) * kcp * NR;
            for (int ir = 0; ir < mc; ir += mr) {
                int rows = Math.min(mr, mc - ir);
                int pa = (ir / mr) * kcp * mr;
                int ct = co + ir * ldc + jr;
                if (rows == mr && cols == NR) {
                    if (acc) RegisterTile.kernel(mr, ap, pa, bp, pb, kcp, c, ct, ldc, c, ct, ldc);
                    else RegisterTile.kernel(mr, ap, pa, bp, pb, kcp, ZEROS, 0, 0, c, ct, ldc);
                } else {
                    RegisterTile.kernel(mr, ap, pa, bp, pb, kcp, ZEROS, 0, 0, tile, 0, NR);
                    merge(tile, rows, cols, c, ct, ldc, acc);
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
