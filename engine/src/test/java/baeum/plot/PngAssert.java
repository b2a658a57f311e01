package baeum.plot;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decodes PNG bytes and checks they hold a real picture of the expected size. */
final class PngAssert {
    private PngAssert() {}

    static BufferedImage decode(byte[] png) {
        assertTrue(png.length > 8 && (png[0] & 0xff) == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                "PNG signature");
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "ImageIO could not decode the PNG");
            return image;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Decodes, checks the pixel size and that the picture has at least {@code minColors} colours. */
    static BufferedImage valid(byte[] png, int width, int height, int minColors) {
        BufferedImage image = decode(png);
        assertEquals(width, image.getWidth(), "width");
        assertEquals(height, image.getHeight(), "height");
        int colors = distinctColors(image);
        assertTrue(colors >= minColors, "the picture looks blank: only " + colors + " colours");
        return image;
    }

    static int distinctColors(BufferedImage image) {
        var seen = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) seen.add(image.getRGB(x, y) & 0xffffff);
        }
        return seen.size();
    }

    /** How many sampled pixels are close to {@code rgb}. */
    static int pixelsNear(BufferedImage image, int rgb, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= tolerance
                        && Math.abs((p >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= tolerance
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= tolerance) n++;
            }
        }
        return n;
    }
}
