package baeum.data;

import baeum.storage.TensorError;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX files of MNIST and Fashion-MNIST (LeCun's format, gzip-compressed or not): a magic
 * number 0x0000 TT NN (TT = 0x08 for unsigned bytes, NN = the number of dimensions), NN big-endian
 * 32-bit sizes, then the values row-major.
 */
public final class Idx {
    private Idx() {
    }

    /** An IDX file of unsigned bytes: its dimensions and values (0..255 each, stored in a byte). */
    public record UByteArray(int[] shape, byte[] data) {
    }

    /** Reads {@code file}, unzipping it if it starts with the gzip magic bytes. */
    public static UByteArray read(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            var data = new DataInputStream(in);
            int magic = data.readInt();
            int type = (magic >> 8) & 0xff, dims = magic & 0xff;
            if ((magic >>> 16) != 0 || type != 0x08 || dims < 1 || dims > 4) {
                throw new TensorError("idx: " + file + " is not an IDX file of unsigned bytes (magic 0x"
                        + Integer.toHexString(magic) + ")");
            }
            int[] shape = new int[dims];
            long n = 1;
            for (int i = 0; i < dims; i++) {
                shape[i] = data.readInt();
                n *= shape[i];
            }
            if (n > Integer.MAX_VALUE) throw new TensorError("idx: " + file + " is too large (" + n + " values)");
            byte[] values = new byte[(int) n];
            data.readFully(values);
            return new UByteArray(shape, values);
        } catch (IOException e) {
            throw new TensorError("idx: cannot read " + file + ": " + e.getMessage());
        }
    }
}
