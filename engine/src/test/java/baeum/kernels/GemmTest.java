package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every GEMM path (tiny loop, blocked, parallel, edge tiles) against a double-precision loop. */
class GemmTest {
    private final Random rnd = new Random(42);

    @Test
    void documentedExample() {
        float[] a = {1, 2, 3, 4, 5, 6}, b = {1, 0, 0, 1, 1, 1}, c = new float[4];
        Gemm.sgemm(false, false, 2, 2, 3, a, 0, 3, b, 0, 2, c, 0, 2, false);
        assertEquals("[4.0, 5.0, 10.0, 11.0]", java.util.Arrays.toString(c));
    }

    @Test
    void oddAndPrimeShapesInEveryLayout() {
        int[][] shapes = {{1, 1, 1}, {1, 7, 1}, {3, 1, 5}, {2, 3, 4}, {13, 17, 19}, {12, 32, 8},
            {8, 64, 9}, {25, 33, 31}, {37, 61, 2}, {64, 10, 30}, {97, 5, 41}, {5, 97, 43},
            {6, 48, 21}, {4, 40, 33}, {11, 42, 37}, {7, 42, 37}, {20, 42, 37}, {13, 42, 37}};
        for (int[] s : shapes) {
            for (int t = 0; t < 4; t++) check(t >= 2, (t & 1) == 1, s[0], s[1], s[2], 0, 0, false);
        }
    }

    @Test
    void blockedEdgesBeyondOneBlockInEveryDimension() {
        // m > MC, n > NC, k > KC, none a multiple of the tile: exercises every edge and both cores
        for (int t = 0; t < 4; t++) check(t >= 2, (t & 1) == 1, 203, 545, 263, 3, 5, false);
    }

    @Test
    void deepLearningShapesAndSmallBatchSplitOverColumns() {
        check(false, true, 64, 256, 784, 0, 0, false);   // x · Wᵀ
        check(true, false, 256, 784, 64, 0, 0, false);   // dYᵀ · x
        check(false, false, 64, 784, 256, 0, 0, true);   // dY · W, accumulated
        check(false, false, 8, 300, 100, 2, 0, false);   // small m: split over columns
    }

    @Test
    void fewLongRowsTimesTransposedTakeTheDotProductPath() {
        check(false, true, 6, 25, 784, 3, 2, true);     // LeNet conv1 weight gradient, accumulated
        check(false, true, 5, 37, 263, 1, 3, false);    // ragged tiles and a scalar tail over k
        check(false, true, 1, 3, 256, 0, 0, false);
        check(false, true, 16, 700, 300, 0, 1, false);  // split over both cores by columns
        check(false, true, 16, 10, 3000, 0, 0, false);  // split by rows
    }

    @Test
    void everyRegisterTileAgainstALoopWhicheverTheJvmChose() {
        // the JVM picks 12/8 or 4 rows from its vector width; each kernel is checked here anyway
        int nr = MicroKernels.NR, kc = 10;
        for (int mr : new int[] {12, 8, 4}) {
            float[] ap = random(3 + mr * kc), bp = random(5 + nr * kc), src = random(2 + mr * (nr + 3));
            float[] dst = new float[1 + mr * (nr + 1)];
            RegisterTile.kernel(mr, ap, 3, bp, 5, kc, src, 2, nr + 3, dst, 1, nr + 1);
            for (int r = 0; r < mr; r++) {
                for (int j = 0; j < nr; j++) {
                    double expect = src[2 + r * (nr + 3) + j];
                    for (int p = 0; p < kc; p++) expect += (double) ap[3 + p * mr + r] * bp[5 + p * nr + j];
                    assertEquals(expect, dst[1 + r * (nr + 1) + j], 1e-5, "tile " + mr + " row " + r + " col " + j);
                }
            }
        }
    }

    @Test
    void everyTileSumsInTheSameOrderSoSeededResultsDoNotDependOnTheTile() {
        // the rows a 12-, 8- and 4-row tile share come out bit for bit equal: each C element is
        // the same chain of fused multiply-adds over k, whichever tile (and machine) computes it
        int nr = MicroKernels.NR, kc = 37;
        float[] a = random(12 * kc), bp = java.util.Arrays.copyOf(random(nr * kc), nr * (kc + 1));
        float[] src = random(12 * nr);   // a zero-padded k step at the end, as packing leaves it
        float[][] out = new float[3][];
        int[] heights = {12, 8, 4};
        for (int t = 0; t < 3; t++) {
            int mr = heights[t];
            float[] ap = new float[mr * (kc + 1)];
            for (int p = 0; p < kc; p++) for (int r = 0; r < mr; r++) ap[p * mr + r] = a[r * kc + p];
            out[t] = new float[mr * nr];
            RegisterTile.kernel(mr, ap, 0, bp, 0, kc + 1 & ~1, src, 0, nr, out[t], 0, nr);
        }
        for (int i = 0; i < 4 * nr; i++) {
            assertEquals(out[0][i], out[2][i], 0f, "12-row and 4-row tiles at " + i);
            assertEquals(out[1][i], out[2][i], 0f, "8-row and 4-row tiles at " + i);
        }
    }

    @Test
    void registerCountFollowsTheVectorWidthAndArchitecture() {
        assertEquals(16, RegisterTile.registers(null, "amd64", 8));    // AVX2: 16 ymm
        assertEquals(16, RegisterTile.registers(null, "amd64", 4));    // SSE, or MaxVectorSize=16
        assertEquals(32, RegisterTile.registers(null, "amd64", 16));   // AVX-512: 32 zmm
        assertEquals(32, RegisterTile.registers(null, "aarch64", 4));  // NEON: 32 v registers
        assertEquals(32, RegisterTile.registers("32", "amd64", 8));
        var e = assertThrows(IllegalArgumentException.class, () -> RegisterTile.registers("24", "amd64", 8));
        assertTrue(e.getMessage().contains("16 or 32"), e.getMessage());
        assertEquals(RegisterTile.REGISTERS >= 32 ? 12 : 4, RegisterTile.BIG);
        assertTrue(RegisterTile.describe().contains(RegisterTile.BIG + "x" + MicroKernels.NR), RegisterTile.describe());
    }

    @Test
    void accumulateAddsToExistingValues() {
        for (int t = 0; t < 4; t++) {
            check(t >= 2, (t & 1) == 1, 3, 4, 2, 1, 2, true);        // tiny loop
            check(t >= 2, (t & 1) == 1, 30, 70, 300, 1, 2, true);    // blocked, two k slices
        }
    }

    @Test
    void zeroInnerSizeStoresZerosOrLeavesC() {
        float[] c = {5, 5, 5, 5};
        Gemm.sgemm(false, false, 2, 2, 0, new float[0], 0, 0, new float[0], 0, 2, c, 0, 2, true);
        assertEquals(5f, c[3]);
        Gemm.sgemm(false, false, 2, 2, 0, new float[0], 0, 0, new float[0], 0, 2, c, 0, 2, false);
        assertEquals(0f, c[0] + c[1] + c[2] + c[3]);
    }

    @Test
    void operandThatDoesNotFitIsRejectedWithItsShape() {
        var e = assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(false, false, 2, 2, 3,
                new float[5], 0, 3, new float[6], 0, 2, new float[4], 0, 2, false));
        assertTrue(e.getMessage().contains("A as stored is (2, 3)"), e.getMessage());
    }

    @Test
    void interruptStopsALongProduct() {
        int n = 512;
        float[] a = new float[n * n], b = new float[n * n], c = new float[n * n];
        Thread.currentThread().interrupt();
        try {
            var e = assertThrows(KernelInterruptedException.class,
                    () -> Gemm.sgemm(false, false, n, n, n, a, 0, n, b, 0, n, c, 0, n, false));
            assertEquals("matmul: interrupted", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status stays set");
        } finally {
            Thread.interrupted();
        }
        Gemm.sgemm(false, false, n, n, n, a, 0, n, b, 0, n, c, 0, n, false);  // works again after
    }

    /**
     * Runs one product with operands stored at an offset and with a leading dimension padded by
     * {@code pad}, into a C whose padding holds NaN sentinels that must survive.
     */
    private void check(boolean tA, boolean tB, int m, int n, int k, int off, int pad, boolean acc) {
        int aRows = tA ? k : m, aCols = tA ? m : k, bRows = tB ? n : k, bCols = tB ? k : n;
        int lda = aCols + pad, ldb = bCols + pad, ldc = n + pad;
        float[] a = random(off + aRows * lda), b = random(off + bRows * ldb);
        float[] c = new float[off + m * ldc];
        java.util.Arrays.fill(c, Float.NaN);
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) c[off + i * ldc + j] = rnd.nextFloat() - 0.5f;
        float[] before = c.clone();
        Gemm.sgemm(tA, tB, m, n, k, a, off, lda, b, off, ldb, c, off, ldc, acc);
        for (int idx = 0; idx < c.length; idx++) {
            int rel = idx - off, i = rel / ldc, j = rel % ldc;
            if (rel < 0 || j >= n) {
                if (!Float.isNaN(c[idx])) fail("wrote outside C at " + idx);
                continue;
            }
            double expect = acc ? before[idx] : 0;
            for (int p = 0; p < k; p++) {
                double x = tA ? a[off + p * lda + i] : a[off + i * lda + p];
                double y = tB ? b[off + j * ldb + p] : b[off + p * ldb + j];
                expect += x * y;
            }
            double tol = 1e-5 + 2e-6 * k;
            if (Math.abs(c[idx] - expect) > tol) {
                fail(String.format("tA=%b tB=%b m=%d n=%d k=%d: C[%d,%d] = %f, expected %f",
                        tA, tB, m, n, k, i, j, c[idx], expect));
            }
        }
    }

    private float[] random(int len) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) x[i] = rnd.nextFloat() * 2 - 1;
        return x;
    }
}
