package baeum.exercises.grade;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Worker JVMs started ahead for a batch, so that a submission finds its worker ready (JVM,
 * JShell and preload: about a second) while the one before it is still being graded. Started
 * ahead is not reused: each worker has run the preload only when it is taken, and serves one
 * session of one submission, then is closed as any worker is, in its own sandbox, uid and work
 * directory. At most {@code budget} workers are started ahead in all, so a batch's end does not
 * start workers nobody takes.
 */
final class WorkerPool implements AutoCloseable {

    private final WorkerConfig config;
    /**
     * The threads that start workers, alive until the pool closes: a sandboxed worker dies with
     * the thread that started it (bubblewrap's --die-with-parent follows the starting thread).
     */
    private final ExecutorService starters;
    private final ArrayDeque<CompletableFuture<WorkerProcess>> ahead = new ArrayDeque<>();
    private int budget;
    private boolean closed;

    /**
     * @param size how many workers wait ready at most (one per parallel job)
     * @param budget how many are started ahead in all (the batch's submissions)
     */
    WorkerPool(WorkerConfig config, int size, int budget) {
        this.config = config;
        this.budget = budget;
        this.starters = Executors.newFixedThreadPool(Math.max(1, size), r -> Thread.ofPlatform().daemon().name("worker-ahead").unstarted(r));
        synchronized (this) {
            for (int i = 0; i < size; i++) startAhead();
        }
    }

    /** A fresh worker: one started ahead, or a new one when none is (its start error then surfaces). */
    WorkerProcess take() throws IOException {
        CompletableFuture<WorkerProcess> f;
        synchronized (this) {
            if (closed) throw new IOException("the batch has ended");
            f = ahead.poll();
            startAhead();
        }
        if (f != null) {
            try {
                WorkerProcess w = f.get();
                if (w.alive()) return w;
                w.close();
            } catch (ExecutionException e) {
                // started ahead and failed: start one here, which says why if it fails again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while a worker started");
            }
        }
        return new WorkerProcess(config);
    }

    private void startAhead() {
        if (budget <= 0 || closed) return;
        budget--;
        CompletableFuture<WorkerProcess> f = new CompletableFuture<>();
        ahead.add(f);
        starters.execute(() -> {
            try {
                f.complete(new WorkerProcess(config));
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
    }

    /** Closes the workers nobody took, waiting for those still starting; call it when every taken worker is closed. */
    @Override
    public void close() {
        List<CompletableFuture<WorkerProcess>> left;
        synchronized (this) {
            closed = true;
            left = new ArrayList<>(ahead);
            ahead.clear();
        }
        for (CompletableFuture<WorkerProcess> f : left) {
            try {
                f.get(120, TimeUnit.SECONDS).close();
            } catch (ExecutionException | TimeoutException e) {
                f.thenAccept(WorkerProcess::close);
            } catch (InterruptedException e) {
                f.thenAccept(WorkerProcess::close);
                Thread.currentThread().interrupt();
            }
        }
        starters.shutdown();
    }
}
