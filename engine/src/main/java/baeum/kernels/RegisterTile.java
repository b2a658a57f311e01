package baeum.kernels;

import static baeum.kernels.MicroKernels.L;

/**
 * The GEMM's register tile, chosen as BLIS and OpenBLAS choose theirs per architecture: from the
 * vector width the JVM reports ({@link MicroKernels#S}) and the number of vector registers that
 * width implies. A tile is MR rows by two vectors of columns, so it needs 2·MR accumulators plus
 * two B vectors and one broadcast A value:
 * <ul>
 *   <li>32 registers (x86 with AVX-512, whose 512-bit vectors come with 32 zmm registers; ARM
 *       NEON and SVE): 12 rows (24 accumulators), 8 rows for small M. 12x32 floats on AVX-512,
 *       12x8 on 128-bit NEON.
 *   <li>16 registers (x86 without AVX-512: AVX2's 16 ymm, SSE's 16 xmm): 4 rows (8
 *       accumulators), 4x16 floats on AVX2, 4x8 at 128 bits. BLIS's hand-written AVX2 kernel is
 *       6x16 (12 accumulators), but C2 spills accumulators of a 6-row tile to the stack; the
 *       12-row tile needs 27 registers there and ran at a fifth of the FMA peak.
 * </ul>
 * On x86 a vector narrower than 512 bits is taken to mean 16 registers: that is true of every
 * AVX2 and SSE machine, and an AVX-512 machine run with {@code -XX:MaxVectorSize=32} (or 16) then
 * behaves as the AVX2 (or SSE) machine it simulates. {@code -Dbaeum.gemm.registers=16|32}
 * overrides the choice (to measure one tile on another machine).
 *
 * <pre>{@code
 * jshell> baeum.kernels.RegisterTile.describe()
 * $1 ==> "4x16: 256-bit vectors, 16 registers"
 * }</pre>
 */
public final class RegisterTile {
    private RegisterTile() {}

    /** Vector registers the tile may use. */
    static final int REGISTERS = registers(System.getProperty("baeum.gemm.registers"),
            System.getProperty("os.arch", ""), L);
    /** Rows of the main tile. */
    static final int BIG = REGISTERS >= 32 ? 12 : 4;
    /** Rows of the tile for small M, where the main one would compute mostly padding. */
    static final int SMALL = REGISTERS >= 32 ? 8 : 4;   // with 16 registers: the same tile

    static int registers(String forced, String arch, int lanes) {
        if (forced != null) {
            if (forced.equals("16") || forced.equals("32")) return Integer.parseInt(forced);
            throw new IllegalArgumentException("baeum.gemm.registers must be 16 or 32, not '" + forced + "'");
        }
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x86");
        return !x86 || lanes >= 16 ? 32 : 16;
    }

    /** The tile height that wastes the least work on padding rows (the big one is ~10% faster). */
    static int rows(int m) {
        int big = (m + BIG - 1) / BIG * BIG;
        int small = (m + SMALL - 1) / SMALL * SMALL;
        return SMALL != BIG && small * 11 < big * 10 ? SMALL : BIG;
    }

    /** The tile, the vector width and the registers, e.g. for a benchmark's report. */
    public static String describe() {
        String small = SMALL == BIG ? "" : " (" + SMALL + "x" + 2 * L + " for small M)";
        return BIG + "x" + 2 * L + small + ": " + L * 32 + "-bit vectors, " + REGISTERS + " registers";
    }

    /** One tile: {@code dst = src + A panel · B panel} with {@code mr} rows. */
    static void kernel(int mr, float[] ap, int pa, float[] bp, int pb, int kcp,
            float[] src, int so, int sld, float[] dst, int dof, int dld) {
        switch (mr) {
            case 12 -> MicroKernels.kernel12(ap, pa, bp, pb, kcp, src, so, sld, dst, dof, dld);
            case 8 -> MicroKernels.kernel8(ap, pa, bp, pb, kcp, src, so, sld, dst, dof, dld);
            default -> MicroKernels.kernel4(ap, pa, bp, pb, kcp, src, so, sld, dst, dof, dld);
        }
    }
}
