package baeum.display;

import baeum.plot.FileSink;

import java.io.PrintStream;
import java.util.Base64;

/**
 * Display output without a notebook ({@code baeum jshell}): plain text is printed; a picture is
 * written to a PNG file whose path is printed (see {@link baeum.plot.PlotFiles}). An update prints
 * the new state again, since a terminal cannot replace earlier output.
 */
public final class ConsoleDisplaySink implements DisplaySink {
    private final PrintStream out;

    /** Prints to {@code System.out} (looked up at each call, so redirection works). */
    public ConsoleDisplaySink() {
        this(null);
    }

    /** Prints to {@code out}. */
    public ConsoleDisplaySink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        PrintStream o = out != null ? out : System.out;
        if (bundle.data().get(MimeBundle.PNG) instanceof String base64) {
            new FileSink(o).showPng(Base64.getDecoder().decode(base64));
        } else {
            o.println(bundle.text());
        }
        o.flush();
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        display(bundle, displayId);
    }
}
