package baeum.nn;

import baeum.tensor.Tensor;

/**
 * The error function {@code erf(x) = 2/sqrt(π) ∫₀ˣ exp(-t²) dt}, for the exact GELU (whose node
 * holds the derivative). Below |x| = 3 a Taylor series (double
 * precision to about 1e-13); above, {@code 1 - erfc(x)} with a Chebyshev-fitted erfc (relative
 * error below 1.2e-7 of an erfc under 2.3e-5).
 */
final class Erf {
    private Erf() {}

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /** erf of each element, in x's dtype (no graph: GELU, its one user, records its own node). */
    static Tensor apply(Tensor x) {
        double[] v = NnTensors.doubles(x);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = erf(v[i]);
        }
        return NnTensors.fromDoublesLike(out, x);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 3) {
            double term = x, sum = x, x2 = x * x;
            for (int n = 1; n < 60; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return TWO_OVER_SQRT_PI * sum;
        }
        double t = 1 / (1 + 0.5 * a);
        double erfc = t * Math.exp(-a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return Math.copySign(1 - erfc, x);
    }
}
