package baeum.optim;

import baeum.tensor.GradMode;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Limited-memory BFGS, PyTorch's {@code torch.optim.LBFGS}: a quasi-Newton method for smooth
 * full-batch problems. {@code step(closure)} runs up to {@code maxIter} iterations; the closure
 * clears the gradients, computes the loss, calls {@code backward()} and returns the loss.
 *
 * <p>All parameters form one vector x with gradient g. Each iteration k:
 * <pre>
 *   s = x_k − x_{k−1},  y = g_k − g_{k−1};  keep (s, y, ρ = 1/yᵀs) if yᵀs &gt; 1e-10 (at most historySize pairs)
 *   d = −H·g_k by the two-loop recursion, with H₀ = (yᵀs / yᵀy)·I   (first iteration: d = −g)
 *   t = lr  (first iteration: min(1, 1/‖g‖₁)·lr),  or a strong-Wolfe line search from there
 *   x ← x + t·d
 * </pre>
 * and stops early when max|g| ≤ toleranceGrad, when max|t·d| or the change of the loss falls below
 * toleranceChange, or after maxEval evaluations. Defaults: lr 1, maxIter 20, maxEval maxIter·5/4,
 * toleranceGrad 1e-7, toleranceChange 1e-9, historySize 100, lineSearchFn none (or
 * "strong_wolfe"). Only one parameter group; vectors are kept in double precision.
 *
 * <pre>
 * jshell> var x = tensor(-1.5f, 2f).requiresGrad_();      // minimize Rosenbrock's function
 * jshell> var opt = optim.lbfgs(List.of(x), 1).lineSearchFn("strong_wolfe").maxIter(100);
 * jshell> opt.step(() -> { opt.zeroGrad(); var a = x.get(0); var b = x.get(1); var loss = a.rsub(1).pow(2).add(b.sub(a.pow(2)).pow(2).mul(100)); loss.backward(); return loss; });
 * jshell> x
 * x ==> tensor([1.0000, 1.0000], requires_grad=True)
 * </pre>
 */
public final class LBFGS extends Optimizer {
    private final List<Tensor> params;

    public LBFGS(List<?> params, double lr) {
        super("LBFGS");
        option("lr", lr, NON_NEGATIVE);
        option("maxIter", 20.0, POSITIVE);
        option("maxEval", null, v -> v == null || (v instanceof Number x && x.doubleValue() > 0) ? null : "must be > 0");
        option("toleranceGrad", 1e-7, NON_NEGATIVE);
        option("toleranceChange", 1e-9, NON_NEGATIVE);
        option("historySize", 100.0, POSITIVE);
        option("lineSearchFn", null, v -> v == null || "strong_wolfe".equals(v) ? null
                : "must be \"strong_wolfe\" or null (the only line search supported)");
        addParams(params);
        if (paramGroups().size() != 1) {
            throw new TensorError("LBFGS doesn't support per-parameter options (parameter groups); pass one list");
        }
        this.params = paramGroups().get(0).params();
    }

    /** Iterations per {@code step} (default 20). */
    public LBFGS maxIter(int maxIter) {
        return with("maxIter", (double) maxIter);
    }

    /** Loss evaluations per {@code step} (default maxIter·5/4). */
    public LBFGS maxEval(int maxEval) {
        return with("maxEval", (double) maxEval);
    }

    /** Stop when the largest gradient element is this small (default 1e-7). */
    public LBFGS toleranceGrad(double tol) {
        return with("toleranceGrad", tol);
    }

    /** Stop when the step or the loss changes by less than this (default 1e-9). */
    public LBFGS toleranceChange(double tol) {
        return with("toleranceChange", tol);
    }

    /** How many (s, y) pairs to remember (default 100). */
    public LBFGS historySize(int size) {
        return with("historySize", (double) size);
    }

    /** "strong_wolfe" for a line search, null for fixed steps (default null). */
    public LBFGS lineSearchFn(String fn) {
        return with("lineSearchFn", fn);
    }

    @Override
    public void step() {
        throw new TensorError("LBFGS needs a closure that recomputes the loss: opt.step(() -> { opt.zeroGrad();"
                + " var loss = lossFn(); loss.backward(); return loss; })");
    }

    @Override
    protected void beginGroup(ParamGroup group) {
    }

    @Override
    protected void update(ParamState s, float[] p, int po, float[] g, int go, int n) {
        throw new IllegalStateException("LBFGS updates all parameters at once in step(closure)");
    }

    @Override
    public Tensor step(Supplier<Tensor> closure) {
        ParamGroup group = paramGroups().get(0);
        double lr = group.lr();
        int maxIter = (int) group.num("maxIter");
        int maxEval = group.get("maxEval") instanceof Number m ? m.intValue() : maxIter * 5 / 4;
        double tolGrad = group.num("toleranceGrad"), tolChange = group.num("toleranceChange");
        int historySize = (int) group.num("historySize");
        boolean lineSearch = group.get("lineSearchFn") != null;
        LbfgsMemory mem = LbfgsMemory.of(stateOf(params.get(0)));

        Tensor origLoss = evaluate(closure);
        double loss = origLoss.itemDouble();
        int currentEvals = 1;
        mem.funcEvals++;
        double[] flatGrad = flatGrad();
        if (LbfgsMemory.maxAbs(flatGrad) <= tolGrad) {
            mem.save();
            return origLoss;
        }
        int iter = 0;
        while (iter < maxIter) {
            iter++;
            mem.nIter++;
            if (mem.nIter == 1) {
                mem.reset(flatGrad);
            } else {
                mem.direction(flatGrad, historySize);
            }
            mem.prevFlatGrad = flatGrad.clone();
            mem.prevLoss = loss;
            mem.t = mem.nIter == 1 ? Math.min(1, 1 / LbfgsMemory.sumAbs(flatGrad)) * lr : lr;
            double gtd = LbfgsMemory.dot(flatGrad, mem.d);
            if (gtd > -tolChange) break;
            int lsEvals = 0;
            boolean optCond = false;
            if (lineSearch) {
                float[][] x = snapshot();
                double[] d = mem.d;
                var r = StrongWolfe.search(t -> directional(closure, x, t, d), mem.t, d, loss, flatGrad, gtd, tolChange);
                loss = r.f();
                flatGrad = r.g();
                mem.t = r.t();
                lsEvals = r.evals();
                addStep(mem.t, d);
                optCond = LbfgsMemory.maxAbs(flatGrad) <= tolGrad;
            } else {
                addStep(mem.t, mem.d);
                if (iter != maxIter) {
                    loss = evaluate(closure).itemDouble();
                    flatGrad = flatGrad();
                    optCond = LbfgsMemory.maxAbs(flatGrad) <= tolGrad;
                    lsEvals = 1;
                }
            }
            currentEvals += lsEvals;
            mem.funcEvals += lsEvals;
            if (iter == maxIter || currentEvals >= maxEval || optCond) break;
            if (LbfgsMemory.maxAbs(mem.d) * Math.abs(mem.t) <= tolChange) break;
            if (Math.abs(loss - mem.prevLoss) < tolChange) break;
        }
        mem.save();
        return origLoss;
    }

    private static Tensor evaluate(Supplier<Tensor> closure) {
        try (var on = GradMode.enable()) {
            Tensor loss = closure.get();
            if (loss == null || loss.numel() != 1) {
                throw new TensorError("LBFGS: the closure must return the loss (a one-element tensor), got "
                        + (loss == null ? "null" : "a tensor of shape " + loss.shape()));
            }
            return loss;
        }
    }

    private StrongWolfe.Eval directional(Supplier<Tensor> closure, float[][] x, double t, double[] d) {
        addStep(t, d);
        double loss = evaluate(closure).itemDouble();
        double[] g = flatGrad();
        restore(x);
        return new StrongWolfe.Eval(loss, g);
    }

    private double[] flatGrad() {
        int total = 0;
        for (Tensor p : params) total += (int) p.numel();
        double[] out = new double[total];
        int o = 0;
        for (Tensor p : params) {
            int n = (int) p.numel();
            if (p.grad() != null) {
                float[] g = p.grad().toFloatArray();
                for (int i = 0; i < n; i++) out[o + i] = g[i];
            }
            o += n;
        }
        return out;
    }

    private void addStep(double t, double[] d) {
        int o = 0;
        for (Tensor p : params) {
            float[] v = p.toFloatArray();
            for (int i = 0; i < v.length; i++) v[i] = (float) (v[i] + t * d[o + i]);
            write(p, v);
            o += v.length;
        }
    }

    private float[][] snapshot() {
        float[][] x = new float[params.size()][];
        for (int i = 0; i < x.length; i++) x[i] = params.get(i).toFloatArray();
        return x;
    }

    private void restore(float[][] x) {
        for (int i = 0; i < x.length; i++) write(params.get(i), x[i]);
    }

    private static void write(Tensor p, float[] v) {
        if (p.isContiguous()) {
            System.arraycopy(v, 0, p.storage().f, p.storageOffset(), v.length);
        } else {
            try (var off = GradMode.disable()) {
                p.data().copy_(Tensor.wrap(v, p.shapeArray().clone()));
            }
        }
        p.storage().bumpVersion("LBFGS.step");
    }
}
