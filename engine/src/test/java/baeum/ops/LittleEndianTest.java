package baeum.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.storage.DType;
import baeum.storage.Storage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class LittleEndianTest {
    @Test
    void writesTheElementsFromAnOffsetAsLittleEndianBytes() {
        ByteBuffer buf = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        LittleEndian.write(Storage.of(new float[] {9, 1.5f, -2}), 1, 2, buf);
        LittleEndian.write(Storage.of(new boolean[] {true, false}), 0, 2, buf);
        LittleEndian.write(Storage.of(new long[] {-3}), 0, 1, buf);
        assertEquals(18, buf.position());
        byte[] b = buf.array();
        assertArrayEquals(new byte[] {0, 0, (byte) 0xC0, 0x3F}, java.util.Arrays.copyOfRange(b, 0, 4));   // 1.5f
        assertArrayEquals(new byte[] {1, 0}, java.util.Arrays.copyOfRange(b, 8, 10));
        assertArrayEquals(new byte[] {(byte) 0xFD, -1, -1, -1, -1, -1, -1, -1}, java.util.Arrays.copyOfRange(b, 10, 18));
    }

    @Test
    void readsBackWhatItWrote() {
        for (Storage s : new Storage[] {Storage.of(new float[] {1.5f, -2}), Storage.of(new double[] {Math.PI, -0.0}),
                Storage.of(new long[] {Long.MIN_VALUE, 7}), Storage.of(new boolean[] {false, true})}) {
            ByteBuffer buf = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            LittleEndian.write(s, 0, 2, buf);
            buf.flip();
            Storage back = LittleEndian.read(buf, s.dtype, 2);
            assertEquals(s.dtype, back.dtype);
            for (int i = 0; i < 2; i++) assertEquals(s.getDouble(i), back.getDouble(i), s.dtype + "[" + i + "]");
        }
        assertTrue(LittleEndian.read(ByteBuffer.wrap(new byte[] {2}), DType.BOOL, 1).b[0], "any nonzero byte is true");
    }
}
