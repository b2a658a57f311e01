package baeum.kernels;

import static baeum.kernels.MicroKernels.L;
import static baeum.kernels.MicroKernels.S;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Optimizer updates on raw parameter arrays, vectorized, with PyTorch's algorithms (as written in
 * the {@code torch.optim.SGD} and {@code torch.optim.Adam} docs, without the amsgrad/maximize/
 * nesterov variants): one pass over the parameter, its gradient and its state.
 *
 * <pre>{@code
 * jshell> float[] p = {1}, g = {0.5f}, m = new float[1], v = new float[1];
 * jshell> OptimKernels.adam(p, g, m, v, 0, 1, 1e-3f, 0.9f, 0.999f, 1e-8f, 0f, 1);
 * jshell> p[0]
 * $3 ==> 0.999
 * }</pre>
 *
 * Shape: every array holds at least {@code off + n} elements; the update touches that range.
 */
public final class OptimKernels {
    private OptimKernels() {}

    /**
     * SGD: {@code g += wd·p}; with momentum {@code buf = μ·buf + (1−dampening)·g} (on the first
     * step {@code buf = g}: pass {@code firstStep}), {@code g = buf}; then {@code p −= lr·g}.
     * {@code buf} may be null when momentum is 0.
     */
    public static void sgd(float[] p, float[] g, float[] buf, int off, int n, float lr,
            float momentum, float dampening, float weightDecay, boolean firstStep) {
        for (int i = off; i < off + n; i++) {
            float d = g[i] + weightDecay * p[i];
            if (momentum != 0f) {
                float bi = firstStep ? d : momentum * buf[i] + (1f - dampening) * d;
                buf[i] = bi;
                d = bi;
            }
            p[i] -= lr * d;
        }
    }

    /**
     * Adam, step {@code t} (1-based): {@code g += wd·p}; {@code m = β1·m + (1−β1)·g};
     * {@code v = β2·v + (1−β2)·g²}; {@code p −= lr·(m/(1−β1ᵗ)) / (sqrt(v/(1−β2ᵗ)) + eps)}.
     */
    public static void adam(float[] p, float[] g, float[] m, float[] v, int off, int n, float lr,
            float beta1, float beta2, float eps, float weightDecay, long t) {
        float bc1 = (float) (1 - Math.pow(beta1, t));
        float bc2Sqrt = (float) Math.sqrt(1 - Math.pow(beta2, t));
        float stepSize = lr / bc1;
        float c1 = 1f - beta1, c2 = 1f - beta2, invBc2Sqrt = 1f / bc2Sqrt;
        int i = off, end = off + n, vend = off + S.loopBound(n);
        for (; i < vend; i += L) {
            var pv = FloatVector.fromArray(S, p, i);
            var gv = FloatVector.fromArray(S, g, i);
            if (weightDecay != 0f) gv = pv.mul(weightDecay).add(gv);
            var mv = FloatVector.fromArray(S, m, i).mul(beta1).add(gv.mul(c1));
            var vv = FloatVector.fromArray(S, v, i).mul(beta2).add(gv.mul(gv).mul(c2));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            var denom = vv.lanewise(VectorOperators.SQRT).mul(invBc2Sqrt).add(eps);
            pv.sub(mv.mul(stepSize).div(denom)).intoArray(p, i);
        }
        for (; i < end; i++) {
            float gi = g[i] + weightDecay * p[i];
            float mi = beta1 * m[i] + c1 * gi;
            float vi = beta2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            p[i] -= stepSize * mi / ((float) Math.sqrt(vi) * invBc2Sqrt + eps);
        }
    }
}
