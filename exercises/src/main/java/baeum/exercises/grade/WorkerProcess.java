package baeum.exercises.grade;

import baeum.exercises.StudentException.Kind;
import baeum.exercises.wire.Codec;
import baeum.exercises.wire.Frames;
import baeum.exercises.wire.Msg;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM (see {@code WorkerMain}), started in its sandbox with a fresh private work
 * directory, a heap cap, and a clean environment; spoken to in frames on its stdin/stdout; its
 * stderr kept (last few KB) to tell an out-of-memory end from an exit.
 */
final class WorkerProcess implements AutoCloseable {

    /** A reply: the request's number, status ({@link Msg}), payload (value or message), kind, what the code printed. */
    record Reply(int seq, int status, Object payload, int kind, String output) {
    }

    private static final Object DEAD = new Object();
    private static final java.util.concurrent.atomic.LongAdder CPU_NANOS = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAccumulator PEAK_RSS_KB = new java.util.concurrent.atomic.LongAccumulator(Math::max, 0);
    private static final double START_TIMEOUT = 60;

    private final WorkerConfig config;
    private final Process process;
    private final Path work;
    private final int uid;
    private final boolean ownUid;
    private final OutputStream toWorker;
    private final LinkedBlockingQueue<Object> replies = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private volatile String protocolError;
    private int seq;

    /** Starts a worker; an IOException when it cannot start (a fault of the grader, not of the student). */
    WorkerProcess(WorkerConfig config) throws IOException {
        this(config, List.of());
    }

    /** A worker with extra JVM options (the AOT training run). */
    WorkerProcess(WorkerConfig config, List<String> jvmOptions) throws IOException {
        this.config = config;
        work = Files.createTempDirectory("baeum-work");
        uid = Sandbox.newUid();
        ownUid = config.sandbox() != Sandbox.NONE && Sandbox.isRoot();
        if (ownUid) {
            Files.setAttribute(work, "unix:uid", uid);
            Sandbox.killUid(uid);   // nothing left over may share the new worker's uid
        }
        ProcessBuilder pb = new ProcessBuilder(config.sandbox().wrap(command(jvmOptions), work,
                List.of(config.javaHome(), config.lib().dir()), uid, training(jvmOptions) ? null : Sandbox.Limits.forHeap(config.memoryMb())));
        pb.directory(work.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", work.toString());
        env.put("LANG", "C.UTF-8");
        // glibc's per-thread malloc arenas each reserve 64 MB of address space: keep two
        env.put("MALLOC_ARENA_MAX", "2");
        process = pb.start();
        toWorker = process.getOutputStream();
        Thread.ofPlatform().daemon().name("worker-out-" + process.pid()).start(this::readReplies);
        Thread.ofPlatform().daemon().name("worker-err-" + process.pid()).start(this::drainStderr);
        Reply ready;
        try {
            ready = await(START_TIMEOUT);
        } catch (WorkerDied e) {
            String err;
            synchronized (stderr) {
                err = stderr.toString(StandardCharsets.UTF_8).replaceAll("(?m)^WARNING: Using incubator modules: .*\\R?", "").strip();
            }
            throw new IOException("the worker JVM did not start (" + e.getMessage() + ")"
                    + (err.isEmpty() ? "" : ": " + err.substring(Math.max(0, err.length() - 500))));
        }
        if (ready.status() != Msg.READY) throw new IOException("the worker JVM did not start properly");
    }

    /**
     * Whether this is the AOT training run on the teacher's notebook (trusted): it runs without
     * the address-space cap, since writing the cache reserves gigabytes of address space.
     */
    private static boolean training(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="));
    }

    private List<String> command(List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>(List.of(config.javaHome().resolve("bin/java").toString(),
                "-Xmx" + config.memoryMb() + "m", "-Xss2m", "-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC",
                // smaller reservations, so that the address-space cap leaves room for real use
                "-XX:CompressedClassSpaceSize=128m", "-XX:ReservedCodeCacheSize=128m",
                "-XX:+ExitOnOutOfMemoryError", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-XX:CompileCommand=quiet"));
        // the assignment's "jit": by default the kernel's (bin/lib/cmd-install.sh): C2, but late for
        // JDK code (javac above all) and early for Baeum's, so that a training exercise runs at the
        // kernel's speed (ch09's teacher notebook: 8.6 s instead of 49 s with C1 only); "c1" for
        // assignments of short exercises (ch04: half the worker CPU of C2)
        switch (config.jit()) {
            case "c1" -> cmd.add("-XX:TieredStopAtLevel=1");
            case "default" -> { }
            default -> cmd.addAll(List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=150000",
                    "-XX:Tier4BackEdgeThreshold=400000", "-XX:CompileCommand=CompileThresholdScaling,baeum.*::*,0.1"));
        }
        cmd.addAll(List.of(
                "-Djava.io.tmpdir=" + work, "-Duser.home=" + work,
                "-Dbaeum.worker.outputLimit=" + config.outputLimit(),
                // no background warm-up: it would only spend the submission's CPU
                "-Dbaeum.warmup=false",
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        if (config.aotCache() != null && Files.exists(config.aotCache())) cmd.add("-XX:AOTCache=" + config.aotCache());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", config.lib().classPath(), "baeum.exercises.worker.WorkerMain"));
        return cmd;
    }

    /** Asks the worker to exit and waits for it (and what it does at exit) at most {@code seconds}. */
    boolean quit(double seconds) {
        try {
            Frames.send(toWorker, d -> { d.writeInt(Msg.QUIT); d.writeInt(++seq); });
            return process.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Sends request {@code code} ({@link Msg}) with its number and arguments and waits for its
     * reply at most {@code timeoutSeconds}; kills the worker on timeout. A reply numbered for
     * another request (a frame forged by student code) counts as a broken channel.
     */
    Reply request(int code, Frames.Body arguments, double timeoutSeconds) throws WorkerDied {
        int n = ++seq;
        try {
            Frames.send(toWorker, d -> {
                d.writeInt(code);
                d.writeInt(n);
                arguments.write(d);
            });
        } catch (IOException e) {
            throw died();
        }
        Reply r = await(timeoutSeconds);
        if (r.seq() != n) {
            protocolError = "a reply to request " + r.seq() + " came for request " + n;
            throw died();
        }
        return r;
    }

    private Reply await(double timeoutSeconds) throws WorkerDied {
        Object r;
        try {
            r = replies.poll((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new WorkerDied(Kind.BROKEN, "was interrupted (grading was stopped)");
        }
        if (r == null) {
            close();
            throw new WorkerDied(Kind.TIMEOUT, String.format("did not finish within %.0f s (an endless loop?); "
                    + "it was stopped", timeoutSeconds));
        }
        if (r == DEAD) throw died();
        return (Reply) r;
    }

    /** Why the worker is gone, in words for the student. */
    private WorkerDied died() {
        try {
            process.waitFor(protocolError == null ? 3 : 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String err;
        synchronized (stderr) {
            err = stderr.toString(StandardCharsets.UTF_8);
        }
        Integer code = process.isAlive() ? null : process.exitValue();
        close();
        if (err.contains("OutOfMemoryError"))
            return new WorkerDied(Kind.OUT_OF_MEMORY, "ran out of memory (the limit is " + config.memoryMb() + " MB)");
        if (err.contains("insufficient memory for the Java Runtime") || err.contains("Native memory allocation")
                || err.contains("Cannot allocate memory"))
            return new WorkerDied(Kind.OUT_OF_MEMORY, "ran out of native memory (the whole process may use "
                    + (config.memoryMb() + Sandbox.Limits.NATIVE_MB) + " MB of address space)");
        if (protocolError != null)
            return new WorkerDied(Kind.BROKEN, "wrote into the grader's channel (" + protocolError
                    + "); the session was restarted");
        return new WorkerDied(Kind.CRASHED, "ended its session (System.exit or Runtime.halt"
                + (code == null ? "" : ", exit code " + code) + "); the session was restarted for the rest");
    }

    private void readReplies() {
        InputStream in = process.getInputStream();
        try {
            while (true) {
                DataInputStream f = Frames.receive(in);
                try {
                    replies.put(parse(f));
                } catch (IOException e) {
                    throw new IOException("a malformed reply: " + e.getMessage());
                }
            }
        } catch (java.io.EOFException e) {
            // the worker is gone
        } catch (IOException e) {
            protocolError = e.getMessage();
            replies.add(DEAD);
            keepStray(in);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        replies.add(DEAD);
    }

    /** After a bad frame, keeps the next few KB of stdout (the JVM's own last words go there). */
    private void keepStray(InputStream in) {
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (stderr) {
                    if (stderr.size() < 32_768) stderr.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    private static Reply parse(DataInputStream f) throws IOException {
        int n = f.readInt();
        int status = f.readInt();
        if (status == Msg.READY) return new Reply(n, status, f.readInt(), 0, "");
        Object payload = Codec.read(f);
        int kind = f.readInt();
        Object out = Codec.read(f);
        return new Reply(n, status, payload, kind, out instanceof String s ? s : "");
    }

    private void drainStderr() {
        byte[] buf = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (stderr) {
                    if (stderr.size() > 16_384) stderr.reset();
                    stderr.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    /**
     * CPU time used by the worker JVMs this grader stopped (measured just before each was
     * stopped; a worker that ended by itself is not counted).
     */
    static long cpuNanos() {
        return CPU_NANOS.sum();
    }

    /** The largest peak resident memory (VmHWM) of a stopped worker process, in KB (Linux only). */
    static long peakRssKb() {
        return PEAK_RSS_KB.get();
    }

    private static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or already gone
        }
        return 0;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Kills the worker and everything it started, and deletes its work directory. */
    @Override
    public void close() {
        if (process.isAlive()) {
            List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
            all.add(process.toHandle());
            for (ProcessHandle h : all) {
                h.info().totalCpuDuration().ifPresent(d -> CPU_NANOS.add(d.toNanos()));
                PEAK_RSS_KB.accumulate(peakRssKb(h.pid()));
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // a double-forked daemon is no descendant any more: its uid gives it away
        if (ownUid) Sandbox.killUid(uid);
        Files2.deleteTree(work);
    }
}
