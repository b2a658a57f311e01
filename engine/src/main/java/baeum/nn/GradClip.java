package baeum.nn;

import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/** Gradient clipping, as {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}. */
public final class GradClip {
    private GradClip() {}

    /**
     * Scales all gradients together so that their joint {@code normType}-norm is at most
     * {@code maxNorm}: {@code g *= min(1, maxNorm / (norm + 1e-6))}; parameters without a gradient
     * are skipped. Returns the norm before clipping (a scalar tensor); {@code normType} may be
     * {@code Double.POSITIVE_INFINITY} (the largest |g|).
     */
    public static Tensor clipGradNorm(Iterable<Tensor> parameters, double maxNorm, double normType) {
        if (!(normType > 0)) {
            throw new TensorError("clipGradNorm: norm_type must be positive, got " + normType);
        }
        double total = 0;
        java.util.List<Tensor> grads = new java.util.ArrayList<>();
        for (Tensor p : parameters) {
            Tensor g = p.grad();
            if (g == null) {
                continue;
            }
            grads.add(g);
            for (double v : NnTensors.doubles(g)) {
                double a = Math.abs(v);
                total = Double.isInfinite(normType) ? Math.max(total, a) : total + Math.pow(a, normType);
            }
        }
        double norm = Double.isInfinite(normType) ? total : Math.pow(total, 1 / normType);
        double coef = Math.min(1.0, maxNorm / (norm + 1e-6));
        if (coef < 1.0) {
            for (Tensor g : grads) {
                g.mul_(coef);
            }
        }
        return NnTensors.scalar(norm);
    }

    /** {@link #clipGradNorm(Iterable, double, double)} with the 2-norm. */
    public static Tensor clipGradNorm(Iterable<Tensor> parameters, double maxNorm) {
        return clipGradNorm(parameters, maxNorm, 2.0);
    }

    /** Clamps every gradient entry into {@code [-clipValue, clipValue]}, in place. */
    public static void clipGradValue(Iterable<Tensor> parameters, double clipValue) {
        for (Tensor p : parameters) {
            if (p.grad() != null) {
                p.grad().clamp_(-clipValue, clipValue);
            }
        }
    }
}
