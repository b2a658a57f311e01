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
 * runs under a uid of its own without capabilities; it sees every world-readable file, so the
 * grader's own directories must not be (run_autograder makes /autograder private).
 * <li>{@code NONE}: the worker runs as the grader's user and can read what the grader can; for
 * trusted code only, and said so in every report.
 * </ul>
 *
 * <p>As root, each worker gets its own uid (from {@link #FIRST_UID}, a range no account should
 * use) with at most {@link #MAX_PROCESSES} processes and threads, so a fork or thread bomb stops
 * there and does not starve the other workers; core dumps are off.
 */
public enum Sandbox {
    BWRAP, SETPRIV, NONE;

    public static final int FIRST_UID = 200_000;
    public static final int MAX_PROCESSES = 512;
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

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
        return root && onPath("setpriv") ? SETPRIV : NONE;
    }

    public static Sandbox parse(String s) {
        return s == null || s.equals("auto") ? detect() : valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** A uid for one worker (as root): a fresh one from a range no account uses. */
    public static int newUid() {
        return FIRST_UID + NEXT.getAndIncrement() % 100_000;
    }

    /**
     * The command that runs {@code command} in this sandbox as {@code uid} (when root) with
     * {@code work} as its writable directory and {@code readOnly} paths (the JDK, the class path)
     * visible.
     */
    public List<String> wrap(List<String> command, Path work, List<Path> readOnly, int uid) {
        List<String> cmd = new ArrayList<>();
        if (this != NONE && isRoot()) {
            cmd.addAll(List.of("prlimit", "--nproc=" + MAX_PROCESSES, "--core=0", "--"));
            cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                    "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all"));
        }
        if (this == BWRAP) {
            cmd.addAll(List.of("bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                    "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                    "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
                    "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
            for (Path p : readOnly) {
                String s = p.toAbsolutePath().toString();
                if (!s.startsWith("/usr/")) cmd.addAll(List.of("--ro-bind", s, s));
            }
            String w = work.toAbsolutePath().toString();
            cmd.addAll(List.of("--bind", w, w, "--chdir", w, "--"));
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
