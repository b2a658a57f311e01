package baeum.kernels;

import static baeum.kernels.MicroKernels.S;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;

/**
 * {@code exp}, {@code sigmoid} and {@code tanh} of float vectors (and of single floats, by the
 * same steps) built from IEEE additions, multiplications, divisions and fused multiply-adds only.
 * The Vector API's own {@code EXP} and {@code TANH} give different last bits interpreted and once
 * C2 has compiled them, so a seeded LSTM trained differently from run to run, depending on when
 * the JIT got there; these give the same bits in every mode, in every lane and in the scalar tail.
 *
 * <p>exp: {@code x = k·ln2 + r} with k rounded to the nearest integer and |r| ≤ ln2/2, then a
 * degree-7 polynomial for {@code e^r} (the classic single-precision minimax coefficients) and
 * {@code 2^k} built in the exponent bits; about 1 ulp. Arguments are clamped to [-87, 88], where
 * {@code 2^k} stays a normal float.
 *
 * <pre>{@code
 * jshell> VectorMath.exp(1f)
 * $1 ==> 2.7182817
 * }</pre>
 */
public final class VectorMath {
    private VectorMath() {}

    private static final float LOG2E = 1.44269504088896341f;
    /** ln 2 split in two: k·LN2_HI is exact for the k that occur. */
    private static final float LN2_HI = 0.693359375f, LN2_LO = -2.12194440e-4f;
    /** 1.5·2^23: adding and subtracting it rounds a float below 2^22 to the nearest integer. */
    private static final float ROUNDER = 12582912f;
    private static final float MIN_ARG = -87f, MAX_ARG = 88f;
    private static final float E0 = 1.9875691500e-4f, E1 = 1.3981999507e-3f, E2 = 8.3334519073e-3f,
            E3 = 4.1665795894e-2f, E4 = 1.6666665459e-1f, E5 = 5.0000001201e-1f;

    /** Shuffles pairing lane i with lane i ^ h, for h = L/2, L/4, ... 1. */
    private static final VectorShuffle<Float>[] HALVES = halves();

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Float>[] halves() {
        int steps = Integer.numberOfTrailingZeros(S.length());
        VectorShuffle<Float>[] h = new VectorShuffle[steps];
        for (int s = 0; s < steps; s++) {
            int d = S.length() >> (s + 1);
            h[s] = VectorShuffle.fromOp(S, i -> i ^ d);
        }
        return h;
    }

    /**
     * The sum of the lanes, always added in the same pairs (lane i with lane i + L/2, then the
     * halves of that, ...). {@code reduceLanes(ADD)} leaves the order open, and it differs
     * interpreted and compiled, so the same product gave different last bits run to run.
     */
    public static float sum(FloatVector v) {
        for (VectorShuffle<Float> h : HALVES) v = v.add(v.rearrange(h));
        return v.lane(0);
    }

    /** e^x, lane by lane. */
    public static FloatVector exp(FloatVector x) {
        x = x.max(MIN_ARG).min(MAX_ARG);
        FloatVector k = x.mul(LOG2E).add(ROUNDER).sub(ROUNDER);
        FloatVector r = k.fma(c(-LN2_HI), x);
        r = k.fma(c(-LN2_LO), r);
        FloatVector p = r.fma(E0, E1);
        p = p.fma(r, c(E2)).fma(r, c(E3)).fma(r, c(E4)).fma(r, c(E5));
        FloatVector y = p.mul(r.mul(r)).add(r).add(1f);
        IntVector bits = (IntVector) k.convert(VectorOperators.F2I, 0);
        return y.mul(bits.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats());
    }

    /** e^x by the same steps as {@link #exp(FloatVector)}: the same bits as any lane of it. */
    public static float exp(float x) {
        x = Math.min(Math.max(x, MIN_ARG), MAX_ARG);
        float k = x * LOG2E + ROUNDER - ROUNDER;
        float r = Math.fma(k, -LN2_HI, x);
        r = Math.fma(k, -LN2_LO, r);
        float p = Math.fma(r, E0, E1);
        p = Math.fma(Math.fma(Math.fma(Math.fma(p, r, E2), r, E3), r, E4), r, E5);
        float y = p * (r * r) + r + 1f;
        return y * Float.intBitsToFloat(((int) k + 127) << 23);
    }

    /** 1 / (1 + e^-x), lane by lane. */
    public static FloatVector sigmoid(FloatVector x) {
        return FloatVector.broadcast(S, 1f).div(exp(x.neg()).add(1f));
    }

    /** 1 / (1 + e^-x), the same bits as a lane of {@link #sigmoid(FloatVector)}. */
    public static float sigmoid(float x) {
        return 1f / (exp(-x) + 1f);
    }

    /**
     * tanh x as {@code 2σ(2x) - 1}, lane by lane: one exp, within 3e-7 absolutely but with a large
     * relative error near 0 (the LSTM cell's gates need the former, not the latter).
     */
    public static FloatVector tanhBySigmoid(FloatVector x) {
        return sigmoid(x.add(x)).mul(2f).sub(1f);
    }

    /** {@code 2σ(2x) - 1}, the same bits as a lane of {@link #tanhBySigmoid(FloatVector)}. */
    public static float tanhBySigmoid(float x) {
        return sigmoid(x + x) * 2f - 1f;
    }

    private static FloatVector c(float v) {
        return FloatVector.broadcast(S, v);
    }
}
