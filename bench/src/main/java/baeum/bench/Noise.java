package baeum.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much CPU other processes used while a workload ran (the machine is shared), measured as
 * the PyTorch scripts' {@code NoiseMeter} does: busy jiffies of the whole machine from
 * {@code /proc/stat} minus this process's own CPU time; plus the load average.
 */
final class Noise {
    private final long t0 = System.nanoTime();
    private final double busy0 = busySeconds(), own0 = ownSeconds(), load0 = load();

    Map<String, Object> result() {
        double wall = (System.nanoTime() - t0) / 1e9;
        double own = ownSeconds() - own0;
        double other = Math.max(0, busySeconds() - busy0 - own);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wall_s", Report.round(wall, 3));
        m.put("own_cpu_s", Report.round(own, 3));
        m.put("other_procs_cpu_s", Report.round(other, 3));
        m.put("other_procs_cores_avg", Report.round(other / wall, 3));
        m.put("loadavg1_start", load0);
        m.put("loadavg1_end", load());
        return m;
    }

    static double ownSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
        return 0;
    }

    private static double busySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
                    + Long.parseLong(f[6]) + Long.parseLong(f[7]);
            return busy / 100.0;   // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double load() {
        return Report.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
    }

    /** Peak resident memory of this process in MB ({@code VmHWM}), or -1 where unknown. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Report.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0, 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
