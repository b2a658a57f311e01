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
 * kernel's {@code -Xmx4g}). So when the old generation's use passes {@code -Dbaeum.heapBudget} (default 1.5) times what
 * was live after the last full collection (at least {@link #SLACK} more), this asks for a full
 * collection, which with the kernel's {@code -XX:MaxHeapFreeRatio} also gives the memory back;
 * then it sets the next mark from what is live then, so a program whose data grows gets
 * proportionally fewer collections.
 *
 * <p>It works through the JVM's own usage-threshold notification on the old generation's
 * memory pool (checked by the JVM after each collection), so it costs nothing between marks.
 * It starts, on a thread of its own, once a program has made storages of {@link #START_AFTER}
 * elements in all: reading the memory pools loads the JVM's management classes (~50 ms of CPU
 * in a fresh JVM), which a short program or the first op of a session should not wait for.
 * Other collectors size their heaps themselves: with them, and with
 * {@code -Dbaeum.heapBudget=false}, it does nothing.
 *
 * <p>{@link #describe()} tells the state: in the kernel (Serial GC), after a cell has made its
 * first 64 MB of tensors, e.g. {@code "old generation: full GC at 1.5x its live size (at least
 * +48 MiB); next at 72 MiB"}; in a JVM with another collector, {@code "off (not Serial GC, or
 * -Dbaeum.heapBudget=false)"}.
 */
public final class HeapBudget {
    private HeapBudget() {}

    /**
     * The old generation may grow to this multiple of its live size before a full collection:
     * {@code -Dbaeum.heapBudget=G} (G > 1), default 1.5; read when the budget starts.
     */
    private static double factor = 1.5;
    /** ... and by at least this many bytes. */
    static final long SLACK = 48L << 20;

    /** Elements of storage a program makes before the budget starts (64 MB of float32). */
    static final long START_AFTER = 16L << 20;

    private static MemoryPoolMXBean old;
    private static long made;
    private static Thread installer;
    /** Set once the budget is starting; read on every new storage, which stops counting then. */
    static volatile boolean started;

    /**
     * Counts a new storage of {@code n} elements; starts the budget once they pass
     * {@link #START_AFTER}. Called for every storage until then, so it counts without a lock (an
     * update lost to a race only makes the start a little later).
     */
    static void allocated(int n) {
        if ((made += n) >= START_AFTER) start();
    }

    private static synchronized void start() {
        if (started) return;
        started = true;
        installer = new Thread(HeapBudget::install, "baeum-heap-budget");
        installer.setDaemon(true);
        installer.start();
    }

    static double growth(String p) {
        if (p == null || p.equals("false") || p.equals("true") || p.isEmpty()) return 1.5;
        double g;
        try {
            g = Double.parseDouble(p);
        } catch (NumberFormatException e) {
            g = Double.NaN;
        }
        if (!(g > 1)) throw new IllegalArgumentException("baeum.heapBudget must be a growth factor above 1 (e.g. 1.5) or false, not '" + p + "'");
        return g;
    }

    /** Starts watching the old generation (once; Serial GC only). */
    static synchronized void install() {
        String value = System.getProperty("baeum.heapBudget");
        if (old != null || "false".equals(value)) return;
        try {
            factor = growth(value);
        } catch (IllegalArgumentException e) {
            System.err.println("baeum: " + e.getMessage() + "; the heap budget stays off");
            return;
        }
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
        long mark = Math.max((long) (live * factor), live + SLACK);
        old.setUsageThreshold(max > 0 ? Math.min(mark, max) : mark);
    }

    /** The policy and the next mark, or that it is off or not started yet. */
    public static String describe() {
        Thread t;
        synchronized (HeapBudget.class) {
            t = installer;
        }
        if (t == null) return "not started (fewer than " + START_AFTER + " elements of storage made so far)";
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return state();
    }

    private static synchronized String state() {
        if (old == null) return "off (not Serial GC, -Dbaeum.heapBudget=false, or a value that is not a growth factor)";
        return "old generation: full GC at " + factor + "x its live size (at least +" + (SLACK >> 20)
                + " MiB); next at " + (old.getUsageThreshold() >> 20) + " MiB";
    }
}
