package baeum.nn;

import baeum.tensor.DType;
import baeum.tensor.Storage;
import baeum.tensor.Tensor;
import baeum.tensor.TensorError;

/**
 * im2col as an autograd op, as PyTorch's {@code unfold}: the input {@code (N, C, H, W)} becomes
 * {@code (N, C*kh*kw, L)} whose column {@code o} holds the window under output position {@code o}
 * (zero in the padding). A convolution is then one matrix product with the flattened weight.
 * Backward (col2im) adds each column entry back onto the input element it was read from.
 * Float32 and float64.
 */
final class Unfold {
    private Unfold() {}

    /** Shape: {@code (N, C, H, W)} to {@code (N, C*kh*kw, oh*ow)}. */
    static Tensor apply(Tensor input, Window2d g) {
        DType dt = input.dtype();
        if (!dt.isFloatingPoint()) {
            throw new TensorError("unfold: expected a float32 or float64 input, got " + dt + " " + input.shape());
        }
        Tensor x = input.detach().contiguous();
        int n = input.size(0), c = input.size(1), planes = n * c, hw = g.h() * g.w();
        int[] map = g.planeMap();
        int kk = map.length;
        Storage in = x.storage(), out = Storage.allocate(dt, planes * kk);
        int off = x.storageOffset();
        for (int p = 0; p < planes; p++) {
            int src = off + p * hw, dst = p * kk;
            if (dt == DType.FLOAT32) {
                for (int i = 0; i < kk; i++) {
                    out.f[dst + i] = map[i] < 0 ? 0f : in.f[src + map[i]];
                }
            } else {
                for (int i = 0; i < kk; i++) {
                    out.d[dst + i] = map[i] < 0 ? 0.0 : in.d[src + map[i]];
                }
            }
        }
        Tensor result = Tensor.wrap(out, new int[] {n, c * g.kh() * g.kw(), g.positions()});
        return NnNode.record("Im2ColBackward0", result, (grad, needs) -> {
            Tensor gc = grad.detach().contiguous();
            Storage gs = gc.storage(), dx = Storage.allocate(dt, planes * hw);
            int goff = gc.storageOffset();
            for (int p = 0; p < planes; p++) {
                int src = goff + p * kk, dst = p * hw;
                for (int i = 0; i < kk; i++) {
                    if (map[i] >= 0) {
                        if (dt == DType.FLOAT32) {
                            dx.f[dst + map[i]] += gs.f[src + i];
                        } else {
                            dx.d[dst + map[i]] += gs.d[src + i];
                        }
                    }
                }
            }
            return new Tensor[] {Tensor.wrap(dx, input.shapeArray().clone())};
        }, input);
    }
}
