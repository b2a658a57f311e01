package baeum.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-tiled inner kernels of {@link Gemm}: a tile of MR rows by {@link #NR} columns of C
 * held in named local vectors (an array of accumulators would box them), fed by packed,
 * zero-padded panels at a constant stride, k unrolled twice.
 *
 * <p>One kernel serves both "store" and "accumulate": it starts from a source tile ({@code src}
 * with leading dimension {@code sld}) and writes to a destination tile. To store, pass
 * {@link #ZEROS} with {@code sld = 0}; to accumulate, pass C itself. There is no flag inside the
 * kernel, so the JIT compiles one hot loop that never deoptimizes on a mode switch.
 *
 * <p>A panel of A holds MR values per k step ({@code ap[pa + p*MR + r]}); a panel of B holds
 * NR values per k step ({@code bp[pb + p*NR + j]}). The kernels were generated from one template
 * (12, 8 and 4 rows); edit all alike. Which ones run is {@link RegisterTile}'s choice: 12 and 8
 * rows where there are 32 vector registers (24 or 16 accumulators), 4 where there are 16. The
 * 4-row kernel is not unrolled over k: with 16 registers, C2 schedules the loads of an unrolled
 * step early and spills accumulators to the stack (a 6-row kernel, unrolled or not, did so).
 */
final class MicroKernels {
    private MicroKernels() {}

    /** The vector shape: 512-bit (16 floats) on AVX-512 machines, the preferred one elsewhere. */
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Floats per vector. */
    static final int L = S.length();
    /** Columns per tile: two vectors. */
    static final int NR = 2 * L;
    /** A zero source row for the store mode. */
    static final float[] ZEROS = new float[NR];

    /** C tile (12 x NR) = src tile + A panel . B panel over kc (kc even, panels zero-padded). */
    static void kernel12(float[] ap, int pa, float[] bp, int pb, int kc,
            float[] src, int so, int sld, float[] dst, int dof, int dld) {
        FloatVector c0a = FloatVector.fromArray(S, src, so), c0b = FloatVector.fromArray(S, src, so + L);
        FloatVector c1a = FloatVector.fromArray(S, src, so + 1 * sld), c1b = FloatVector.fromArray(S, src, so + 1 * sld + L);
        FloatVector c2a = FloatVector.fromArray(S, src, so + 2 * sld), c2b = FloatVector.fromArray(S, src, so + 2 * sld + L);
        FloatVector c3a = FloatVector.fromArray(S, src, so + 3 * sld), c3b = FloatVector.fromArray(S, src, so + 3 * sld + L);
        FloatVector c4a = FloatVector.fromArray(S, src, so + 4 * sld), c4b = FloatVector.fromArray(S, src, so + 4 * sld + L);
        FloatVector c5a = FloatVector.fromArray(S, src, so + 5 * sld), c5b = FloatVector.fromArray(S, src, so + 5 * sld + L);
        FloatVector c6a = FloatVector.fromArray(S, src, so + 6 * sld), c6b = FloatVector.fromArray(S, src, so + 6 * sld + L);
        FloatVector c7a = FloatVector.fromArray(S, src, so + 7 * sld), c7b = FloatVector.fromArray(S, src, so + 7 * sld + L);
        FloatVector c8a = FloatVector.fromArray(S, src, so + 8 * sld), c8b = FloatVector.fromArray(S, src, so + 8 * sld + L);
        FloatVector c9a = FloatVector.fromArray(S, src, so + 9 * sld), c9b = FloatVector.fromArray(S, src, so + 9 * sld + L);
        FloatVector c10a = FloatVector.fromArray(S, src, so + 10 * sld), c10b = FloatVector.fromArray(S, src, so + 10 * sld + L);
        FloatVector c11a = FloatVector.fromArray(S, src, so + 11 * sld), c11b = FloatVector.fromArray(S, src, so + 11 * sld + L);
        for (int p = 0; p < kc; p += 2) {
            int ao = pa + p * 12, bo = pb + p * NR;
            FloatVector b0 = FloatVector.fromArray(S, bp, bo), b1 = FloatVector.fromArray(S, bp, bo + L);
            FloatVector a = FloatVector.broadcast(S, ap[ao]);
            c0a = a.fma(b0, c0a); c0b = a.fma(b1, c0b);
            a = FloatVector.broadcast(S, ap[ao + 1]);
            c1a = a.fma(b0, c1a); c1b = a.fma(b1, c1b);
            a = FloatVector.broadcast(S, ap[ao + 2]);
            c2a = a.fma(b0, c2a); c2b = a.fma(b1, c2b);
            a = FloatVector.broadcast(S, ap[ao + 3]);
            c3a = a.fma(b0, c3a); c3b = a.fma(b1, c3b);
            a = FloatVector.broadcast(S, ap[ao + 4]);
            c4a = a.fma(b0, c4a); c4b = a.fma(b1, c4b);
            a = FloatVector.broadcast(S, ap[ao + 5]);
            c5a = a.fma(b0, c5a); c5b = a.fma(b1, c5b);
            a = FloatVector.broadcast(S, ap[ao + 6]);
            c6a = a.fma(b0, c6a); c6b = a.fma(b1, c6b);
            a = FloatVector.broadcast(S, ap[ao + 7]);
            c7a = a.fma(b0, c7a); c7b = a.fma(b1, c7b);
            a = FloatVector.broadcast(S, ap[ao + 8]);
            c8a = a.fma(b0, c8a); c8b = a.fma(b1, c8b);
            a = FloatVector.broadcast(S, ap[ao + 9]);
            c9a = a.fma(b0, c9a); c9b = a.fma(b1, c9b);
            a = FloatVector.broadcast(S, ap[ao + 10]);
            c10a = a.fma(b0, c10a); c10b = a.fma(b1, c10b);
            a = FloatVector.broadcast(S, ap[ao + 11]);
            c11a = a.fma(b0, c11a); c11b = a.fma(b1, c11b);
            b0 = FloatVector.fromArray(S, bp, bo + NR); b1 = FloatVector.fromArray(S, bp, bo + NR + L);
            a = FloatVector.broadcast(S, ap[ao + 12]);
            c0a = a.fma(b0, c0a); c0b = a.fma(b1, c0b);
            a = FloatVector.broadcast(S, ap[ao + 13]);
            c1a = a.fma(b0, c1a); c1b = a.fma(b1, c1b);
            a = FloatVector.broadcast(S, ap[ao + 14]);
            c2a = a.fma(b0, c2a); c2b = a.fma(b1, c2b);
            a = FloatVector.broadcast(S, ap[ao + 15]);
            c3a = a.fma(b0, c3a); c3b = a.fma(b1, c3b);
            a = FloatVector.broadcast(S, ap[ao + 16]);
            c4a = a.fma(b0, c4a); c4b = a.fma(b1, c4b);
            a = FloatVector.broadcast(S, ap[ao + 17]);
            c5a = a.fma(b0, c5a); c5b = a.fma(b1, c5b);
            a = FloatVector.broadcast(S, ap[ao + 18]);
            c6a = a.fma(b0, c6a); c6b = a.fma(b1, c6b);
            a = FloatVector.broadcast(S, ap[ao + 19]);
            c7a = a.fma(b0, c7a); c7b = a.fma(b1, c7b);
            a = FloatVector.broadcast(S, ap[ao + 20]);
            c8a = a.fma(b0, c8a); c8b = a.fma(b1, c8b);
            a = FloatVector.broadcast(S, ap[ao + 21]);
            c9a = a.fma(b0, c9a); c9b = a.fma(b1, c9b);
            a = FloatVector.broadcast(S, ap[ao + 22]);
            c10a = a.fma(b0, c10a); c10b = a.fma(b1, c10b);
            a = FloatVector.broadcast(S, ap[ao + 23]);
            c11a = a.fma(b0, c11a); c11b = a.fma(b1, c11b);
        }
        c0a.intoArray(dst, dof); c0b.intoArray(dst, dof + L);
        c1a.intoArray(dst, dof + 1 * dld); c1b.intoArray(dst, dof + 1 * dld + L);
        c2a.intoArray(dst, dof + 2 * dld); c2b.intoArray(dst, dof + 2 * dld + L);
        c3a.intoArray(dst, dof + 3 * dld); c3b.intoArray(dst, dof + 3 * dld + L);
        c4a.intoArray(dst, dof + 4 * dld); c4b.intoArray(dst, dof + 4 * dld + L);
        c5a.intoArray(dst, dof + 5 * dld); c5b.intoArray(dst, dof + 5 * dld + L);
        c6a.intoArray(dst, dof + 6 * dld); c6b.intoArray(dst, dof + 6 * dld + L);
        c7a.intoArray(dst, dof + 7 * dld); c7b.intoArray(dst, dof + 7 * dld + L);
        c8a.intoArray(dst, dof + 8 * dld); c8b.intoArray(dst, dof + 8 * dld + L);
        c9a.intoArray(dst, dof + 9 * dld); c9b.intoArray(dst, dof + 9 * dld + L);
        c10a.intoArray(dst, dof + 10 * dld); c10b.intoArray(dst, dof + 10 * dld + L);
        c11a.intoArray(dst, dof + 11 * dld); c11b.intoArray(dst, dof + 11 * dld + L);
    }

    /** C tile (8 x NR) = src tile + A panel . B panel over kc (kc even, panels zero-padded). */
    static void kernel8(float[] ap, int pa, float[] bp, int pb, int kc,
            float[] src, int so, int sld, float[] dst, int dof, int dld) {
        FloatVector c0a = FloatVector.fromArray(S, src, so), c0b = FloatVector.fromArray(S, src, so + L);
        FloatVector c1a = FloatVector.fromArray(S, src, so + 1 * sld), c1b = FloatVector.fromArray(S, src, so + 1 * sld + L);
        FloatVector c2a = FloatVector.fromArray(S, src, so + 2 * sld), c2b = FloatVector.fromArray(S, src, so + 2 * sld + L);
        FloatVector c3a = FloatVector.fromArray(S, src, so + 3 * sld), c3b = FloatVector.fromArray(S, src, so + 3 * sld + L);
        FloatVector c4a = FloatVector.fromArray(S, src, so + 4 * sld), c4b = FloatVector.fromArray(S, src, so + 4 * sld + L);
        FloatVector c5a = FloatVector.fromArray(S, src, so + 5 * sld), c5b = FloatVector.fromArray(S, src, so + 5 * sld + L);
        FloatVector c6a = FloatVector.fromArray(S, src, so + 6 * sld), c6b = FloatVector.fromArray(S, src, so + 6 * sld + L);
        FloatVector c7a = FloatVector.fromArray(S, src, so + 7 * sld), c7b = FloatVector.fromArray(S, src, so + 7 * sld + L);
        for (int p = 0; p < kc; p += 2) {
            int ao = pa + p * 8, bo = pb + p * NR;
            FloatVector b0 = FloatVector.fromArray(S, bp, bo), b1 = FloatVector.fromArray(S, bp, bo + L);
            FloatVector a = FloatVector.broadcast(S, ap[ao]);
            c0a = a.fma(b0, c0a); c0b = a.fma(b1, c0b);
            a = FloatVector.broadcast(S, ap[ao + 1]);
            c1a = a.fma(b0, c1a); c1b = a.fma(b1, c1b);
            a = FloatVector.broadcast(S, ap[ao + 2]);
            c2a = a.fma(b0, c2a); c2b = a.fma(b1, c2b);
            a = FloatVector.broadcast(S, ap[ao + 3]);
            c3a = a.fma(b0, c3a); c3b = a.fma(b1, c3b);
            a = FloatVector.broadcast(S, ap[ao + 4]);
            c4a = a.fma(b0, c4a); c4b = a.fma(b1, c4b);
            a = FloatVector.broadcast(S, ap[ao + 5]);
            c5a = a.fma(b0, c5a); c5b = a.fma(b1, c5b);
            a = FloatVector.broadcast(S, ap[ao + 6]);
            c6a = a.fma(b0, c6a); c6b = a.fma(b1, c6b);
            a = FloatVector.broadcast(S, ap[ao + 7]);
            c7a = a.fma(b0, c7a); c7b = a.fma(b1, c7b);
            b0 = FloatVector.fromArray(S, bp, bo + NR); b1 = FloatVector.fromArray(S, bp, bo + NR + L);
            a = FloatVector.broadcast(S, ap[ao + 8]);
            c0a = a.fma(b0, c0a); c0b = a.fma(b1, c0b);
            a = FloatVector.broadcast(S, ap[ao + 9]);
            c1a = a.fma(b0, c1a); c1b = a.fma(b1, c1b);
            a = FloatVector.broadcast(S, ap[ao + 10]);
            c2a = a.fma(b0, c2a); c2b = a.fma(b1, c2b);
            a = FloatVector.broadcast(S, ap[ao + 11]);
            c3a = a.fma(b0, c3a); c3b = a.fma(b1, c3b);
            a = FloatVector.broadcast(S, ap[ao + 12]);
            c4a = a.fma(b0, c4a); c4b = a.fma(b1, c4b);
            a = FloatVector.broadcast(S, ap[ao + 13]);
            c5a = a.fma(b0, c5a); c5b = a.fma(b1, c5b);
            a = FloatVector.broadcast(S, ap[ao + 14]);
            c6a = a.fma(b0, c6a); c6b = a.fma(b1, c6b);
            a = FloatVector.broadcast(S, ap[ao + 15]);
            c7a = a.fma(b0, c7a); c7b = a.fma(b1, c7b);
        }
        c0a.intoArray(dst, dof); c0b.intoArray(dst, dof + L);
        c1a.intoArray(dst, dof + 1 * dld); c1b.intoArray(dst, dof + 1 * dld + L);
        c2a.intoArray(dst, dof + 2 * dld); c2b.intoArray(dst, dof + 2 * dld + L);
        c3a.intoArray(dst, dof + 3 * dld); c3b.intoArray(dst, dof + 3 * dld + L);
        c4a.intoArray(dst, dof + 4 * dld); c4b.intoArray(dst, dof + 4 * dld + L);
        c5a.intoArray(dst, dof + 5 * dld); c5b.intoArray(dst, dof + 5 * dld + L);
        c6a.intoArray(dst, dof + 6 * dld); c6b.intoArray(dst, dof + 6 * dld + L);
        c7a.intoArray(dst, dof + 7 * dld); c7b.intoArray(dst, dof + 7 * dld + L);
    }

    /** C tile (4 x NR) = src tile + A panel . B panel over kc (panels zero-padded), k not unrolled. */
    static void kernel4(float[] ap, int pa, float[] bp, int pb, int kc,
            float[] src, int so, int sld, float[] dst, int dof, int dld) {
        FloatVector c0a = FloatVector.fromArray(S, src, so), c0b = FloatVector.fromArray(S, src, so + L);
        FloatVector c1a = FloatVector.fromArray(S, src, so + 1 * sld), c1b = FloatVector.fromArray(S, src, so + 1 * sld + L);
        FloatVector c2a = FloatVector.fromArray(S, src, so + 2 * sld), c2b = FloatVector.fromArray(S, src, so + 2 * sld + L);
        FloatVector c3a = FloatVector.fromArray(S, src, so + 3 * sld), c3b = FloatVector.fromArray(S, src, so + 3 * sld + L);
        for (int p = 0; p < kc; p += 1) {
            int ao = pa + p * 4, bo = pb + p * NR;
            FloatVector b0 = FloatVector.fromArray(S, bp, bo), b1 = FloatVector.fromArray(S, bp, bo + L);
            FloatVector a = FloatVector.broadcast(S, ap[ao]);
            c0a = a.fma(b0, c0a); c0b = a.fma(b1, c0b);
            a = FloatVector.broadcast(S, ap[ao + 1]);
            c1a = a.fma(b0, c1a); c1b = a.fma(b1, c1b);
            a = FloatVector.broadcast(S, ap[ao + 2]);
            c2a = a.fma(b0, c2a); c2b = a.fma(b1, c2b);
            a = FloatVector.broadcast(S, ap[ao + 3]);
            c3a = a.fma(b0, c3a); c3b = a.fma(b1, c3b);
        }
        c0a.intoArray(dst, dof); c0b.intoArray(dst, dof + L);
        c1a.intoArray(dst, dof + 1 * dld); c1b.intoArray(dst, dof + 1 * dld + L);
        c2a.intoArray(dst, dof + 2 * dld); c2b.intoArray(dst, dof + 2 * dld + L);
        c3a.intoArray(dst, dof + 3 * dld); c3b.intoArray(dst, dof + 3 * dld + L);
    }
}
