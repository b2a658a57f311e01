package baeum.kernels;

import static baeum.kernels.GemmBlocked.KC;
import static baeum.kernels.GemmBlocked.MC;
import static baeum.kernels.GemmBlocked.NC;
import static baeum.kernels.MicroKernels.NR;

/**
 * The blocked GEMM split over the cores by blocks of rows, with one packed copy of B that all
 * threads read (BLIS's parallel "ic" loop): for each NC-wide column block and KC-deep slice, the
 * threads pack the B panels together, then claim row blocks one at a time, each packing its block
 * of A and sweeping the micro-kernel over it. Splitting rows in halves instead made each thread pack
 * all of B, and made the product wait for the slower core: on a shared machine one core is often
 * slowed by others, and with several row blocks per thread the faster one takes more of them.
 * Each C element gets the same sum in the same order as in {@link GemmBlocked}.
 */
final class GemmShared {
    private GemmShared() {}

    /** Row blocks per thread: enough for the faster core to take over the slower one's work. */
    static final int BLOCKS_PER_THREAD = 3;
    /** B panels packed by one part. */
    private static final int PANELS_PER_PART = 8;

    static void gemm(boolean tA, boolean tB, int m, int n, int k, float[] a, int aOff, int lda,
            float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate,
            Thread owner, int threads) {
        int mr = RegisterTile.rows(m);
        int rowsPerPart = (m + threads * BLOCKS_PER_THREAD - 1) / (threads * BLOCKS_PER_THREAD);
        int block = Math.min(MC, Math.max(mr, (rowsPerPart + mr - 1) / mr * mr));
        int rowParts = (m + block - 1) / block;
        int kcMax = GemmBlocked.padded(Math.min(KC, k));
        int ncMax = Math.min(NC, (n + NR - 1) / NR * NR);
        float[] bp = GemmBlocked.BUFFERS.get().b(kcMax * ncMax);
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc), j0 = jc;
            int panels = (nc + NR - 1) / NR;
            for (int pc = 0; pc < k; pc += KC) {
                KernelInterruptedException.check(owner, "matmul");
                int kc = Math.min(KC, k - pc), kcp = GemmBlocked.padded(kc), p0 = pc;
                Workers.run((panels + PANELS_PER_PART - 1) / PANELS_PER_PART, part -> {
                    int first = part * PANELS_PER_PART * NR;
                    int cols = Math.min(PANELS_PER_PART * NR, nc - first);
                    Pack.packB(tB, b, bOff, ldb, p0, kc, kcp, j0 + first, cols, bp, first * kcp);
                });
                boolean acc = accumulate || pc > 0;
                Workers.run(rowParts, part -> {
                    int i0 = part * block, mc = Math.min(block, m - i0);
                    GemmBlocked.Buffers own = GemmBlocked.BUFFERS.get();
                    float[] ap = own.a(kcp * block);
                    Pack.packA(tA, a, aOff, lda, i0, mc, p0, kc, kcp, mr, ap);
                    GemmBlocked.sweep(mr, ap, mc, bp, nc, kcp, c, cOff + i0 * ldc + j0, ldc, acc,
                            own.tile, owner);
                });
            }
        }
    }
}
