package baeum.kernels;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A tiny fork-join for the kernels: part 0 runs on the calling thread, the others on daemon
 * worker threads (one per extra core). Between calls a worker spins briefly before parking,
 * because parking and waking costs 13–20 µs on this kind of machine, more than a small matmul;
 * the spin time is {@code -Dbaeum.spinMicros} (default 50).
 *
 * <p>One caller at a time uses the workers; a second concurrent caller runs its parts serially.
 */
final class Workers {
    private Workers() {}

    /** How many threads a kernel may split its work into. */
    static final int THREADS = Math.max(1, Math.min(Integer.getInteger("baeum.threads",
            Runtime.getRuntime().availableProcessors()), 64));
    static final long SPIN_NANOS = Long.getLong("baeum.spinMicros", 50L) * 1000L;

    private static final AtomicBoolean BUSY = new AtomicBoolean();
    private static volatile Worker[] workers;

    /** Runs {@code task.accept(i)} for {@code i = 0 .. parts-1} and returns when all are done. */
    static void run(int parts, IntConsumer task) {
        if (parts <= 1 || !BUSY.compareAndSet(false, true)) {
            for (int i = 0; i < parts; i++) task.accept(i);
            return;
        }
        try {
            Worker[] ws = workers();
            int forked = Math.min(parts - 1, ws.length);
            for (int i = 0; i < forked; i++) ws[i].submit(task, i + 1);
            Throwable error = null;
            try {
                task.accept(0);
                for (int i = forked + 1; i < parts; i++) task.accept(i);
            } catch (Throwable t) {
                error = t;
            }
            for (int i = 0; i < forked; i++) {
                Throwable t = ws[i].await();
                if (error == null) error = t;
            }
            if (error instanceof RuntimeException re) throw re;
            if (error instanceof Error e) throw e;
            if (error != null) throw new IllegalStateException(error);
        } finally {
            BUSY.set(false);
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
        private volatile IntConsumer task;
        private volatile boolean done;
        private volatile boolean parked;
        private volatile Thread waiter;
        private int index;
        private Throwable error;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        void submit(IntConsumer t, int i) {
            index = i;
            done = false;
            task = t;                        // volatile write publishes index and done
            if (parked) LockSupport.unpark(this);
        }

        Throwable await() {
            long start = System.nanoTime();
            while (!done && System.nanoTime() - start < SPIN_NANOS) Thread.onSpinWait();
            if (!done) {
                waiter = Thread.currentThread();
                while (!done) LockSupport.park(this);
                waiter = null;
            }
            Throwable t = error;
            error = null;
            return t;
        }

        @Override
        public void run() {
            while (true) {
                IntConsumer t = nextTask();
                try {
                    t.accept(index);
                } catch (Throwable e) {
                    error = e;
                }
                task = null;
                done = true;
                Thread w = waiter;
                if (w != null) LockSupport.unpark(w);
            }
        }

        private IntConsumer nextTask() {
            long start = System.nanoTime();
            while (true) {
                IntConsumer t = task;
                if (t != null) return t;
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    parked = true;
                    if (task == null) LockSupport.park(this);
                    parked = false;
                }
            }
        }
    }
}
