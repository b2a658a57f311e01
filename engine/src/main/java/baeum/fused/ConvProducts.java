package baeum.fused;

import baeum.kernels.Conv2d;
import baeum.storage.DType;
import baeum.tensor.GradMode;
import baeum.tensor.Tensor;

/**
 * The three products a convolution and its transpose are made of, for one {@link Conv2d.Geometry}:
 * {@link #conv} (x, weight → y), {@link #inputGrad} (dy, weight → dx) and {@link #weightGrad}
 * (x, dy → dweight); with {@link #addBias} and {@link #biasGrad}. Float32 runs on the
 * {@link Conv2d} kernels; float64 (gradient checks) unfolds with {@link Columns} and multiplies
 * with the engine's matmul. Tensors in and out are contiguous, x (N, C, H, W), weight
 * (O, C/groups, kh, kw), y (N, O, outH, outW).
 */
record ConvProducts(Conv2d.Geometry g, Columns columns) {

    static ConvProducts of(String op, Conv2d.Geometry g, DType dtype) {
        return new ConvProducts(g, dtype == DType.FLOAT64 ? Columns.of(op, g.h(), g.w(), g.win()) : null);
    }

    /** {@code y = conv2d(x, weight)}; float32 keeps the unfolded x in {@code keep} ({@link Conv2d#colsSize}, or null). */
    Tensor conv(Tensor x, Tensor w, float[] keep) {
        if (columns == null) {
            float[] y = new float[g.outputSize()];
            Conv2d.forward(g, Inputs.data(x), Inputs.offset(x), Inputs.data(w), Inputs.offset(w), null, 0, y, 0, keep);
            return Tensor.wrap(y, g.batch(), g.outChannels(), g.outH(), g.outW());
        }
        try (var off = GradMode.disable()) {
            return w.reshape(g.groups(), g.outChannels() / g.groups(), -1).matmul(unfold(x))
                    .reshape(g.batch(), g.outChannels(), g.outH(), g.outW());
        }
    }

    /** {@code dx} of {@link #conv} for the output gradient {@code dy}: the transposed convolution of dy. */
    Tensor inputGrad(Tensor dy, Tensor w) {
        if (columns == null) {
            float[] dx = new float[g.inputSize()];
            Conv2d.backward(g, null, 0, Inputs.data(w), Inputs.offset(w), Inputs.data(dy), Inputs.offset(dy),
                    dx, 0, null, 0, null, 0);
            return Tensor.wrap(dx, g.batch(), g.inChannels(), g.h(), g.w());
        }
        try (var off = GradMode.disable()) {
            Tensor dcols = w.reshape(g.groups(), g.outChannels() / g.groups(), -1).transpose(1, 2).matmul(outputs(dy));
            return columns.fold(dcols, g.batch(), g.inChannels(), g.h(), g.w());
        }
    }

    /** {@code dweight} of {@link #conv}; float32 reuses the unfolded x kept by conv ({@code kept}, or null). */
    Tensor weightGrad(Tensor x, Tensor dy, int[] weightShape, float[] kept) {
        if (columns == null) {
            float[] dw = new float[g.weightSize()];
            Conv2d.backward(g, Inputs.data(x), Inputs.offset(x), null, 0, Inputs.data(dy), Inputs.offset(dy),
                    null, 0, dw, 0, null, 0, kept);
            return Tensor.wrap(dw, weightShape.clone());
        }
        try (var off = GradMode.disable()) {
            return outputs(dy).matmul(unfold(x).transpose(2, 3)).sum(0).reshape(weightShape);
        }
    }

    /** {@code y + bias} per channel (dim 1) of {@code y} (N, channels, h, w), in place for float32. */
    static Tensor addBias(Tensor y, Tensor bias) {
        if (bias == null) return y;
        if (y.dtype() == DType.FLOAT32) {
            int[] s = y.shapeArray();
            Conv2d.addBias(Inputs.data(y), Inputs.offset(y), s[0], s[1], s[2] * s[3], Inputs.data(bias), Inputs.offset(bias));
            return y;
        }
        try (var off = GradMode.disable()) {
            return y.add(bias.reshape(bias.size(0), 1, 1));
        }
    }

    /** The gradient of {@link #addBias}: {@code dy} summed over all but the channel dim. */
    static Tensor biasGrad(Tensor dy) {
        int[] s = dy.shapeArray();
        if (dy.dtype() == DType.FLOAT32) {
            float[] db = new float[s[1]];
            Conv2d.biasGrad(Inputs.data(dy), Inputs.offset(dy), s[0], s[1], s[2] * s[3], db, 0);
            return Tensor.wrap(db, s[1]);
        }
        return dy.sum(new int[] {0, 2, 3}, false);
    }

    /** x (N, C, H, W) as its window columns, one matrix per group: (N, groups, C/groups·kh·kw, L). */
    private Tensor unfold(Tensor x) {
        return columns.unfold(x, 0).reshape(g.batch(), g.groups(), -1, g.outH() * g.outW());
    }

    /** dy (N, O, outH, outW) as one matrix per group: (N, groups, O/groups, L). */
    private Tensor outputs(Tensor dy) {
        return dy.reshape(g.batch(), g.groups(), g.outChannels() / g.groups(), g.outH() * g.outW());
    }
}
