package baeum.plot;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

/** Opens a figure in a window when asked for and possible; otherwise does nothing (never blocks). */
final class PlotWindow {
    private PlotWindow() {}

    static void maybeOpen(Path file, Figure figure) {
        Headless.ensure();
        if (!Headless.windowsWanted() || GraphicsEnvironment.isHeadless()) return;
        var image = figure.toImage();
        javax.swing.SwingUtilities.invokeLater(() -> {
            var frame = new javax.swing.JFrame(file.getFileName().toString());
            frame.setDefaultCloseOperation(javax.swing.WindowConstants.DISPOSE_ON_CLOSE);
            var scaled = image.getScaledInstance(figure.width(), figure.height(), java.awt.Image.SCALE_SMOOTH);
            frame.add(new javax.swing.JLabel(new javax.swing.ImageIcon(scaled)));
            frame.pack();
            frame.setVisible(true);
        });
    }
}
