package baeum.kernels;

import static baeum.kernels.MicroKernels.NR;

import java.util.Arrays;

/**
 * Single-precision matrix multiply on raw row-major arrays: {@code C = op(A) · op(B)} or
 * {@code C += op(A) · op(B)}, where {@code op(X)} is X or its transpose, read in place.
 *
 * <p>Large products run the blocked, packed, SIMD path ({@link GemmBlocked}) split over all
 * cores; tiny ones a plain loop, whose cost is a few nanoseconds. Long products check the calling
 * thread's interrupt status and throw {@link KernelInterruptedException}.
 *
 * <pre>{@code
 * jshell> float[] a = {1, 2, 3, 4, 5, 6}, b = {1, 0, 0, 1, 1, 1}, c = new float[4];
 * jshell> Gemm.sgemm(false, false, 2, 2, 3, a, 0, 3, b, 0, 2, c, 0, 2, false);
 * jshell> c
 * c ==> float[4] { 4.0, 5.0, 10.0, 11.0 }
 * }</pre>
 *
 * Shape: op(A) is (m, k), op(B) is (k, n), C is (m, n). Element (i, p) of op(A) is
 * {@code a[aOff + i*lda + p]}, or {@code a[aOff + p*lda + i]} when {@code transA}; likewise B.
 */
public final class Gemm {
    private Gemm() {}

    /** Below this many multiply-adds (m·n·k) the plain loop wins over packing. */
    static final long SMALL = 4096;
    /** A·Bᵀ with at most this many rows and at least this depth takes {@link GemmDot}. */
    static final int DOT_ROWS = 16, DOT_DEPTH = 256;
    /** From this many multiply-adds the product is split over the cores. */
    static final long PARALLEL = 96 * 1024;

    /**
     * {@code C = op(A)·op(B)}, or {@code C += op(A)·op(B)} when {@code accumulate}.
     *
     * @throws IllegalArgumentException if a size is negative or an operand does not fit its array
     * @throws KernelInterruptedException if the calling thread is interrupted during a long product
     */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float[] a,
            int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc,
            boolean accumulate) {
        check(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        run(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate, true);
    }

    /** {@link #sgemm} on the calling thread only, without argument checks (for other kernels). */
    static void serial(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff,
            int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate) {
        run(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate, false);
    }

    private static void run(boolean transA, boolean transB, int m, int n, int k, float[] a,
            int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc,
            boolean accumulate, boolean parallel) {
        if (m == 0 || n == 0) return;
        if (k == 0) {
            if (!accumulate) for (int i = 0; i < m; i++) Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
            return;
        }
        long work = (long) m * n * k;
        if (work <= SMALL) {
            GemmSmall.gemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
            return;
        }
        Thread owner = Thread.currentThread();
        // A few long rows times long rows (a convolution's weight gradient): dot products beat
        // packing Bᵀ, whose cost would be paid for only m rows of output.
        boolean dot = !transA && transB && m <= DOT_ROWS && k >= DOT_DEPTH;
        int parts = !parallel || work < PARALLEL ? 1 : Workers.THREADS;
        boolean splitRows = m >= n || n < 2 * NR;
        int unit = splitRows ? RegisterTile.rows(m) : NR;
        int extent = splitRows ? m : n;
        parts = (int) Math.min(parts, (extent + unit - 1) / unit);
        if (parts <= 1) {
            if (dot) GemmDot.gemm(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
            else GemmBlocked.gemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc,
                    accumulate, owner);
            return;
        }
        int chunk = ((extent + parts - 1) / parts + unit - 1) / unit * unit;
        int nParts = (extent + chunk - 1) / chunk;
        Workers.run(nParts, part -> {
            int lo = part * chunk, len = Math.min(chunk, extent - lo);
            if (splitRows && dot) {
                GemmDot.gemm(len, n, k, a, aOff + lo * lda, lda, b, bOff, ldb, c, cOff + lo * ldc, ldc, accumulate);
            } else if (splitRows) {
                GemmBlocked.gemm(transA, transB, len, n, k, a, aOff + (transA ? lo : lo * lda), lda,
                        b, bOff, ldb, c, cOff + lo * ldc, ldc, accumulate, owner);
            } else if (dot) {
                GemmDot.gemm(m, len, k, a, aOff, lda, b, bOff + lo * ldb, ldb, c, cOff + lo, ldc, accumulate);
            } else {
                GemmBlocked.gemm(transA, transB, m, len, k, a, aOff, lda,
                        b, bOff + (transB ? lo * ldb : lo), ldb, c, cOff + lo, ldc, accumulate, owner);
            }
        });
    }

    private static void check(boolean transA, boolean transB, int m, int n, int k, float[] a,
            int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("sgemm: negative size m=" + m + ", n=" + n + ", k=" + k);
        }
        fits("A", a, aOff, lda, transA ? k : m, transA ? m : k, false);
        fits("B", b, bOff, ldb, transB ? n : k, transB ? k : n, false);
        fits("C", c, cOff, ldc, m, n, true);
    }

    /** Operands are only read, so their rows may overlap (ld < cols); C's rows must not. */
    private static void fits(String name, float[] x, int off, int ld, int rows, int cols,
            boolean written) {
        if (rows == 0 || cols == 0) return;
        long last = off + (long) (rows - 1) * ld + cols - 1;
        if (off < 0 || ld < 0 || (written && rows > 1 && ld < cols) || last >= x.length) {
            throw new IllegalArgumentException("sgemm: " + name + " as stored is (" + rows + ", "
                    + cols + ") with offset " + off + " and leading dimension " + ld
                    + ", which does not fit its array of " + x.length
                    + " floats; pass a leading dimension >= " + cols + " and a large enough array");
        }
    }
}
