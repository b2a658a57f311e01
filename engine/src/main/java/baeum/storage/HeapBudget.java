package baeum.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * Keeps Serial GC's old generation near what is live, as PyTorch's reference counting keeps its
 * memory near what is live. Serial GC grows the old generation to take whatever a young
 * collection promotes (a batch's graph caught mid-step) and every array too big for the young
 * generation, and collects it only when it can grow no further, at {@code -Xmx}: a training loop
 * with a few MB live then holds gigabytes (the LSTM workload peaked at 2.5 GB of RSS under the
 * kernel's {@code -Xmx4g}). So when the old generation's use passes {@link #GROWTH} times what
 * was live after the last full collection (at least {@link #SLACK} more), this asks for a full
 * collection, which with the kernel's {@code -XX:MaxHeapFreeRatio} also gives the memory back;
 * then it sets the next mark from what is live then, so a program whose data grows gets
 * proportionally fewer collections.
 *
 * <p>It works through the JVM's own usage-threshold notification on the old generation's
 * memory pool (checked by the JVM after each collection), so it costs nothing between marks.
 * Other collectors size their heaps themselves: with them, and with
 * {@code -Dbaeum.heapBudget=false}, it does nothing.
 *
 * <p>In the kernel (Serial GC) {@code describe()} says e.g. {@code "old generation: full GC at 1.5x
 * its live size (at least +48 MiB); next at 72 MiB"}; in a JVM with another collector:
 * <pre>
 * jshell> baeum.storage.HeapBudget.describe()
 * $1 ==> "off (not Serial GC, or -Dbaeum.heapBudget=false)"
 * </pre>
 */
public final class HeapBudget {
    private HeapBudget() {}

    /**
     * The old generation may grow to this multiple of its live size before a full collection:
     * {@code -Dbaeum.heapBudget=G} (G > 1), default 1.5.
     */
    static final double GROWTH = growth(System.getProperty("baeum.heapBudget"));
    /** ... and by at least this many bytes. */
    static final long SLACK = 48L << 20;

    private static MemoryPoolMXBean old;

    static double growth(String p) {
        if (p == null || p.equals("false") || p.isEmpty()) return 1.5;
        double g = Double.parseDouble(p);
        if (!(g > 1)) throw new IllegalArgumentException("baeum.heapBudget must be a growth factor above 1 (e.g. 1.5) or false, not '" + p + "'");
        return g;
    }

    /** Starts watching the old generation (once; Serial GC only). Called when the first storage is made. */
    static synchronized void install() {
        if (old != null || "false".equals(System.getProperty("baeum.heapBudget"))) return;
        MemoryPoolMXBean pool = null;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getName().equals("Tenured Gen") && p.isUsageThresholdSupported()) {
                pool = p;
            }
        }
        if (pool == null || !(ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter)) return;
        old = pool;
        emitter.addNotificationListener((n, handback) -> {
            if (n.getType().equals(MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED)) collect();
        }, null, null);
        arm();
    }

    /** A full collection, then the next mark from what survived it. */
    private static void collect() {
        System.gc();
        arm();
    }

    private static synchronized void arm() {
        long live = old.getUsage().getUsed(), max = old.getUsage().getMax();
        long mark = Math.max((long) (live * GROWTH), live + SLACK);
        old.setUsageThreshold(max > 0 ? Math.min(mark, max) : mark);
    }

    /** The policy and the next mark, or that it is off. */
    public static synchronized String describe() {
        if (old == null) return "off (not Serial GC, or -Dbaeum.heapBudget=false)";
        return "old generation: full GC at " + GROWTH + "x its live size (at least +" + (SLACK >> 20)
                + " MiB); next at " + (old.getUsageThreshold() >> 20) + " MiB";
    }
}
