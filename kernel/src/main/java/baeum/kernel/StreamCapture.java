package baeum.kernel;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Takes over {@code System.out} and {@code System.err} and turns what cells print into Jupyter
 * {@code stream} messages: live (a batch goes out at most {@link #BATCH_MS} ms after its first
 * byte), in few messages (everything printed within a batch window is one message), in order
 * (switching between stdout and stderr flushes the other first), and capped per cell at
 * {@link #MAX_LINES} lines or {@link #MAX_BYTES} bytes, past which output is counted, not sent.
 */
public final class StreamCapture {
    /** Where batches go. */
    @FunctionalInterface
    public interface Sink {
        void stream(String name, String text);
    }

    static final int BATCH_MS = 40;
    static final int MAX_LINES = 10_000;
    static final int MAX_BYTES = 1 << 20;

    private final Sink sink;
    private final Buffer out = new Buffer("stdout"), err = new Buffer("stderr");
    private final Object lock = new Object();
    private Buffer pending;
    private long firstPending;
    private long lines, bytes, droppedLines, droppedBytes;

    public StreamCapture(Sink sink) {
        this.sink = sink;
        Thread.ofPlatform().daemon().name("baeum-output").start(this::flushLoop);
    }

    /** Replaces System.out and System.err with streams that end up in this capture. */
    public void install() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Resets the per-cell limits. */
    public void beginCell() {
        synchronized (lock) {
            lines = bytes = droppedLines = droppedBytes = 0;
        }
    }

    /** Sends what is pending, and a note if the cell's output was capped. */
    public void endCell() {
        System.out.flush();
        System.err.flush();
        String note = null;
        synchronized (lock) {
            flushLocked();
            if (droppedLines > 0 || droppedBytes > 0) {
                note = String.format("[output limit: %,d more lines (%,d bytes) of this cell were not shown. "
                        + "Print less, or write to a file.]%n", droppedLines, droppedBytes);
            }
        }
        if (note != null) sink.stream("stderr", note);
    }

    /** Sends what is pending now (before a display message, so that order is kept). */
    public void flush() {
        synchronized (lock) {
            flushLocked();
        }
    }

    private void flushLoop() {
        while (true) {
            synchronized (lock) {
                try {
                    while (pending == null) lock.wait();
                    long wait = BATCH_MS - (System.nanoTime() - firstPending) / 1_000_000;
                    if (wait > 0) lock.wait(wait);
                    else flushLocked();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void flushLocked() {
        if (pending != null) {
            Buffer b = pending;
            pending = null;
            String text = b.drain();
            if (!text.isEmpty()) sink.stream(b.name, text);
        }
    }

    private final class Buffer extends OutputStream {
        final String name;
        private byte[] data = new byte[8192];
        private int size;

        Buffer(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] src, int off, int len) {
            synchronized (lock) {
                int newlines = 0;
                for (int i = off; i < off + len; i++) if (src[i] == '\n') newlines++;
                if (lines >= MAX_LINES || bytes >= MAX_BYTES) {
                    droppedLines += newlines;
                    droppedBytes += len;
                    return;
                }
                lines += newlines;
                bytes += len;
                if (pending != null && pending != this) flushLocked();
                if (size + len > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, size + len));
                System.arraycopy(src, off, data, size, len);
                size += len;
                if (pending == null) {
                    pending = this;
                    firstPending = System.nanoTime();
                    lock.notifyAll();
                }
                if (lines >= MAX_LINES || bytes >= MAX_BYTES) {
                    byte[] note = String.format("%n[output limit reached (%,d lines or %,d bytes): "
                            + "the rest of this cell's output is not shown]%n", MAX_LINES, MAX_BYTES)
                            .getBytes(StandardCharsets.UTF_8);
                    if (size + note.length > data.length) data = Arrays.copyOf(data, size + note.length);
                    System.arraycopy(note, 0, data, size, note.length);
                    size += note.length;
                }
            }
        }

        /** Takes the buffered text, keeping an incomplete UTF-8 sequence at the end for later. */
        String drain() {
            int cut = size;
            for (int back = 1; back <= Math.min(3, size); back++) {
                int b = data[size - back] & 0xff;
                if ((b & 0xc0) == 0x80) continue;
                int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
                if (need > back) cut = size - back;
                break;
            }
            String text = new String(data, 0, cut, StandardCharsets.UTF_8);
            System.arraycopy(data, cut, data, 0, size - cut);
            size -= cut;
            if (data.length > 1 << 16) data = Arrays.copyOf(data, Math.max(8192, size));
            return text;
        }
    }
}
