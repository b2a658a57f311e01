package baeum.data;

import baeum.storage.DType;
import baeum.tensor.Rng;
import baeum.storage.Shape;
import baeum.tensor.Tensor;
import baeum.storage.TensorError;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The image transforms of torchvision that the course uses, on float tensors whose last two
 * dimensions are height and width: (H, W), (C, H, W), or a batch (N, C, H, W). Each returns a new
 * tensor. Random transforms draw from the engine's generator, so {@code manualSeed} makes them
 * reproducible.
 */
public final class Transforms {
    private Transforms() {
    }

    /** Applies the transforms left to right. */
    @SafeVarargs
    public static Transform compose(UnaryOperator<Tensor>... steps) {
        UnaryOperator<Tensor>[] all = steps.clone();
        String names = String.join(", ", Arrays.stream(all).map(String::valueOf).toList());
        return new Transform("Compose(" + names + ")", x -> {
            for (UnaryOperator<Tensor> t : all) x = t.apply(x);
            return x;
        });
    }

    /**
     * (x − mean[c]) / std[c] for each channel c (dim −3), or with one mean and std for every
     * element. Shape: (C, H, W) → (C, H, W).
     */
    public static Transform normalize(double[] mean, double[] std) {
        if (mean.length != std.length || mean.length == 0) {
            throw new TensorError("normalize: give as many stds as means (got " + mean.length + " and " + std.length + ")");
        }
        for (double s : std) if (s == 0) throw new TensorError("normalize: std must not be 0");
        double[] m = mean.clone(), sd = std.clone();
        return new Transform("Normalize(mean=" + Arrays.toString(m) + ", std=" + Arrays.toString(sd) + ")", x -> {
            float[] a = floats("normalize", x);
            int[] shape = x.shapeArray();
            int channels = m.length == 1 ? 1 : channelsOf("normalize", shape, m.length);
            int plane = m.length == 1 ? a.length : shape[shape.length - 1] * shape[shape.length - 2];
            for (int i = 0; i < a.length; i++) {
                int c = m.length == 1 ? 0 : (i / plane) % channels;
                a[i] = (float) ((a[i] - m[c]) / sd[c]);
            }
            return Tensor.wrap(a, shape.clone());
        });
    }

    /**
     * An image as stored (values 0..255, shape (H, W) or (H, W, C), any dtype) to a float tensor in
     * [0, 1] with channels first, as torchvision's {@code ToTensor}. Shape: (H, W, C) → (C, H, W);
     * (H, W) → (1, H, W).
     */
    public static Transform toTensor() {
        return new Transform("ToTensor()", x -> {
            int[] s = x.shapeArray();
            if (s.length != 2 && s.length != 3) {
                throw new TensorError("toTensor: expected an image of shape (H, W) or (H, W, C), got " + x.shape());
            }
            int h = s[0], w = s[1], c = s.length == 3 ? s[2] : 1;
            float[] in = x.dtype() == DType.FLOAT32 ? x.toFloatArray() : toFloats(x.toDoubleArray());
            float[] out = new float[in.length];
            for (int y = 0; y < h; y++) {
                for (int xx = 0; xx < w; xx++) {
                    for (int ch = 0; ch < c; ch++) out[(ch * h + y) * w + xx] = in[(y * w + xx) * c + ch] / 255f;
                }
            }
            return Tensor.wrap(out, c, h, w);
        });
    }

    /** A copy of {@code image}'s pixels in [0, 1], RGB channels first. Shape: (3, H, W). */
    public static Tensor toTensor(java.awt.image.BufferedImage image) {
        int h = image.getHeight(), w = image.getWidth();
        float[] out = new float[3 * h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y), o = y * w + x;
                out[o] = ((rgb >> 16) & 255) / 255f;
                out[h * w + o] = ((rgb >> 8) & 255) / 255f;
                out[2 * h * w + o] = (rgb & 255) / 255f;
            }
        }
        return Tensor.wrap(out, 3, h, w);
    }

    /** Mirrors the image left-right with probability p (default 0.5). Shape: unchanged. */
    public static Transform randomHorizontalFlip(double p) {
        return new Transform("RandomHorizontalFlip(p=" + p + ")", x -> {
            float[] a = floats("randomHorizontalFlip", x);
            if (Rng.generator().nextDouble() >= p) return Tensor.wrap(a, x.shapeArray().clone());
            int w = x.size(-1);
            for (int row = 0; row < a.length; row += w) {
                for (int i = 0, j = w - 1; i < j; i++, j--) {
                    float t = a[row + i];
                    a[row + i] = a[row + j];
                    a[row + j] = t;
                }
            }
            return Tensor.wrap(a, x.shapeArray().clone());
        });
    }

    /**
     * Pads the image with {@code padding} zeros on every side, then cuts a random size×size
     * window (torchvision's {@code RandomCrop(size, padding)}). Shape: (..., H, W) → (..., size, size).
     */
    public static Transform randomCrop(int size, int padding) {
        if (size <= 0 || padding < 0) {
            throw new TensorError("randomCrop: size must be > 0 and padding >= 0, got " + size + " and " + padding);
        }
        return new Transform("RandomCrop(size=" + size + ", padding=" + padding + ")", x -> {
            float[] a = floats("randomCrop", x);
            int[] s = x.shapeArray();
            int h = s[s.length - 2], w = s[s.length - 1], planes = a.length / (h * w);
            if (h + 2 * padding < size || w + 2 * padding < size) {
                throw new TensorError("randomCrop: a " + size + "x" + size + " crop does not fit an image of shape "
                        + Shape.str(s) + " padded by " + padding);
            }
            Random r = Rng.generator();
            int top = r.nextInt(h + 2 * padding - size + 1) - padding;
            int left = r.nextInt(w + 2 * padding - size + 1) - padding;
            float[] out = new float[planes * size * size];
            for (int p = 0; p < planes; p++) {
                for (int y = 0; y < size; y++) {
                    int sy = top + y;
                    if (sy < 0 || sy >= h) continue;
                    int x0 = Math.max(0, -left), x1 = Math.min(size, w - left);
                    if (x1 > x0) System.arraycopy(a, (p * h + sy) * w + left + x0, out, (p * size + y) * size + x0, x1 - x0);
                }
            }
            int[] shape = s.clone();
            shape[shape.length - 2] = size;
            shape[shape.length - 1] = size;
            return Tensor.wrap(out, shape);
        });
    }

    /** Adds independent N(mean, std²) noise to every element. Shape: unchanged. */
    public static Transform gaussianNoise(double mean, double std) {
        if (std < 0) throw new TensorError("gaussianNoise: std must be >= 0, got " + std);
        return new Transform("GaussianNoise(mean=" + mean + ", std=" + std + ")", x -> {
            float[] a = floats("gaussianNoise", x);
            Random r = Rng.generator();
            for (int i = 0; i < a.length; i++) a[i] += (float) (mean + std * r.nextGaussian());
            return Tensor.wrap(a, x.shapeArray().clone());
        });
    }

    private static float[] floats(String op, Tensor x) {
        if (x.dtype() != DType.FLOAT32) {
            throw new TensorError(op + ": expected a float32 tensor, got " + x.dtype() + " of shape " + x.shape()
                    + "; convert images with data.toTensor() first");
        }
        if (x.dim() < 2 && !op.equals("normalize") && !op.equals("gaussianNoise")) {
            throw new TensorError(op + ": expected an image with height and width as the last two dims, got shape "
                    + x.shape());
        }
        return x.toFloatArray();
    }

    private static int channelsOf(String op, int[] shape, int channels) {
        if (shape.length < 3 || shape[shape.length - 3] != channels) {
            throw new TensorError(op + ": " + channels + " channel means given but the image has shape " + Shape.str(shape)
                    + "; expected (" + channels + ", H, W) (channels in dim -3)");
        }
        return channels;
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }
}
