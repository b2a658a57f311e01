package baeum.fused;

import baeum.kernels.Im2col;
import baeum.storage.Storage;
import baeum.tensor.Tensor;

/**
 * The float64 unfolding of conv and pooling: planes of {@code h x w} values to their window
 * columns {@code (planes, kh·kw, outH·outW)} and back, on {@link Im2col#planeMap} (the one
 * im2col, applied to a plane's indices). Float32 runs on the SIMD kernels instead.
 */
record Columns(String op, int[] map, int hw, int window, int positions) {

    static Columns of(String op, int h, int w, baeum.kernels.Window2d win) {
        return new Columns(op, Im2col.planeMap(h, w, win), h * w, win.kh() * win.kw(), win.outH(h) * win.outW(w));
    }

    /** {@code x} (any shape of whole planes, float64) as {@code (planes, window, positions)}; {@code fill} in the padding. */
    Tensor unfold(Tensor x, double fill) {
        Tensor xc = x.contiguous();
        int planes = (int) (xc.numel() / hw);
        double[] col = new double[planes * map.length];
        Im2col.gather(op, xc.storage().d, xc.storageOffset(), planes, hw, map, fill, col, 0);
        return Tensor.wrap(col, planes, window, positions);
    }

    /** Adds the columns {@code (planes, window, positions)} back onto planes of {@code shape} (the adjoint of unfold). */
    Tensor fold(Tensor columns, int... shape) {
        Tensor c = columns.contiguous();
        int planes = (int) (c.numel() / map.length);
        double[] dx = new double[planes * hw];
        Im2col.scatterAdd(op, c.storage().d, c.storageOffset(), planes, hw, map, dx, 0);
        return Tensor.wrap(Storage.of(dx), shape);
    }
}
