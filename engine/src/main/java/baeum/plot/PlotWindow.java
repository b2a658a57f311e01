package baeum.plot;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a saved figure in a window when asked for and possible; otherwise does nothing (never blocks). */
final class PlotWindow {
    private PlotWindow() {}

    static void maybeOpen(Path file) {
        Headless.ensure();
        if (!Headless.windowsWanted() || GraphicsEnvironment.isHeadless()) return;
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            return;  // the file and its path are what counts; a window is a convenience
        }
        if (image == null) return;
        int w = image.getWidth() / Chart.SCALE, h = image.getHeight() / Chart.SCALE;
        javax.swing.SwingUtilities.invokeLater(() -> {
            var frame = new javax.swing.JFrame(file.getFileName().toString());
            frame.setDefaultCloseOperation(javax.swing.WindowConstants.DISPOSE_ON_CLOSE);
            var scaled = image.getScaledInstance(w, h, java.awt.Image.SCALE_SMOOTH);
            frame.add(new javax.swing.JLabel(new javax.swing.ImageIcon(scaled)));
            frame.pack();
            frame.setVisible(true);
        });
    }
}
