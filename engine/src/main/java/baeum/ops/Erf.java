package baeum.ops;

/**
 * The error function {@code erf(x) = 2/sqrt(π) ∫₀ˣ exp(-t²) dt}: the formula of the unary op
 * {@code erf} (used by the exact GELU). Below |x| = 3 a Taylor series (double
 * precision to about 1e-13); above, {@code 1 - erfc(x)} with a Chebyshev-fitted erfc (relative
 * error below 1.2e-7 of an erfc under 2.3e-5).
 */
public final class Erf {
    private Erf() {}

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /**
     * erf(x) in double precision.
     *
     * <pre>
     * jshell> baeum.ops.Erf.erf(0)
     * $1 ==> 0.0
     * </pre>
     */
    public static double erf(double x) {
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
