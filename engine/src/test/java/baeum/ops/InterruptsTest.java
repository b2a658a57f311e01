package baeum.ops;

import static baeum.Baeum.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class InterruptsTest {
    @Test
    void anInterruptedThreadStopsInsideAMatmul() {
        var a = ones(64, 64);
        Thread.currentThread().interrupt();
        try {
            var e = assertThrows(CancellationException.class, () -> a.matmul(a));
            assertEquals("matmul: interrupted", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(64f, a.matmul(a).getFloat(0, 0));
    }
}
