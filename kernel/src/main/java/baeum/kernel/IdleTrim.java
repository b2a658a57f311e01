package baeum.kernel;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Gives memory back while the notebook is idle: a full GC {@link #DELAY_MS} ms after the last cell,
 * cancelled by any new request. With the kernelspec's {@code -XX:MaxHeapFreeRatio} the heap then
 * shrinks, so an idle kernel stays small even after a cell that needed a lot.
 */
final class IdleTrim {
    static final long DELAY_MS = 2000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r ->
            Thread.ofPlatform().daemon().name("baeum-idle-trim").unstarted(r));
    private ScheduledFuture<?> pending;

    synchronized void busy() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }

    synchronized void idle() {
        busy();
        pending = timer.schedule(System::gc, DELAY_MS, TimeUnit.MILLISECONDS);
    }
}
