package baeum.ops;

import baeum.storage.DType;
import baeum.storage.Storage;
import java.nio.ByteBuffer;

/**
 * Storage elements to and from little-endian bytes (the state-dict file format): float32 as 4
 * bytes, float64 and int64 as 8, bool as one byte 0 or 1. The buffer's byte order is the caller's.
 */
public final class LittleEndian {
    private LittleEndian() {}

    /** Puts the {@code n} elements of {@code s} from {@code offset} into {@code buf}. */
    public static void write(Storage s, int offset, int n, ByteBuffer buf) {
        switch (s.dtype) {
            case FLOAT32 -> {
                for (int i = 0; i < n; i++) buf.putFloat(s.f[offset + i]);
            }
            case FLOAT64 -> {
                for (int i = 0; i < n; i++) buf.putDouble(s.d[offset + i]);
            }
            case INT64 -> {
                for (int i = 0; i < n; i++) buf.putLong(s.l[offset + i]);
            }
            case BOOL -> {
                for (int i = 0; i < n; i++) buf.put((byte) (s.b[offset + i] ? 1 : 0));
            }
        }
    }

    /** Reads {@code n} elements of {@code dtype} from {@code buf} into a new storage. */
    public static Storage read(ByteBuffer buf, DType dtype, int n) {
        Storage s = Storage.allocate(dtype, n);
        for (int i = 0; i < n; i++) {
            switch (dtype) {
                case FLOAT32 -> s.f[i] = buf.getFloat();
                case FLOAT64 -> s.d[i] = buf.getDouble();
                case INT64 -> s.l[i] = buf.getLong();
                case BOOL -> s.b[i] = buf.get() != 0;
            }
        }
        return s;
    }
}
