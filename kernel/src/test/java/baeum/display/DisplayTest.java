package baeum.display;

import baeum.plot.FileSink;
import baeum.plot.PlotFiles;
import baeum.plot.PlotSinks;
import baeum.plot.Plots;
import baeum.progress.Progress;
import baeum.progress.ProgressSinks;
import baeum.progress.TerminalSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class DisplayTest {
    @AfterEach
    void restoreDefaults() {
        DisplaySinks.set(null);
        System.clearProperty(PlotFiles.DIR_PROPERTY);
    }

    @Test
    void displayShowsAndTheHandleUpdatesTheSameOutput() {
        var sink = new RecordingSink();
        DisplaySinks.set(sink);
        DisplayHandle h = Display.display(Display.md("epoch 1"));
        h.update(Display.md("epoch 2"));
        DisplayHandle other = Display.display("x");
        assertEquals(3, sink.events.size());
        assertEquals("display", sink.events.get(0).kind());
        assertEquals("update", sink.events.get(1).kind());
        assertEquals(h.id(), sink.events.get(0).id());
        assertEquals(h.id(), sink.events.get(1).id());
        assertEquals("epoch 2", sink.events.get(1).bundle().get("text/markdown"));
        assertNotEquals(h.id(), other.id(), "each display gets its own id");
        assertTrue(Renderers.isSilent(h), "a cell ending in display(x) shows x once, not the handle too");
        assertFalse(Renderers.isSilent("x"));
    }

    @Test
    void chartsRenderAsPngWithTheirLayoutSize() throws Exception {
        MimeBundle b = Renderers.render(Plots.plot(Math::sin, 0, 6).size(300, 200));
        var png = Base64.getDecoder().decode(b.get("image/png"));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth(), "drawn at twice the size for sharpness");
        assertEquals(Map.of("width", 300, "height", 200), b.metadata().get("image/png"));
        assertTrue(b.text().startsWith("FunctionPlot"));
    }

    @Test
    void aPlainBufferedImageShowsAtItsPixelSize() throws Exception {
        var img = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(2, 1, 0xff0000);
        MimeBundle b = Renderers.render(img);
        assertEquals(Map.of("width", 3, "height", 2), b.metadata().get("image/png"));
        var back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b.get("image/png"))));
        assertEquals(0xff0000, back.getRGB(2, 1) & 0xffffff);
        assertEquals("image 3x2", b.text());
    }

    @Test
    void settingASinkRoutesShowAndProgressThroughIt() {
        var sink = new RecordingSink();
        DisplaySinks.set(sink);
        assertInstanceOf(NotebookProgressSink.class, ProgressSinks.current());
        Plots.linePlot(new double[] {1, 2, 3}).show();
        assertTrue(sink.last().bundle().has("image/png"), "show() in a notebook displays the chart");
        for (int i : Progress.progress(3, "epoch")) {
            assertTrue(i >= 0);
        }
        var last = sink.last();
        assertEquals("update", last.kind());
        assertTrue(last.bundle().get("text/html").contains("data-state=\"finished\""));
        DisplaySinks.set(null);
        assertInstanceOf(ConsoleDisplaySink.class, DisplaySinks.current());
        assertInstanceOf(TerminalSink.class, ProgressSinks.current());
        assertInstanceOf(FileSink.class, PlotSinks.current());
    }

    @Test
    void consoleSinkPrintsTextAndWritesPicturesToFiles(@TempDir Path dir) throws Exception {
        System.setProperty(PlotFiles.DIR_PROPERTY, dir.toString());
        var bytes = new ByteArrayOutputStream();
        var console = new ConsoleDisplaySink(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        console.display(Renderers.render(Display.html("<b>hi</b>")), "a");
        console.display(Renderers.render(Plots.linePlot(new double[] {3, 1, 2})), "b");
        console.display(Renderers.render(Plots.linePlot(new double[] {1, 2})), "c");
        String out = bytes.toString(StandardCharsets.UTF_8);
        Path first = dir.resolve("plot-1.png");
        String nl = System.lineSeparator();
        assertEquals("hi" + nl + "plot saved to " + first + nl + "plot saved to " + dir.resolve("plot-2.png") + nl, out);
        assertNotNull(ImageIO.read(Files.newInputStream(first)), "the file is a readable PNG");
    }
}
