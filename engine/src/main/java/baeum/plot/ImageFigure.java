package baeum.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
    private String[] labels;

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
        // enlarge so the picture is at least ~400 layout pixels wide (800 PNG pixels), at most 16x
        this.zoom = Math.max(1, Math.min(16, (800 + gridW - 1) / gridW));
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

    /**
     * Writes a caption under each image (e.g. its label or the model's prediction); give one
     * per image, in order.
     * <pre>{@code jshell> imageGrid(x, 8).labels(predictedNames) }</pre>
     */
    public ImageFigure labels(String... captions) {
        if (captions != null && captions.length != n) {
            throw new IllegalArgumentException("imageGrid.labels: " + captions.length + " labels for " + n
                    + " images; give one label per image");
        }
        this.labels = captions == null ? null : captions.clone();
        return this;
    }

    /** Writes a caption under each image from a list (e.g. class names picked per image). */
    public ImageFigure labels(java.util.List<String> captions) {
        return labels(captions.toArray(String[]::new));
    }

    private int labelHeight() {
        return labels == null ? 0 : 30;
    }

    private int pixelWidth() {
        return cols * w * zoom + (cols + 1) * pad * zoom;
    }

    private int pixelHeight() {
        return rows * (h * zoom + labelHeight()) + (rows + 1) * pad * zoom;
    }

    @Override
    public int width() {
        return pixelWidth() / 2;
    }

    @Override
    public int height() {
        return pixelHeight() / 2;
    }

    /** The number of images. */
    public int count() {
        return n;
    }

    @Override
    public BufferedImage toImage() {
        Headless.ensure();
        var image = new BufferedImage(pixelWidth(), pixelHeight(), BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int gap = pad * zoom, cellW = w * zoom, cellH = h * zoom;
            for (int k = 0; k < n; k++) {
                int left = gap + (k % cols) * (cellW + gap);
                int top = gap + (k / cols) * (cellH + labelHeight() + gap);
                g.drawImage(single(k), left, top, cellW, cellH, null);
                if (labels != null && labels[k] != null) caption(g, labels[k], left, top + cellH, cellW);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Image k at its own size. */
    private BufferedImage single(int k) {
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int plane = h * w, base = k * channels * plane;
        var rgb = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = level(pixels[base + i]);
            int gr = channels == 3 ? level(pixels[base + i + plane]) : r;
            int b = channels == 3 ? level(pixels[base + i + 2 * plane]) : r;
            rgb[i] = r << 16 | gr << 8 | b;
        }
        out.setRGB(0, 0, w, h, rgb, 0, w);
        return out;
    }

    /** Text centred under an image, shrunk to fit its width. */
    private static void caption(Graphics2D g, String text, int left, int top, int width) {
        int size = 22;
        Font font;
        do {
            font = new Font(ChartStyle.FAMILY, Font.PLAIN, size);
            size -= 2;
        } while (size > 10 && g.getFontMetrics(font).stringWidth(text) > width);
        g.setFont(font);
        g.setColor(new Color(0x222222));
        var metrics = g.getFontMetrics();
        int x = left + Math.max(0, (width - metrics.stringWidth(text)) / 2);
        g.drawString(text, x, top + 4 + metrics.getAscent());
    }

    @Override
    public String toString() {
        return (n == 1 ? "image " : n + " images ") + "(" + channels + ", " + h + ", " + w + ")"
                + " (in a notebook it shows as a picture, in jshell call .show() or .save(path))";
    }
}
