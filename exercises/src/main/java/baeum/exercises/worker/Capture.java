package baeum.exercises.worker;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What student code prints, kept up to a limit per request: the rest is counted, not kept, so
 * a loop that prints forever costs no memory.
 */
final class Capture extends OutputStream {

    private final byte[] buf;
    private int size;
    private long dropped;

    Capture(int limit) {
        buf = new byte[limit];
    }

    @Override
    public synchronized void write(int b) {
        if (size < buf.length) buf[size++] = (byte) b;
        else dropped++;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int n = Math.min(len, buf.length - size);
        System.arraycopy(b, off, buf, size, n);
        size += n;
        dropped += len - n;
    }

    /** The text kept since the last take, with a note of what was cut. */
    synchronized String peek() {
        String s = new String(buf, 0, size, StandardCharsets.UTF_8);
        return dropped > 0 ? s + "\n... (" + dropped + " more bytes of output cut)" : s;
    }

    /** Like {@link #peek()}, then starts over. */
    synchronized String take() {
        String s = peek();
        size = 0;
        dropped = 0;
        return s;
    }
}
