package baeum.kernel;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code System.in} for cells: a read with nothing buffered asks the front end for a line with
 * Jupyter's {@code input_request} (the notebook shows an input box) and blocks until the
 * {@code input_reply}. Where the front end allows no input ({@code allow_stdin: false}, as nbconvert
 * and most tools that run notebooks unattended) the read fails with a message saying so.
 */
final class StdinBridge extends InputStream {
    /** Sends an input_request for the cell being run; false when that cell's front end allows no input. */
    interface Front {
        boolean requestInput(String prompt, boolean password);
    }

    /** Thrown by a read where no input can come; unchecked, so that Scanner does not hide it as "No line found". */
    static final class NoInputError extends RuntimeException {
        NoInputError(String message) {
            super(message, null, false, false);
        }
    }

    private final Front front;
    private final LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private byte[] line = new byte[0];
    private int pos;

    StdinBridge(Front front) {
        this.front = front;
    }

    /** The front end's answer (an input_reply's value). */
    void reply(String value) {
        replies.add(value);
    }

    /** Drops what was typed for an earlier cell and not read. */
    synchronized void forgetUnread() {
        replies.clear();
        line = new byte[0];
        pos = 0;
    }

    @Override
    public synchronized int read() {
        if (!fill()) return -1;
        return line[pos++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, line.length - pos);
        System.arraycopy(line, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return line.length - pos;
    }

    private boolean fill() {
        if (pos < line.length) return true;
        System.out.flush();   // the prompt the cell printed shows above the input box
        System.err.flush();
        if (!front.requestInput("", false)) {
            throw new NoInputError("this notebook runs without an input box (the front end sent allow_stdin: false, "
                    + "as nbconvert, 'baeum execute' and graders do): System.in has nothing to read. "
                    + "Put the value in the code instead, e.g. String name = \"Ada\";");
        }
        String value;
        try {
            value = replies.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while waiting for input"));
        }
        line = (value + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }
}
