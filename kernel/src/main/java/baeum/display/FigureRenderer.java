package baeum.display;

import baeum.plot.Figure;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Map;

/**
 * Charts and images as PNG: base64 in {@code image/png}, with the layout width and height in the
 * metadata, so a notebook shows the (twice as large) picture sharply at its intended size.
 */
final class FigureRenderer {
    private FigureRenderer() {}

    static MimeBundle render(Figure figure) {
        byte[] png = figure.toPng();
        return png(figure.toString(), png, figure.width(), figure.height());
    }

    static MimeBundle png(String text, byte[] png, int width, int height) {
        return MimeBundle.text(text)
                .with(MimeBundle.PNG, Base64.getEncoder().encodeToString(png))
                .withMetadata(MimeBundle.PNG, Map.of("width", width, "height", height));
    }

    /** A plain {@code BufferedImage} (e.g. loaded with ImageIO), shown at its pixel size. */
    static MimeBundle render(BufferedImage image) {
        var fig = new Figure() {
            public BufferedImage toImage() { return image; }
            public int width() { return image.getWidth(); }
            public int height() { return image.getHeight(); }
        };
        return png("image " + image.getWidth() + "x" + image.getHeight(), fig.toPng(), image.getWidth(),
                image.getHeight());
    }
}
