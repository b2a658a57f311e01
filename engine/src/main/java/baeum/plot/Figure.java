package baeum.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Something that can be drawn as a picture: a chart or an image grid.
 *
 * <p>A notebook shows a figure when it is the value of a cell (or through {@code display(fig)});
 * a plain {@code baeum jshell} shows it with {@link #show()}, which writes a PNG file and prints
 * its path.
 *
 * <pre>{@code
 * jshell> var fig = plot(x -> Math.tanh(x), -3, 3);
 * jshell> fig.show();
 * plot saved to /home/student/baeum-plots/plot-1.png
 * jshell> fig.save(Path.of("tanh.png"));
 * }</pre>
 */
public interface Figure {

    /** Draws the figure into a new image, at its pixel size (twice its layout size for sharpness). */
    BufferedImage toImage();

    /** Width in layout pixels: how wide a notebook shows it (the PNG has twice as many pixels). */
    int width();

    /** Height in layout pixels. */
    int height();

    /** The figure as PNG bytes. */
    default byte[] toPng() {
        return PngEncoding.encode(toImage());
    }

    /** Writes the figure as a PNG file and returns its path. */
    default Path save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(file, toPng());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("save: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Shows the figure where the session shows pictures: in a notebook the cell's output, in a terminal a PNG file. */
    default void show() {
        PlotSinks.current().show(this);
    }
}
