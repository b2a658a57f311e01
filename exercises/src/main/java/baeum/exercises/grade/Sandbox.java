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
 * (all killed with it). As root the worker also drops to uid 65534 first (setpriv).
 * <li>{@code SETPRIV}: as root without a usable bubblewrap (a Gradescope container): the worker
 * runs as uid 65534 without capabilities; it sees every world-readable file, so the grader's
 * own directories must not be (run_autograder makes /autograder private).
 * <li>{@code NONE}: the worker runs as the grader's user and can read what the grader can; for
 * trusted code only, and said so in every report.
 * </ul>
 */
public enum Sandbox {
    BWRAP, SETPRIV, NONE;

    public static final int NOBODY = 65534;

    /** The strongest mode that works here. */
    public static Sandbox detect() {
        boolean root = isRoot();
        if (onPath("bwrap")) {
            try {
                Path work = Files.createTempDirectory("baeum-sbx");
                try {
                    if (root) Files.setAttribute(work, "unix:uid", NOBODY);
                    List<String> cmd = BWRAP.wrap(List.of("/bin/true"), work, List.of());
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

    /**
     * The command that runs {@code command} in this sandbox with {@code work} as its writable
     * directory and {@code readOnly} paths (the JDK, the class path) visible.
     */
    public List<String> wrap(List<String> command, Path work, List<Path> readOnly) {
        List<String> cmd = new ArrayList<>();
        if (this != NONE && isRoot()) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
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
