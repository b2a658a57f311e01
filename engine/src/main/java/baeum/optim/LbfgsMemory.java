package baeum.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * The memory of {@link LBFGS}: the last direction and step, the (s, y, ρ) history and the
 * scaling H₀, read from and written back to the first parameter's state (PyTorch's key names),
 * plus the two-loop recursion that turns them into the next direction.
 */
final class LbfgsMemory {
    final ParamState state;
    double[] d, prevFlatGrad;
    double t, hDiag = 1, prevLoss;
    List<double[]> oldDirs = new ArrayList<>(), oldSteps = new ArrayList<>();
    List<Double> ro = new ArrayList<>();
    long nIter, funcEvals;

    private LbfgsMemory(ParamState state) {
        this.state = state;
    }

    @SuppressWarnings("unchecked")
    static LbfgsMemory of(ParamState s) {
        var m = new LbfgsMemory(s);
        m.nIter = (long) s.scalar("n_iter", 0);
        m.funcEvals = (long) s.scalar("func_evals", 0);
        if (m.nIter > 0 && s.get("d") instanceof double[] d) {
            m.d = d;
            m.t = s.scalar("t", 0);
            m.hDiag = s.scalar("H_diag", 1);
            m.prevLoss = s.scalar("prev_loss", 0);
            m.prevFlatGrad = (double[]) s.get("prev_flat_grad");
            m.oldDirs = new ArrayList<>((List<double[]>) s.get("old_dirs"));
            m.oldSteps = new ArrayList<>((List<double[]>) s.get("old_stps"));
            for (double r : (double[]) s.get("ro")) m.ro.add(r);
        }
        return m;
    }

    void reset(double[] flatGrad) {
        d = new double[flatGrad.length];
        for (int i = 0; i < d.length; i++) d[i] = -flatGrad[i];
        oldDirs.clear();
        oldSteps.clear();
        ro.clear();
        hDiag = 1;
    }

    /** Updates the (s, y) memory from the new gradient and sets d = −H·g by the two-loop recursion. */
    void direction(double[] flatGrad, int historySize) {
        int n = flatGrad.length;
        double[] y = new double[n], s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = flatGrad[i] - prevFlatGrad[i];
            s[i] = d[i] * t;
        }
        double ys = dot(y, s);
        if (ys > 1e-10) {
            if (oldDirs.size() == historySize) {
                oldDirs.remove(0);
                oldSteps.remove(0);
                ro.remove(0);
            }
            oldDirs.add(y);
            oldSteps.add(s);
            ro.add(1 / ys);
            hDiag = ys / dot(y, y);
        }
        int k = oldDirs.size();
        double[] al = new double[k];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) q[i] = -flatGrad[i];
        for (int j = k - 1; j >= 0; j--) {
            al[j] = dot(oldSteps.get(j), q) * ro.get(j);
            double[] yj = oldDirs.get(j);
            for (int i = 0; i < n; i++) q[i] -= al[j] * yj[i];
        }
        for (int i = 0; i < n; i++) q[i] *= hDiag;
        for (int j = 0; j < k; j++) {
            double be = dot(oldDirs.get(j), q) * ro.get(j);
            double[] sj = oldSteps.get(j);
            for (int i = 0; i < n; i++) q[i] += (al[j] - be) * sj[i];
        }
        d = q;
    }

    void save() {
        state.put("func_evals", (double) funcEvals);
        state.put("n_iter", (double) nIter);
        if (d == null) return;
        state.put("d", d);
        state.put("t", t);
        state.put("old_dirs", List.copyOf(oldDirs));
        state.put("old_stps", List.copyOf(oldSteps));
        double[] r = new double[ro.size()];
        for (int i = 0; i < r.length; i++) r[i] = ro.get(i);
        state.put("ro", r);
        state.put("H_diag", hDiag);
        state.put("prev_flat_grad", prevFlatGrad);
        state.put("prev_loss", prevLoss);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }

    static double sumAbs(double[] a) {
        double s = 0;
        for (double v : a) s += Math.abs(v);
        return s;
    }
}
