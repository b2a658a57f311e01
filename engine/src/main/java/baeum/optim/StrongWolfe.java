package baeum.optim;

/**
 * The strong-Wolfe line search that {@link LBFGS} uses with {@code lineSearchFn("strong_wolfe")}
 * (Nocedal and Wright, Numerical Optimization, Algorithms 3.5 and 3.6, as in PyTorch and
 * minFunc): first step out until a point breaks the sufficient-decrease condition or the slope
 * turns non-negative, which brackets an acceptable step; then shrink the bracket by safeguarded
 * cubic interpolation ("zoom") until a step t satisfies
 * <pre>
 *   f(x + t·d) ≤ f(x) + c1·t·∇f(x)ᵀd        and        |∇f(x + t·d)ᵀd| ≤ −c2·∇f(x)ᵀd
 * </pre>
 * with c1 = 1e-4, c2 = 0.9, at most 25 evaluations.
 */
final class StrongWolfe {
    private static final double C1 = 1e-4, C2 = 0.9;
    private static final int MAX_LS = 25;

    private StrongWolfe() {
    }

    /** The loss and flat gradient at x + t·d. */
    record Eval(double f, double[] g) {
    }

    /** Evaluates the objective along the search direction. */
    interface Line {
        Eval at(double t);
    }

    /** The accepted step t, the loss and gradient there, and how many evaluations it took. */
    record Result(double f, double[] g, double t, int evals) {
    }

    static Result search(Line line, double t, double[] d, double f, double[] g, double gtd, double tolChange) {
        double dNorm = LbfgsMemory.maxAbs(d);
        Eval e = line.at(t);
        int evals = 1;
        double gtdNew = LbfgsMemory.dot(e.g(), d);
        double tPrev = 0, fPrev = f, gtdPrev = gtd;
        double[] gPrev = g.clone();
        boolean done = false;
        int iter = 0;
        double[] at = null, fs = null, gtds = new double[2];
        double[][] gs = null;
        while (iter < MAX_LS) {
            boolean decreaseFails = e.f() > f + C1 * t * gtd || (iter > 1 && e.f() >= fPrev);
            if (!decreaseFails && Math.abs(gtdNew) <= -C2 * gtd) {
                at = new double[] {t, t};
                fs = new double[] {e.f(), e.f()};
                gs = new double[][] {e.g(), e.g()};
                done = true;
                break;
            }
            if (decreaseFails || gtdNew >= 0) {
                at = new double[] {tPrev, t};
                fs = new double[] {fPrev, e.f()};
                gs = new double[][] {gPrev, e.g().clone()};
                gtds = new double[] {gtdPrev, gtdNew};
                break;
            }
            double lo = t + 0.01 * (t - tPrev), hi = t * 10, previous = t;
            t = cubicMin(tPrev, fPrev, gtdPrev, t, e.f(), gtdNew, lo, hi);
            tPrev = previous;
            fPrev = e.f();
            gPrev = e.g().clone();
            gtdPrev = gtdNew;
            e = line.at(t);
            evals++;
            gtdNew = LbfgsMemory.dot(e.g(), d);
            iter++;
        }
        if (iter == MAX_LS) {
            at = new double[] {0, t};
            fs = new double[] {f, e.f()};
            gs = new double[][] {g, e.g()};
        }
        int low = fs[0] <= fs[1] ? 0 : 1, high = 1 - low;
        boolean insufficientProgress = false;
        while (!done && iter < MAX_LS) {
            if (Math.abs(at[1] - at[0]) * dNorm < tolChange) break;
            t = cubicMin(at[0], fs[0], gtds[0], at[1], fs[1], gtds[1], Math.min(at[0], at[1]), Math.max(at[0], at[1]));
            double max = Math.max(at[0], at[1]), min = Math.min(at[0], at[1]), eps = 0.1 * (max - min);
            if (Math.min(max - t, t - min) < eps) {
                if (insufficientProgress || t >= max || t <= min) {
                    t = Math.abs(t - max) < Math.abs(t - min) ? max - eps : min + eps;
                    insufficientProgress = false;
                } else {
                    insufficientProgress = true;
                }
            } else {
                insufficientProgress = false;
            }
            e = line.at(t);
            evals++;
            gtdNew = LbfgsMemory.dot(e.g(), d);
            iter++;
            if (e.f() > f + C1 * t * gtd || e.f() >= fs[low]) {
                at[high] = t;
                fs[high] = e.f();
                gs[high] = e.g().clone();
                gtds[high] = gtdNew;
                low = fs[0] <= fs[1] ? 0 : 1;
                high = 1 - low;
            } else {
                if (Math.abs(gtdNew) <= -C2 * gtd) {
                    done = true;
                } else if (gtdNew * (at[high] - at[low]) >= 0) {
                    at[high] = at[low];
                    fs[high] = fs[low];
                    gs[high] = gs[low];
                    gtds[high] = gtds[low];
                }
                at[low] = t;
                fs[low] = e.f();
                gs[low] = e.g().clone();
                gtds[low] = gtdNew;
            }
        }
        return new Result(fs[low], gs[low], at[low], evals);
    }

    /**
     * The minimizer, clamped to [lo, hi], of the cubic through (x1, f1) and (x2, f2) with slopes
     * g1 and g2; the middle of [lo, hi] when the cubic has no minimum.
     */
    static double cubicMin(double x1, double f1, double g1, double x2, double f2, double g2, double lo, double hi) {
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2sq = d1 * d1 - g1 * g2;
        if (d2sq < 0) return (lo + hi) / 2;
        double d2 = Math.sqrt(d2sq);
        double x = x1 <= x2
                ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
        return Math.min(Math.max(x, lo), hi);
    }
}
