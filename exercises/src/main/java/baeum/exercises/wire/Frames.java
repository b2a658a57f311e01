package baeum.exercises.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Length-prefixed frames between the grader and a worker: a magic int, the payload length, the
 * payload. A frame that does not start with the magic, or is longer than {@link #MAX_BYTES},
 * is refused, so stray bytes written by student code to the raw stdout break the call they were
 * part of instead of being read as an answer.
 */
public final class Frames {

    public static final int MAGIC = 0xBAE0_0001;
    public static final int MAX_BYTES = 64 << 20;

    private Frames() {
    }

    /** Writes one frame built by {@code body} and flushes. */
    public static void send(OutputStream out, Body body) throws IOException {
        var bytes = new ByteArrayOutputStream();
        body.write(new DataOutputStream(bytes));
        if (bytes.size() > MAX_BYTES) throw new IOException("a frame of " + bytes.size() + " bytes is too large");
        var d = new DataOutputStream(out);
        synchronized (out) {
            d.writeInt(MAGIC);
            d.writeInt(bytes.size());
            bytes.writeTo(d);
            d.flush();
        }
    }

    /** Reads one frame; EOFException when the other side is gone. */
    public static DataInputStream receive(InputStream in) throws IOException {
        var d = new DataInputStream(in);
        int magic = d.readInt();
        if (magic != MAGIC) throw new IOException(String.format("not a Baeum frame (starts with %08x)", magic));
        int n = d.readInt();
        if (n < 0 || n > MAX_BYTES) throw new IOException("frame of " + n + " bytes refused");
        return new DataInputStream(new ByteArrayInputStream(d.readNBytes(n)));
    }

    @FunctionalInterface
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }
}
