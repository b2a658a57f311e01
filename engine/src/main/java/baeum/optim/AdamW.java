package baeum.optim;

import java.util.List;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter, 2019), PyTorch's
 * {@code torch.optim.AdamW}: the same update as {@link Adam}, except that weight decay shrinks
 * the parameter directly instead of being added to the gradient:
 * <pre>
 *   θ ← θ·(1 − γλ)            (then Adam's update, with g not changed by λ)
 * </pre>
 * Defaults: betas (0.9, 0.999), eps 1e-8, weightDecay 1e-2, amsgrad false.
 *
 * <pre>
 * jshell> var opt = optim.adamW(nn.linear(4, 3).parameters(), 1e-3).weightDecay(0.05)
 * </pre>
 */
public final class AdamW extends Adam {
    public AdamW(List<?> params, double lr) {
        super("AdamW", params, lr, 1e-2, true);
    }
}
