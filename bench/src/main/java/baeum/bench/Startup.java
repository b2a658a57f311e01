package baeum.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Process start to a tiny op, as {@code startup.py} times {@code python3 -c 'import torch'}: a new
 * JVM with the engine on its class path runs {@link TinyOp}; one untimed run, then 10 timed.
 */
final class Startup {
    private Startup() {}

    static Report run() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), TinyOp.class.getName());
        double first = once(cmd);
        List<Double> ts = new ArrayList<>();
        Noise noise = new Noise();
        for (int i = 0; i < 10; i++) ts.add(once(cmd));
        var r = Report.summary(ts, 4);
        r.put("first_run_s", Report.round(first, 4));
        return new Report("startup").put("command", "java ... baeum.bench.TinyOp (engine on the class path)")
                .put("jvm_to_tiny_op", r).put("noise", noise.result());
    }

    private static double once(List<String> cmd) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        int rc = p.waitFor();
        if (rc != 0) throw new IllegalStateException("TinyOp failed (" + rc + "): " + new String(out));
        return (System.nanoTime() - t0) / 1e9;
    }
}
