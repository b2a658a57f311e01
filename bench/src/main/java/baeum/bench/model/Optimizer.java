package baeum.bench.model;

import baeum.kernels.FastMomentUpdates;
import baeum.kernels.FastUpdates;
import baeum.tensor.Tensor;
import java.util.List;

/**
 * PyTorch's SGD (with momentum) and Adam on the vectorized update kernels that baeum.optim uses
 * ({@link FastUpdates}, {@link FastMomentUpdates}), without its parameter groups: each step updates
 * every parameter's storage in place from its gradient. Parameters without a gradient are skipped.
 */
public abstract class Optimizer {
    final List<Tensor> params;
    final float[][] state1, state2;
    long steps;

    Optimizer(List<Tensor> params) {
        this.params = params;
        state1 = new float[params.size()][];
        state2 = new float[params.size()][];
        for (int i = 0; i < params.size(); i++) {
            int n = (int) params.get(i).numel();
            state1[i] = new float[n];
            state2[i] = new float[n];
        }
    }

    /** {@code torch.optim.SGD(params, lr, momentum)}. */
    public static Optimizer sgd(List<Tensor> params, float lr, float momentum) {
        return new Optimizer(params) {
            void update(int i, float[] p, float[] g, int n) {
                FastUpdates.sgdMomentum(p, 0, g, 0, state1[i], n, lr, momentum, 0f, false, steps == 1);
            }
        };
    }

    /** {@code torch.optim.Adam(params, lr)} with betas (0.9, 0.999), eps 1e-8. */
    public static Optimizer adam(List<Tensor> params, float lr) {
        return new Optimizer(params) {
            void update(int i, float[] p, float[] g, int n) {
                float stepSize = (float) (lr / (1 - Math.pow(0.9, steps)));
                float bc2Sqrt = (float) Math.sqrt(1 - Math.pow(0.999, steps));
                FastMomentUpdates.adam(p, 0, g, 0, state1[i], state2[i], null, n, 0.9f, 0.999f, stepSize, bc2Sqrt, 1e-8f, 1f);
            }
        };
    }

    /** Updates parameter {@code i} (its array {@code p}) from its gradient {@code g}, both from 0. */
    abstract void update(int i, float[] p, float[] g, int n);

    public void step() {
        steps++;
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i), g = p.grad();
            if (g == null) continue;
            if (p.storageOffset() != 0 || !p.isContiguous()) {
                throw new IllegalStateException("optimizer: parameter " + i + " must own its storage");
            }
            Tensor gc = g.contiguous();
            float[] ga = gc.storageOffset() == 0 ? gc.storage().f : gc.toFloatArray();
            update(i, p.storage().f, ga, (int) p.numel());
        }
    }
}
