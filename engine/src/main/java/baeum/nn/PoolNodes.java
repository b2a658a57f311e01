package baeum.nn;

import baeum.ops.Interrupts;
import baeum.storage.DType;
import baeum.storage.Storage;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;

/**
 * 2-d max and average pooling, each one autograd op with forward and backward side by side, on
 * the window map of {@link Window2d}. Max: the maximum of each window (padding never wins; the
 * first maximum on ties; NaN propagates), backward sends each gradient to that element. Average:
 * the window's sum times a per-position factor (1 / divisor), backward spreads each gradient
 * over the window with the same factor. Float32 and float64.
 */
final class PoolNodes {
    private PoolNodes() {}

    /** Max pooling. Shape: {@code (N, C, H, W)} to {@code (N, C, oh, ow)}. */
    static Tensor max(Tensor input, Window2d g) {
        Tensor x = contiguous("maxPool2d", input);
        DType dt = x.dtype();
        int planes = input.size(0) * input.size(1), hw = g.h() * g.w(), positions = g.positions();
        int[] map = g.planeMap();
        int window = g.kh() * g.kw();
        Storage in = x.storage(), out = Storage.allocate(dt, planes * positions);
        int[] argmax = new int[planes * positions];
        int off = x.storageOffset();
        for (int p = 0; p < planes; p++) {
            Interrupts.check("pooling");
            int src = off + p * hw;
            for (int o = 0; o < positions; o++) {
                int best = -1;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int q = 0; q < window; q++) {
                    int at = map[q * positions + o];
                    if (at < 0) {
                        continue;
                    }
                    double v = dt == DType.FLOAT32 ? in.f[src + at] : in.d[src + at];
                    if (best < 0 || v > bestValue || Double.isNaN(v)) {
                        best = at;
                        bestValue = v;
                        if (Double.isNaN(v)) {
                            break;
                        }
                    }
                }
                argmax[p * positions + o] = best;
                if (dt == DType.FLOAT32) {
                    out.f[p * positions + o] = (float) bestValue;
                } else {
                    out.d[p * positions + o] = bestValue;
                }
            }
        }
        Tensor result = Tensor.wrap(out, new int[] {input.size(0), input.size(1), g.oh(), g.ow()});
        return NnNode.record("MaxPool2DWithIndicesBackward0", result, (grad, needs) -> {
            double[] gv = grad.toDoubleArray();
            double[] dx = new double[planes * hw];
            for (int p = 0; p < planes; p++) {
                for (int o = 0; o < positions; o++) {
                    dx[p * hw + argmax[p * positions + o]] += gv[p * positions + o];
                }
            }
            return new Tensor[] {NnTensors.fromDoublesLike(dx, input)};
        }, input);
    }

    /** Average pooling with {@code factor[o] = 1 / divisor} per output position. Shape: as {@link #max}. */
    static Tensor avg(Tensor input, Window2d g, double[] factor) {
        Tensor x = contiguous("avgPool2d", input);
        int planes = input.size(0) * input.size(1), hw = g.h() * g.w(), positions = g.positions();
        int[] map = g.planeMap();
        int window = g.kh() * g.kw();
        Storage in = x.storage();
        int off = x.storageOffset();
        double[] out = new double[planes * positions];
        for (int p = 0; p < planes; p++) {
            Interrupts.check("pooling");
            int src = off + p * hw;
            for (int q = 0; q < window; q++) {
                for (int o = 0; o < positions; o++) {
                    int at = map[q * positions + o];
                    if (at >= 0) {
                        out[p * positions + o] += in.dtype == DType.FLOAT32 ? in.f[src + at] : in.d[src + at];
                    }
                }
            }
            for (int o = 0; o < positions; o++) {
                out[p * positions + o] *= factor[o];
            }
        }
        Tensor result = Tensor.wrap(Storage.fromDoubles(x.dtype(), out), new int[] {input.size(0), input.size(1), g.oh(), g.ow()});
        return NnNode.record("AvgPool2DBackward0", result, (grad, needs) -> {
            double[] gv = grad.toDoubleArray();
            double[] dx = new double[planes * hw];
            for (int p = 0; p < planes; p++) {
                for (int q = 0; q < window; q++) {
                    for (int o = 0; o < positions; o++) {
                        int at = map[q * positions + o];
                        if (at >= 0) {
                            dx[p * hw + at] += gv[p * positions + o] * factor[o];
                        }
                    }
                }
            }
            return new Tensor[] {NnTensors.fromDoublesLike(dx, input)};
        }, input);
    }

    private static Tensor contiguous(String op, Tensor input) {
        if (!input.dtype().isFloatingPoint()) {
            throw new TensorError(op + ": expected a float32 or float64 input, got " + input.dtype() + " " + input.shape());
        }
        return input.detach().contiguous();
    }
}
