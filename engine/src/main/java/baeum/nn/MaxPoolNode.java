package baeum.nn;

import baeum.tensor.DType;
import baeum.tensor.Storage;
import baeum.tensor.Tensor;
import baeum.tensor.TensorError;

/**
 * 2-d max pooling as one autograd op: forward takes the maximum of each window (padding never
 * wins; the first maximum on ties, NaN propagates) and remembers where it was; backward sends
 * each output gradient to that input element. Float32 and float64.
 */
final class MaxPoolNode {
    private MaxPoolNode() {}

    /** Shape: {@code (N, C, H, W)} to {@code (N, C, oh, ow)}. */
    static Tensor apply(Tensor input, Window2d g) {
        DType dt = input.dtype();
        if (!dt.isFloatingPoint()) {
            throw new TensorError("maxPool2d: expected a float32 or float64 input, got " + dt + " " + input.shape());
        }
        Tensor x = input.detach().contiguous();
        int n = input.size(0), c = input.size(1), planes = n * c, hw = g.h() * g.w(), positions = g.positions();
        int[] map = g.planeMap();
        int window = g.kh() * g.kw();
        Storage in = x.storage(), out = Storage.allocate(dt, planes * positions);
        int[] argmax = new int[planes * positions];
        int off = x.storageOffset();
        double[] values = dt == DType.FLOAT64 ? out.d : new double[planes * positions];
        for (int p = 0; p < planes; p++) {
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
                values[p * positions + o] = bestValue;
            }
        }
        if (dt == DType.FLOAT32) {
            for (int i = 0; i < values.length; i++) {
                out.f[i] = (float) values[i];
            }
        }
        Tensor result = Tensor.wrap(out, new int[] {n, c, g.oh(), g.ow()});
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
}
