package baeum.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import baeum.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelWarmupTest {
    private static Thread warmupThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("baeum-warmup")).findFirst().orElse(null);
    }

    @Test
    void theFirstTensorStartsOneWarmUpThreadThatEnds() throws Exception {
        Tensor.wrap(new float[] {1, 2}, 2);   // initializes Tensor, which starts the warm-up
        KernelWarmup.start();
        KernelWarmup.start();                 // idempotent
        long threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("baeum-warmup")).count();
        assertTrue(threads <= 1, "at most one warm-up thread, found " + threads);
        Thread t = warmupThread();
        if (t != null) {
            t.join(60_000);
            assertFalse(t.isAlive(), "the warm-up thread still runs after 60 s");
        }
    }

    @Test
    void productsDuringTheWarmUpAreExact() {
        // the warm-up and a product on this thread run side by side: each uses its own buffers
        KernelWarmup.start();
        Random r = new Random(3);
        int m = 29, n = 43, k = 300;
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = r.nextInt(5) - 2;
        for (int i = 0; i < b.length; i++) b[i] = r.nextInt(5) - 2;
        for (int rep = 0; rep < 20; rep++) {
            Gemm.sgemm(false, false, m, n, k, a, 0, k, b, 0, n, c, 0, n, false);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    float want = 0;
                    for (int p = 0; p < k; p++) want += a[i * k + p] * b[p * n + j];
                    assertEquals(want, c[i * n + j], "C[" + i + "][" + j + "] in round " + rep);
                }
            }
        }
    }

    @Test
    void runOnTheCallingThreadCompletes() {
        KernelWarmup.run();
    }
}
