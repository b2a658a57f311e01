package baeum.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link HeapBudget} in a JVM of its own with the kernel's collector (Serial GC): a loop that drops
 * 40 MB arrays, each too big for the young generation, keeps the heap near its live size with
 * the budget and lets it grow towards -Xmx without it.
 */
class HeapBudgetTest {
    /** The child: allocates and drops 60 arrays of 40 MB, prints the largest committed heap it saw. */
    public static final class Churn {
        public static void main(String[] args) {
            long most = 0, sink = 0;
            for (int i = 0; i < 60; i++) {      // the budget starts once 16M elements of storage were made
                float[] big = Storage.allocate(DType.FLOAT32, 10 << 20).f;
                big[i] = i;
                sink += (long) big[i];
                most = Math.max(most, Runtime.getRuntime().totalMemory());
            }
            System.out.println((most >> 20) + " " + sink + " " + HeapBudget.describe());
        }
    }

    private static String[] churn(String budget) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xms32m", "-Xmx2g",
                "-XX:MaxNewSize=16m", "-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps",
                "-Dbaeum.heapBudget=" + budget, "-cp", System.getProperty("java.class.path"), Churn.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.split("\n");
        return lines[lines.length - 1].split(" ", 3);
    }

    @Test
    void theOldGenerationStaysNearItsLiveSizeUnderSerialGc() throws Exception {
        String[] with = churn("1.5"), without = churn("false");
        long mostWith = Long.parseLong(with[0]), mostWithout = Long.parseLong(without[0]);
        assertTrue(with[2].startsWith("old generation: full GC at 1.5x"), with[2]);
        assertTrue(without[2].startsWith("off"), without[2]);
        assertTrue(mostWith < 400, "committed heap with the budget: " + mostWith + " MiB");
        assertTrue(mostWithout > 1000, "committed heap without it (Serial GC grows to -Xmx): " + mostWithout + " MiB");
    }

    @Test
    void offUnderOtherCollectorsAndAGrowthOfAtMostOneIsRefused() {
        boolean serial = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(b -> b.getName().equals("MarkSweepCompact"));
        Storage.allocate(DType.FLOAT32, (int) HeapBudget.START_AFTER);     // enough storage to start it
        if (!serial) assertTrue(HeapBudget.describe().startsWith("off"), HeapBudget.describe());
        assertEquals(2.0, HeapBudget.growth("2"));
        assertEquals(1.5, HeapBudget.growth(null));
        var e = assertThrows(IllegalArgumentException.class, () -> HeapBudget.growth("1"));
        assertTrue(e.getMessage().contains("baeum.heapBudget"), e.getMessage());
        assertEquals(1.5, HeapBudget.growth("true"));
        assertThrows(IllegalArgumentException.class, () -> HeapBudget.growth("lots"));
    }
}
