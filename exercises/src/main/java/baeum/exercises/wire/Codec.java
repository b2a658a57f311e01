package baeum.exercises.wire;

import baeum.Baeum;
import baeum.storage.DType;
import baeum.tensor.Tensor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The values that cross between the grader and a worker: null, booleans, numbers, strings,
 * primitive arrays, tensors (dtype, shape, row-major data) and lists of these. Anything else is
 * sent as {@link Opaque} (its class and a capped {@code toString}), which no test can mistake for
 * a real value. Decoding checks every size against the bytes left, so a forged frame cannot make
 * the grader allocate more than the frame holds.
 */
public final class Codec {

    private static final int NULL = 0, BOOL = 1, INT = 2, LONG = 3, FLOAT = 4, DOUBLE = 5, STRING = 6,
            FLOATS = 7, DOUBLES = 8, INTS = 9, LONGS = 10, TENSOR = 11, LIST = 12, OPAQUE = 13;
    private static final int MAX_DEPTH = 8;

    /** A value of a type the wire does not carry. */
    public record Opaque(String className, String text) {
    }

    private Codec() {
    }

    public static void write(DataOutputStream out, Object v) throws IOException {
        write(out, v, 0);
    }

    private static void write(DataOutputStream out, Object v, int depth) throws IOException {
        switch (v) {
            case null -> out.writeByte(NULL);
            case Boolean b -> { out.writeByte(BOOL); out.writeBoolean(b); }
            case Integer i -> { out.writeByte(INT); out.writeInt(i); }
            case Long l -> { out.writeByte(LONG); out.writeLong(l); }
            case Float f -> { out.writeByte(FLOAT); out.writeFloat(f); }
            case Double d -> { out.writeByte(DOUBLE); out.writeDouble(d); }
            case String s -> { out.writeByte(STRING); writeString(out, s); }
            case float[] a -> { out.writeByte(FLOATS); out.writeInt(a.length); for (float x : a) out.writeFloat(x); }
            case double[] a -> { out.writeByte(DOUBLES); out.writeInt(a.length); for (double x : a) out.writeDouble(x); }
            case int[] a -> { out.writeByte(INTS); out.writeInt(a.length); for (int x : a) out.writeInt(x); }
            case long[] a -> { out.writeByte(LONGS); out.writeInt(a.length); for (long x : a) out.writeLong(x); }
            case Tensor t -> writeTensor(out, t);
            case List<?> list when depth < MAX_DEPTH -> {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object o : list) write(out, o, depth + 1);
            }
            default -> {
                out.writeByte(OPAQUE);
                writeString(out, v.getClass().getName());
                String text;
                try {
                    text = String.valueOf(v);
                } catch (RuntimeException e) {
                    text = "(toString threw " + e.getClass().getSimpleName() + ")";
                }
                writeString(out, text.length() > 200 ? text.substring(0, 200) + "..." : text);
            }
        }
    }

    private static void writeTensor(DataOutputStream out, Tensor t) throws IOException {
        out.writeByte(TENSOR);
        DType dt = t.dtype();
        writeString(out, dt.name());
        int[] shape = t.shape().toArray();
        out.writeInt(shape.length);
        for (int s : shape) out.writeInt(s);
        if (dt == DType.INT64) {
            long[] a = t.toLongArray();
            out.writeInt(a.length);
            for (long x : a) out.writeLong(x);
        } else {
            float[] a = t.toFloatArray();
            out.writeInt(a.length);
            for (float x : a) out.writeFloat(x);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static Object read(DataInputStream in) throws IOException {
        return read(in, 0);
    }

    private static Object read(DataInputStream in, int depth) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case NULL -> null;
            case BOOL -> in.readBoolean();
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case FLOAT -> in.readFloat();
            case DOUBLE -> in.readDouble();
            case STRING -> readString(in);
            case FLOATS -> { float[] a = new float[size(in, 4)]; for (int i = 0; i < a.length; i++) a[i] = in.readFloat(); yield a; }
            case DOUBLES -> { double[] a = new double[size(in, 8)]; for (int i = 0; i < a.length; i++) a[i] = in.readDouble(); yield a; }
            case INTS -> { int[] a = new int[size(in, 4)]; for (int i = 0; i < a.length; i++) a[i] = in.readInt(); yield a; }
            case LONGS -> { long[] a = new long[size(in, 8)]; for (int i = 0; i < a.length; i++) a[i] = in.readLong(); yield a; }
            case TENSOR -> readTensor(in);
            case LIST -> {
                if (depth >= MAX_DEPTH) throw new IOException("lists nested too deep");
                int n = size(in, 1);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(read(in, depth + 1));
                yield list;
            }
            case OPAQUE -> new Opaque(readString(in), readString(in));
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    private static Tensor readTensor(DataInputStream in) throws IOException {
        DType dt;
        try {
            dt = DType.valueOf(readString(in));
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown dtype");
        }
        int[] shape = new int[size(in, 4)];
        long numel = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = in.readInt();
            if (shape[i] < 0) throw new IOException("negative size in shape");
            numel *= shape[i];
        }
        int n = size(in, dt == DType.INT64 ? 8 : 4);
        if (n != numel) throw new IOException("tensor data does not match its shape");
        if (dt == DType.INT64) {
            long[] a = new long[n];
            for (int i = 0; i < n; i++) a[i] = in.readLong();
            return Baeum.tensor(a).reshape(shape);
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = in.readFloat();
        return switch (dt) {
            case FLOAT64 -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) d[i] = a[i];
                yield Baeum.tensor(d).reshape(shape);
            }
            case BOOL -> {
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) b[i] = a[i] != 0;
                yield Baeum.tensor(b).reshape(shape);
            }
            default -> Baeum.fromArray(a, shape);
        };
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(size(in, 1)), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A length, checked against what the stream can still hold. */
    private static int size(DataInputStream in, int bytesEach) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * bytesEach > in.available()) throw new IOException("bad length " + n);
        return n;
    }

    /** Encodes then decodes: the copy a value makes when it crosses to another JVM. */
    public static Object copy(Object v) {
        try {
            var bytes = new ByteArrayOutputStream();
            write(new DataOutputStream(bytes), v);
            return read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
