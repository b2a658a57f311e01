package baeum.exercises.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a worker JVM is fenced off from the grader's files.
 *
 * <ul>
 * <li>{@code BWRAP}: bubblewrap gives the worker a filesystem of its own: /usr, the JDK, the
 * worker's class path (read-only) and its work directory; no network, its own process tree
 * (all killed with it). As root the worker also drops to a uid of its own first (setpriv).
 * <li>{@code SETPRIV}: as root without a usable bubblewrap (a Gradescope container): the worker
 * runs under a uid of its own without capabilities, in new network and process namespaces
 * ({@code unshare --net --pid}: no network at all, not even 127.0.0.1, and every process it
 * starts dies with it); it sees every world-readable file, so the grader's own directories must
 * not be (run_autograder makes /autograder private). Where those namespaces cannot be made
 * (no CAP_SYS_ADMIN), the grader refuses this mode and says why ({@link #unavailable()}).
 * <li>{@code NONE}: the worker runs as the grader's user and can read what the grader can; for
 * trusted code only, and said so in every report.
 * </ul>
 *
 * <p>As root, each worker gets its own uid (from {@link #FIRST_UID} up, from a base drawn at
 * random for each grading run, so uids do not repeat across runs) with at most
 * {@link #MAX_PROCESSES} processes and threads, so a fork or thread bomb stops there and does not
 * starve the other workers; before a worker starts and after it ends, every process of its uid
 * is killed ({@link #killUid}).
 *
 * <p>In every mode the worker's whole address space is capped (RLIMIT_AS: the heap cap plus
 * {@link Limits#NATIVE_MB} MB for the JVM itself, so native allocations stop there), each file it
 * writes is capped (RLIMIT_FSIZE) and core dumps are off; with bubblewrap its /tmp and work
 * directory are private tmpfs mounts of {@link Limits#DISK_MB} MB each and nothing else is
 * writable.
 */
public enum Sandbox {
    BWRAP, SETPRIV, NONE;

    public static final int FIRST_UID = 200_000;
    public static final int MAX_PROCESSES = 512;
    /** Uids per run: a base drawn at random among this many blocks of {@link #UIDS_PER_RUN}. */
    static final int UIDS_PER_RUN = 1 << 20;
    private static final int RUN_BASE = FIRST_UID + UIDS_PER_RUN * new java.security.SecureRandom().nextInt(1 << 10);
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    /** What caps a worker's resources (see the class comment). */
    public record Limits(long addressSpaceBytes, long fileBytes, long tmpfsBytes) {
        /**
         * Address space for the JVM beyond its heap: code, metaspace, thread stacks, JShell's compiler.
         * Room for {@link #MAX_PROCESSES} thread stacks of 2 MB besides the JVM's own reservations, so a
         * thread bomb meets the process limit (a failed thread start the cell can catch) before the
         * address space (which kills the JVM and with it the session: at 1024 MB a bomb of ~210 threads
         * did, now and then).
         */
        public static final int NATIVE_MB = 2048;
        /** Size of the private /tmp and work directory (bubblewrap), and of any one file. */
        public static final int DISK_MB = 64;

        public static Limits forHeap(int heapMb) {
            return new Limits((long) (heapMb + NATIVE_MB) << 20, (long) DISK_MB << 20, (long) DISK_MB << 20);
        }
    }

    /**
     * The strongest mode that works here, unless the system property {@code baeum.sandbox}
     * ({@code bwrap}, {@code setpriv}, {@code none}) chooses one.
     */
    public static Sandbox detect() {
        String forced = System.getProperty("baeum.sandbox", "");
        if (!forced.isBlank() && !forced.equals("auto")) return valueOf(forced.toUpperCase(java.util.Locale.ROOT));
        boolean root = isRoot();
        if (onPath("bwrap")) {
            try {
                Path work = Files.createTempDirectory("baeum-sbx");
                try {
                    int uid = newUid();
                    if (root) Files.setAttribute(work, "unix:uid", uid);
                    List<String> cmd = BWRAP.wrap(List.of("/bin/true"), work, List.of(), uid);
                    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) return BWRAP;
                    p.destroyForcibly();
                } finally {
                    Files.deleteIfExists(work);
                }
            } catch (IOException | InterruptedException | UnsupportedOperationException e) {
                // fall through to the next mode
            }
        }
        // as root, a sandbox is expected: SETPRIV, which refuses to grade (saying why) when it cannot isolate
        return root && onPath("setpriv") ? SETPRIV : NONE;
    }

    /**
     * Why this mode cannot run here, or null when it can. SETPRIV needs root, setpriv, and the
     * new network and process namespaces of {@code unshare}.
     */
    public String unavailable() {
        if (this != SETPRIV) return null;
        if (!isRoot()) return "the setpriv sandbox needs root (it runs each worker under a uid of its own)";
        if (!onPath("setpriv") || !onPath("unshare")) return "the setpriv sandbox needs setpriv and unshare (util-linux)";
        try {
            Process p = new ProcessBuilder("unshare", "--net", "--pid", "--fork", "--kill-child", "--", "/bin/true")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0)
                return "the setpriv sandbox cannot cut the worker's network or its processes here (unshare --net --pid: "
                        + (out.isEmpty() ? "failed" : out) + "; the container lacks CAP_SYS_ADMIN): without that a student's"
                        + " code could reach the network and leave processes behind. Install bubblewrap, give the container"
                        + " CAP_SYS_ADMIN, or grade with --sandbox none (trusted code only)";
        } catch (IOException e) {
            return "unshare could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }

    /** Kills every process whose real or effective uid is {@code uid} (a worker's uid, as root). */
    public static void killUid(int uid) {
        if (uid < FIRST_UID) throw new IllegalArgumentException("not a worker uid: " + uid);
        for (int round = 0; round < 5; round++) {
            boolean any = false;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    if (!ownedBy(p, uid)) continue;
                    any = true;
                    ProcessHandle.of(Long.parseLong(p.getFileName().toString())).ifPresent(ProcessHandle::destroyForcibly);
                }
            } catch (IOException | RuntimeException e) {
                return;   // not Linux
            }
            if (!any) return;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean ownedBy(Path proc, int uid) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (!line.startsWith("Uid:")) continue;
                String[] f = line.substring(4).trim().split("\\s+");
                return Integer.parseInt(f[0]) == uid || Integer.parseInt(f[1]) == uid;
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return false;
    }

    public static Sandbox parse(String s) {
        return s == null || s.equals("auto") ? detect() : valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** A uid for one worker (as root): a fresh one from a range no account uses. */
    public static int newUid() {
        return RUN_BASE + NEXT.getAndIncrement() % UIDS_PER_RUN;
    }

    /**
     * The command that runs {@code command} in this sandbox as {@code uid} (when root) with
     * {@code work} as its writable directory and {@code readOnly} paths (the JDK, the class path)
     * visible.
     */
    public List<String> wrap(List<String> command, Path work, List<Path> readOnly, int uid) {
        return wrap(command, work, readOnly, uid, null);
    }

    /** As {@link #wrap(List, Path, List, int)}, with the worker's {@code limits} (null: none). */
    public List<String> wrap(List<String> command, Path work, List<Path> readOnly, int uid, Limits limits) {
        List<String> cmd = new ArrayList<>();
        boolean root = isRoot();
        // a new network namespace (no network, not even loopback) and process namespace (every
        // process dies with the first): made as root, before the uid is dropped
        if (this == SETPRIV && root) cmd.addAll(List.of("unshare", "--net", "--pid", "--fork", "--kill-child", "--"));
        if (limits != null || (this != NONE && root)) {
            cmd.add("prlimit");
            if (this != NONE && root) cmd.add("--nproc=" + MAX_PROCESSES);
            if (limits != null) cmd.addAll(List.of("--as=" + limits.addressSpaceBytes(), "--fsize=" + limits.fileBytes()));
            cmd.addAll(List.of("--core=0", "--"));
        }
        if (this != NONE && root) {
            cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                    "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all"));
        }
        if (this == BWRAP) {
            cmd.addAll(List.of("bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                    "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                    "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
                    "--proc", "/proc", "--dev", "/dev"));
            if (limits != null) cmd.addAll(List.of("--size", String.valueOf(limits.tmpfsBytes())));
            cmd.addAll(List.of("--tmpfs", "/tmp"));
            for (Path p : readOnly) {
                String s = p.toAbsolutePath().toString();
                if (!s.startsWith("/usr/")) cmd.addAll(List.of("--ro-bind", s, s));
            }
            String w = work.toAbsolutePath().toString();
            // the work directory: a private tmpfs of its own size when limited, else the host's
            if (limits != null) cmd.addAll(List.of("--size", String.valueOf(limits.tmpfsBytes()), "--tmpfs", w, "--chdir", w, "--"));
            else cmd.addAll(List.of("--bind", w, w, "--chdir", w, "--"));
        }
        cmd.addAll(command);
        return cmd;
    }

    /** Whether the worker cannot read world-readable files outside what it was given. */
    public boolean hidesFiles() {
        return this == BWRAP;
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean onPath(String exe) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) if (Files.isExecutable(Path.of(dir, exe))) return true;
        return false;
    }
}
