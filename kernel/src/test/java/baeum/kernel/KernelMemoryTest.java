package baeum.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Memory as a student meets it, with the kernelspec's memory flags (as bin/lib/cmd-install.sh
 * writes them): a big allocation dropped is given back to the system within seconds of idling, and
 * a runaway cell gets its OutOfMemoryError soon, with a message on how to give the kernel more.
 */
class KernelMemoryTest {
    /** The memory flags of the kernelspec (bin/lib/cmd-install.sh), with the limit given per test. */
    static final List<String> KERNELSPEC_MEMORY = List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:MaxNewSize=48m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps");

    static long rssMiB(Process p) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        throw new AssertionError("no VmRSS");
    }

    private static KernelClient kernel(String maxHeap) throws Exception {
        List<String> opts = new ArrayList<>(KERNELSPEC_MEMORY);
        opts.add("-Xmx" + maxHeap);
        return KernelClient.start(opts);
    }

    @Test
    void memoryOfADroppedBigAllocationGoesBackWhileIdle() throws Exception {
        try (KernelClient k = kernel("3g")) {
            assertEquals("2", k.execute("1 + 1").value());
            long before = rssMiB(k.process());
            KernelClient.Result big = k.execute("""
                    var hog = new long[32][];
                    for (int i = 0; i < hog.length; i++) { hog[i] = new long[8 << 20]; hog[i][i] = i; }
                    hog.length""");
            assertEquals("32", big.value(), big.reply().toString());
            long peak = rssMiB(k.process());
            assertTrue(peak > 2000, "2 GiB were allocated, RSS " + peak + " MiB");
            assertEquals("ok", k.execute("hog = null;").status());
            long dropped = System.nanoTime();
            List<String> trace = new ArrayList<>();
            long rss = peak;
            while ((System.nanoTime() - dropped) / 1e9 < 5.0) {
                Thread.sleep(250);
                rss = rssMiB(k.process());
                trace.add(String.format("%.2f s: %d MiB", (System.nanoTime() - dropped) / 1e9, rss));
                if (rss < 250) break;
            }
            System.out.println("RSS before " + before + " MiB, with 2 GiB " + peak + " MiB, after dropping it: " + trace);
            assertTrue(rss < 250, "RSS 5 s after dropping 2 GiB: " + trace);
        }
    }

    @Test
    void aRunawayCellGetsItsOutOfMemoryErrorSoonWithHowToGiveMore() throws Exception {
        try (KernelClient k = kernel("1g")) {
            assertEquals("2", k.execute("1 + 1").value());
            long t0 = System.nanoTime();
            KernelClient.Result r = k.execute("var hog = new ArrayList<long[]>(); while (true) hog.add(new long[1 << 20]);");
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("runaway cell with -Xmx1g: OutOfMemoryError after %.2f s%n", seconds);
            assertEquals("OutOfMemoryError", r.reply().path("ename").asText(), r.reply().toString());
            String evalue = r.reply().path("evalue").asText();
            assertTrue(evalue.contains("at most 1.0 GiB") && evalue.contains("--max-heap"), evalue);
            assertTrue(seconds < 30, "took " + seconds + " s");
            assertEquals("3", k.execute("hog = null; 1 + 2").value());
        }
    }
}
