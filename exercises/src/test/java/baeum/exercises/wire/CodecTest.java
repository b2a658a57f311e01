package baeum.exercises.wire;

import static baeum.Baeum.arange;
import static baeum.Baeum.tensor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.storage.DType;
import baeum.tensor.Tensor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values crossing between grader and worker keep dtype, shape and data; forged bytes are refused. */
class CodecTest {

    @Test
    void tensorsKeepDtypeShapeAndDataIncludingViews() {
        Tensor m = arange(6).reshape(2, 3).transpose(0, 1);             // non-contiguous (3, 2) INT64 view
        Tensor f = tensor(new float[][] {{1f, 2f, 3f}, {4f, 5f, 6f}}).t(); // non-contiguous float32
        Tensor e = tensor(1f, 2f, 3f, 4f).reshape(4, 1).expand(4, 3);   // expanded
        for (Tensor t : List.of(m, f, e, tensor(2.5f), tensor(true, false), tensor(0.1, 0.2))) {
            Tensor back = (Tensor) Codec.copy(t);
            assertEquals(t.shape(), back.shape());
            assertEquals(t.dtype(), back.dtype());
            if (t.dtype() == DType.INT64) assertArrayEquals(t.toLongArray(), back.toLongArray());
            else assertArrayEquals(t.toFloatArray(), back.toFloatArray());
        }
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, ((Tensor) Codec.copy(f)).toFloatArray());
    }

    @Test
    void plainValuesAndOpaqueObjects() {
        assertEquals(List.of(1, 2L, 3f, 4.0, "x", true), Codec.copy(List.of(1, 2L, 3f, 4.0, "x", true)));
        assertArrayEquals(new float[] {1, 2}, (float[]) Codec.copy(new float[] {1, 2}));
        assertEquals(null, Codec.copy(null));
        Object o = Codec.copy(new StringBuilder("sb"));
        assertEquals(new Codec.Opaque("java.lang.StringBuilder", "sb"), assertInstanceOf(Codec.Opaque.class, o));
    }

    @Test
    void forgedLengthsAndShapesAreRefused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.writeByte(7);                 // float[] ...
        out.writeInt(Integer.MAX_VALUE);  // ... claiming 2^31 elements in a 5-byte frame
        assertThrows(IOException.class, () -> Codec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));

        var t = new ByteArrayOutputStream();
        Codec.write(new DataOutputStream(t), tensor(1f, 2f, 3f, 4f));
        byte[] b = t.toByteArray();
        b[b.length - 16 - 4 - 1] = 9;     // the shape now says (9) for 4 values
        assertTrue(assertThrows(IOException.class, () -> Codec.read(new DataInputStream(new ByteArrayInputStream(b))))
                .getMessage().contains("does not match its shape"));
    }

    @Test
    void framesWithoutTheMagicAreRefused() {
        var in = new ByteArrayInputStream("passed\npassed\n".getBytes());
        assertTrue(assertThrows(IOException.class, () -> Frames.receive(in)).getMessage().contains("not a Baeum frame"));
    }
}
