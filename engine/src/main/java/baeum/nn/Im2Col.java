package baeum.nn;

import baeum.ops.Interrupts;
import baeum.storage.DType;
import baeum.storage.Storage;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * im2col and its adjoint as autograd ops, as PyTorch's {@code unfold} and {@code fold}, on the
 * window map of {@link Window2d}. {@link #unfold} turns {@code (N, C, H, W)} into
 * {@code (N, C*kh*kw, L)} whose column {@code o} holds the window under output position {@code o}
 * (zero in the padding): a convolution is then one matrix product with the flattened weight.
 * {@link #fold} adds the columns back onto the image, summing overlaps: a transposed convolution.
 * Each one's backward is the other. Float32 and float64.
 */
final class Im2Col {
    private Im2Col() {}

    /** Shape: {@code (N, C, H, W)} to {@code (N, C*kh*kw, oh*ow)} for the window {@code g} over {@code (H, W)}. */
    static Tensor unfold(Tensor input, Window2d g) {
        Tensor x = floating("unfold", input);
        int n = input.size(0), c = input.size(1);
        int[] map = g.planeMap();
        Storage out = Storage.allocate(x.dtype(), n * c * map.length);
        gather(x.storage(), x.storageOffset(), n * c, g.h() * g.w(), map, out);
        Tensor result = Tensor.wrap(out, new int[] {n, c * g.kh() * g.kw(), g.positions()});
        return NnNode.record("Im2ColBackward0", result, (grad, needs) -> {
            Tensor gc = grad.detach().contiguous();
            Storage dx = Storage.allocate(x.dtype(), n * c * g.h() * g.w());
            scatter(gc.storage(), gc.storageOffset(), n * c, g.h() * g.w(), map, dx);
            return new Tensor[] {Tensor.wrap(dx, input.shapeArray().clone())};
        }, input);
    }

    /**
     * Shape: {@code (N, C*kh*kw, L)} to {@code (N, C, H, W)}, where {@code g} is the window over
     * the output {@code (H, W)} and {@code L = g.positions()}.
     */
    static Tensor fold(Tensor columns, int channels, Window2d g) {
        Tensor cols = floating("fold", columns);
        int n = columns.size(0), hw = g.h() * g.w();
        int[] map = g.planeMap();
        Storage out = Storage.allocate(cols.dtype(), n * channels * hw);
        scatter(cols.storage(), cols.storageOffset(), n * channels, hw, map, out);
        Tensor result = Tensor.wrap(out, new int[] {n, channels, g.h(), g.w()});
        return NnNode.record("Col2ImBackward0", result, (grad, needs) -> {
            Tensor gc = grad.detach().contiguous();
            Storage dc = Storage.allocate(cols.dtype(), n * channels * map.length);
            gather(gc.storage(), gc.storageOffset(), n * channels, hw, map, dc);
            return new Tensor[] {Tensor.wrap(dc, columns.shapeArray().clone())};
        }, columns);
    }

    private static Tensor floating(String op, Tensor t) {
        if (!t.dtype().isFloatingPoint()) {
            throw new TensorError(op + ": expected a float32 or float64 tensor, got " + t.dtype() + " " + t.shape());
        }
        return t.detach().contiguous();
    }

    /** {@code dst[p*K + i] = src[off + p*hw + map[i]]} (0 where {@code map[i] < 0}), K = map length. */
    private static void gather(Storage src, int off, int planes, int hw, int[] map, Storage dst) {
        int kk = map.length;
        for (int p = 0; p < planes; p++) {
            Interrupts.check("im2col");
            int from = off + p * hw, to = p * kk;
            if (src.dtype == DType.FLOAT32) {
                for (int i = 0; i < kk; i++) {
                    dst.f[to + i] = map[i] < 0 ? 0f : src.f[from + map[i]];
                }
            } else {
                for (int i = 0; i < kk; i++) {
                    dst.d[to + i] = map[i] < 0 ? 0.0 : src.d[from + map[i]];
                }
            }
        }
    }

    /** {@code dst[p*hw + map[i]] += src[off + p*K + i]} where {@code map[i] >= 0}: the adjoint of {@link #gather}. */
    private static void scatter(Storage src, int off, int planes, int hw, int[] map, Storage dst) {
        int kk = map.length;
        for (int p = 0; p < planes; p++) {
            Interrupts.check("col2im");
            int from = off + p * kk, to = p * hw;
            for (int i = 0; i < kk; i++) {
                if (map[i] >= 0) {
                    if (src.dtype == DType.FLOAT32) {
                        dst.f[to + map[i]] += src.f[from + i];
                    } else {
                        dst.d[to + map[i]] += src.d[from + i];
                    }
                }
            }
        }
    }
}
