package baeum.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Memory figures from /proc: the whole machine's, and a process tree's proportional set size. */
public final class Memory {

    private Memory() {
    }

    /** MemTotal in MiB. */
    public static long totalMb() {
        return meminfo("MemTotal:") / 1024;
    }

    /** The machine's memory in use, MemTotal - MemAvailable, in MiB. */
    public static long usedMb() {
        return (meminfo("MemTotal:") - meminfo("MemAvailable:")) / 1024;
    }

    /** The PSS (shared pages split among their users) of a process and all its descendants, in MiB. */
    public static long treePssMb(long pid) {
        Optional<ProcessHandle> root = ProcessHandle.of(pid);
        if (root.isEmpty()) return 0;
        return Stream.concat(Stream.of(root.get()), root.get().descendants()).mapToLong(p -> pssKb(p.pid())).sum() / 1024;
    }

    /** The PSS of the descendants of {@code pid} whose command line contains {@code marker}, in MiB. */
    public static long pssMbOf(long pid, String marker) {
        return ProcessHandle.of(pid).map(h -> h.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(marker))
                .mapToLong(p -> pssKb(p.pid())).sum() / 1024).orElse(0L);
    }

    static long pssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup")))
                if (line.startsWith("Pss:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException | RuntimeException e) {
            // the process ended
        }
        return 0;
    }

    private static long meminfo(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith(key)) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/meminfo (Linux only)", e);
        }
        throw new IllegalStateException("no " + key + " in /proc/meminfo");
    }
}
