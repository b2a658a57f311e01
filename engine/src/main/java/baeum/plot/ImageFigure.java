package baeum.plot;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Images from pixel values: one image (H, W) or (C, H, W), or a batch (N, C, H, W) laid out in a
 * grid. C is 1 (grey) or 3 (RGB). Values in [0, 1] are shown as they are; any other range is
 * stretched so that the smallest value is black and the largest white (over the whole batch, as
 * torchvision's {@code make_grid(normalize=True)}). Small images are enlarged by a whole factor
 * without smoothing, so each pixel stays a visible square.
 *
 * <pre>{@code
 * jshell> imageGrid(batch.x().view(-1, 1, 28, 28), 8)   // Shape: (N, 1, 28, 28) -> 8 per row
 * }</pre>
 */
public final class ImageFigure implements Figure {
    private final int n, channels, h, w, cols, rows, zoom, pad;
    private final float[] pixels;  // (N, C, H, W), already mapped to [0, 1]

    /**
     * @param data  the values, row-major for {@code shape}
     * @param shape (H, W), (C, H, W) or (N, C, H, W)
     * @param cols  images per row for a batch
     */
    public ImageFigure(float[] data, int[] shape, int cols) {
        int[] nchw = switch (shape.length) {
            case 2 -> new int[] {1, 1, shape[0], shape[1]};
            case 3 -> new int[] {1, shape[0], shape[1], shape[2]};
            case 4 -> shape.clone();
            default -> throw new IllegalArgumentException("image: expected a shape (H, W), (C, H, W) or (N, C, H, W), got "
                    + Arrays.toString(shape).replace('[', '(').replace(']', ')'));
        };
        this.n = nchw[0];
        this.channels = nchw[1];
        this.h = nchw[2];
        this.w = nchw[3];
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("image: " + channels + " channels in shape "
                    + Arrays.toString(shape).replace('[', '(').replace(']', ')')
                    + "; need 1 (grey) or 3 (RGB) channels first. For channels-last (H, W, C) use permute(2, 0, 1)");
        }
        if (n < 1 || h < 1 || w < 1 || (long) n * channels * h * w != data.length) {
            throw new IllegalArgumentException("image: " + data.length + " values do not fill shape "
                    + Arrays.toString(shape).replace('[', '(').replace(']', ')'));
        }
        if (cols < 1) throw new IllegalArgumentException("imageGrid: cols must be >= 1, got " + cols);
        this.cols = Math.min(cols, n);
        this.rows = (n + this.cols - 1) / this.cols;
        this.pad = n > 1 ? 2 : 0;
        this.pixels = normalised(data);
        int gridW = this.cols * w + (this.cols + 1) * pad;
        int gridH = rows * h + (rows + 1) * pad;
        // enlarge so the picture is at least ~320 layout pixels wide (640 PNG pixels), at most 8x
        this.zoom = Math.max(1, Math.min(8, (640 + gridW - 1) / gridW));
        if ((long) gridW * zoom * gridH * zoom > 40_000_000L) {
            throw new IllegalArgumentException("imageGrid: the picture would be " + gridW * zoom + " x " + gridH * zoom
                    + " pixels; show fewer images");
        }
    }

    /** Maps values to [0, 1]: unchanged when they already lie there, else min-max stretched. */
    static float[] normalised(float[] data) {
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        for (float v : data) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        var out = new float[data.length];
        if (min >= 0 && max <= 1) {
            for (int i = 0; i < data.length; i++) out[i] = Float.isFinite(data[i]) ? data[i] : 0;
            return out;
        }
        float span = max - min;
        for (int i = 0; i < data.length; i++) {
            float v = data[i];
            out[i] = !Float.isFinite(v) ? 0 : span > 0 ? (v - min) / span : 0.5f;
        }
        return out;
    }

    /** The grey level 0..255 of {@code value} in [0, 1]. */
    static int level(float value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 255);
    }

    @Override
    public int width() {
        return (cols * w + (cols + 1) * pad) * zoom / 2;
    }

    @Override
    public int height() {
        return (rows * h + (rows + 1) * pad) * zoom / 2;
    }

    /** The number of images. */
    public int count() {
        return n;
    }

    @Override
    public BufferedImage toImage() {
        int gridW = cols * w + (cols + 1) * pad, gridH = rows * h + (rows + 1) * pad;
        var small = new int[gridW * gridH];
        Arrays.fill(small, 0xffffff);
        int plane = h * w;
        for (int k = 0; k < n; k++) {
            int top = pad + (k / cols) * (h + pad), left = pad + (k % cols) * (w + pad);
            int base = k * channels * plane;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = base + y * w + x;
                    int r = level(pixels[i]);
                    int g = channels == 3 ? level(pixels[i + plane]) : r;
                    int b = channels == 3 ? level(pixels[i + 2 * plane]) : r;
                    small[(top + y) * gridW + left + x] = r << 16 | g << 8 | b;
                }
            }
        }
        var image = new BufferedImage(gridW * zoom, gridH * zoom, BufferedImage.TYPE_INT_RGB);
        var row = new int[gridW * zoom];
        for (int y = 0; y < gridH; y++) {
            for (int x = 0; x < gridW; x++) Arrays.fill(row, x * zoom, (x + 1) * zoom, small[y * gridW + x]);
            for (int dy = 0; dy < zoom; dy++) image.setRGB(0, y * zoom + dy, gridW * zoom, 1, row, 0, gridW * zoom);
        }
        return image;
    }

    @Override
    public String toString() {
        return (n == 1 ? "image " : n + " images ") + "(" + channels + ", " + h + ", " + w + ")"
                + " (in a notebook it shows as a picture, in jshell call .show() or .save(path))";
    }
}
