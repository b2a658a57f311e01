package baeum.plot;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static baeum.plot.Plots.*;
import static org.junit.jupiter.api.Assertions.*;

class ImageFigureTest {

    @Test
    void valuesInUnitRangeMapStraightToGreyLevels() {
        // (2, 2): 0, 0.5 / 1, 0.25  ->  0, 128 / 255, 64
        BufferedImage img = image(new float[] {0f, 0.5f, 1f, 0.25f}, 2, 2).toImage();
        int zoom = img.getWidth() / 2;
        assertEquals(img.getWidth(), img.getHeight());
        assertEquals(0x000000, img.getRGB(0, 0) & 0xffffff);
        assertEquals(0x808080, img.getRGB(zoom, 0) & 0xffffff);
        assertEquals(0xffffff, img.getRGB(0, zoom) & 0xffffff);
        assertEquals(0x404040, img.getRGB(zoom, zoom) & 0xffffff);
        assertEquals(0x808080, img.getRGB(2 * zoom - 1, zoom - 1) & 0xffffff, "each pixel is a zoom x zoom square");
    }

    @Test
    void otherRangesAreStretchedMinToBlackMaxToWhite() {
        float[] n = ImageFigure.normalised(new float[] {-2, 0, 2, Float.NaN});
        assertArrayEquals(new float[] {0, 0.5f, 1, 0}, n, 1e-6f);
        assertArrayEquals(new float[] {0, 0.5f, 1}, ImageFigure.normalised(new float[] {0, 127.5f, 255}), 1e-6f);
        assertArrayEquals(new float[] {0.5f, 0.5f}, ImageFigure.normalised(new float[] {3, 3}), 0f);
        assertEquals(255, ImageFigure.level(1.0f));
        assertEquals(0, ImageFigure.level(-0.1f));
    }

    @Test
    void rgbChannelsComeFirst() {
        // (3, 1, 2): red plane 1 0, green 0 1, blue 0 0  -> pixel 0 red, pixel 1 green
        BufferedImage img = image(new float[] {1, 0, 0, 1, 0, 0}, 3, 1, 2).toImage();
        int zoom = img.getWidth() / 2;
        assertEquals(0xff0000, img.getRGB(0, 0) & 0xffffff);
        assertEquals(0x00ff00, img.getRGB(zoom, 0) & 0xffffff);
    }

    @Test
    void gridLaysOutImagesInRowsWithPadding() {
        int n = 5, h = 4, w = 3;
        var data = new float[n * h * w];
        for (int k = 0; k < n; k++) for (int i = 0; i < h * w; i++) data[k * h * w + i] = k / 4f;
        var grid = imageGrid(data, new int[] {n, 1, h, w}, 3);
        assertEquals(5, grid.count());
        BufferedImage img = PngAssert.decode(grid.toPng());
        // 3 columns, 2 rows, padding 2: (3*3 + 4*2) x (2*4 + 3*2) = 17 x 14 source pixels, zoomed
        int zoom = img.getWidth() / 17;
        assertEquals(17 * zoom, img.getWidth());
        assertEquals(14 * zoom, img.getHeight());
        assertEquals(0xffffff, img.getRGB(0, 0) & 0xffffff, "padding is white");
        // image k=4 sits in row 1, column 1: left = 2 + 1*(3+2) = 7, top = 2 + 1*(4+2) = 8; value 1 -> white
        // image k=1 in row 0, column 1: value 0.25 -> 64
        assertEquals(0x404040, img.getRGB(7 * zoom, 2 * zoom) & 0xffffff);
        assertEquals(0xffffff, img.getRGB(7 * zoom, 8 * zoom) & 0xffffff);
        assertEquals(0x000000, img.getRGB(2 * zoom, 2 * zoom) & 0xffffff, "image 0 is black");
        // the empty sixth cell stays white
        assertEquals(0xffffff, img.getRGB(12 * zoom, 8 * zoom) & 0xffffff);
    }

    @Test
    void labelsAreWrittenUnderEachImage() {
        var data = new float[2 * 10 * 10];  // two black 10x10 images
        var plain = imageGrid(data, new int[] {2, 1, 10, 10}, 2);
        var labelled = imageGrid(data, new int[] {2, 1, 10, 10}, 2).labels("cat", "dog");
        assertEquals(plain.width(), labelled.width());
        assertEquals(plain.height() + 15, labelled.height(), "one 30-pixel caption row (15 layout pixels)");
        BufferedImage img = labelled.toImage();
        int zoom = plain.toImage().getWidth() / 26;  // 2*10 + 3*2 source pixels
        int captionTop = (2 + 10) * zoom, dark = 0;
        for (int y = captionTop; y < captionTop + 30; y++) {
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xff) < 100) dark++;
        }
        assertTrue(dark > 30, "caption text is drawn below the images: " + dark + " dark pixels");
        var e = assertThrows(IllegalArgumentException.class, () -> labelled.labels("only one"));
        assertTrue(e.getMessage().contains("1 labels for 2 images"), e.getMessage());
    }

    @Test
    void wrongShapesSayWhatToDo() {
        var e = assertThrows(IllegalArgumentException.class, () -> image(new float[12], 2, 2, 3));
        assertTrue(e.getMessage().contains("permute(2, 0, 1)"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> image(new float[5], 2, 2));
        assertTrue(f.getMessage().contains("5 values do not fill shape (2, 2)"), f.getMessage());
    }
}
