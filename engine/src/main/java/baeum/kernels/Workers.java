package baeum.kernels;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A tiny fork-join for the kernels. The parts of a job are claimed from a shared counter: the
 * calling thread claims parts too, so if a worker has not woken up by the time the caller is done
 * with its own (a busy machine), the caller takes the worker's part itself instead of waiting for
 * it. Between jobs a worker spins briefly before parking, because parking and waking costs
 * 13–20 µs on this kind of machine, more than a small matmul; the spin time is
 * {@code -Dbaeum.spinMicros} (default 50). {@code -Dbaeum.threads} caps the threads (default: all
 * cores).
 *
 * <p>One caller at a time uses the workers; a second concurrent caller runs its parts itself.
 */
final class Workers {
    private Workers() {}

    /** How many threads a kernel may split its work into. */
    static final int THREADS = Math.max(1, Math.min(Integer.getInteger("baeum.threads",
            Runtime.getRuntime().availableProcessors()), 64));
    static final long SPIN_NANOS = Long.getLong("baeum.spinMicros", 50L) * 1000L;

    private static final AtomicBoolean BUSY = new AtomicBoolean();
    private static volatile Worker[] workers;
    /** The current job and its sequence number (workers wait for the number to change). */
    private static volatile Job job;
    private static volatile long seq;

    private static final class Job {
        final IntConsumer task;
        final int parts;
        final Thread caller;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        volatile Throwable error;
        volatile boolean callerParked;

        Job(IntConsumer task, int parts, Thread caller) {
            this.task = task;
            this.parts = parts;
            this.caller = caller;
        }

        /** Runs parts until none is left; records the first failure. */
        void work() {
            int i;
            while ((i = next.getAndIncrement()) < parts) {
                try {
                    task.accept(i);
                } catch (Throwable t) {
                    if (error == null) error = t;
                }
            }
        }
    }

    /** Runs {@code task.accept(i)} for {@code i = 0 .. parts-1} and returns when all are done. */
    static void run(int parts, IntConsumer task) {
        if (parts <= 1 || !BUSY.compareAndSet(false, true)) {
            for (int i = 0; i < parts; i++) task.accept(i);
            return;
        }
        Job j = new Job(task, parts, Thread.currentThread());
        try {
            Worker[] ws = workers();
            job = j;
            seq++;
            for (Worker w : ws) if (w.parked) LockSupport.unpark(w);
            j.work();
            awaitWorkers(j);
        } finally {
            BUSY.set(false);
        }
        Throwable error = j.error;
        if (error instanceof RuntimeException re) throw re;
        if (error instanceof Error e) throw e;
        if (error != null) throw new IllegalStateException(error);
    }

    /** Waits until no worker is inside the job (all parts are claimed by now). */
    private static void awaitWorkers(Job j) {
        long start = System.nanoTime();
        while (j.running.get() != 0 && System.nanoTime() - start < SPIN_NANOS) Thread.onSpinWait();
        if (j.running.get() != 0) {
            j.callerParked = true;
            while (j.running.get() != 0) LockSupport.parkNanos(j, 100_000L);
            j.callerParked = false;
        }
    }

    private static Worker[] workers() {
        Worker[] ws = workers;
        if (ws == null) {
            synchronized (Workers.class) {
                ws = workers;
                if (ws == null) {
                    ws = new Worker[THREADS - 1];
                    for (int i = 0; i < ws.length; i++) {
                        ws[i] = new Worker("baeum-kernel-" + (i + 1));
                        ws[i].start();
                    }
                    workers = ws;
                }
            }
        }
        return ws;
    }

    private static final class Worker extends Thread {
        volatile boolean parked;
        private long seen;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                Job j = nextJob();
                j.running.incrementAndGet();
                try {
                    j.work();
                } finally {
                    if (j.running.decrementAndGet() == 0 && j.callerParked) LockSupport.unpark(j.caller);
                }
            }
        }

        private Job nextJob() {
            long start = System.nanoTime();
            while (true) {
                if (seq != seen) {
                    seen = seq;
                    return job;
                }
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked = true;
                    if (seq == seen) LockSupport.park(this);
                    parked = false;
                }
            }
        }
    }
}
